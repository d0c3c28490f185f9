import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Dataset } from '../../data/schema';
import { useUrlStateStore, urlStateOf } from '../../state/url-state-store';
import { DEFAULT_URL_STATE } from '../../state/url-state';
import { useT } from '../../state/use-t';
import { EmptyState } from '../../components/ui/empty-state';
import { describeFilters } from '../../figures/describe-filters';
import { selectTimeline } from './selectors';
import { TimelineBody } from './timeline-body';
import { TimelineEmbed } from './timeline-embed';

/** 减负进行时: the central measures in date order, each with the figures reported in its period. */
export default function TimelinePage({ dataset }: { dataset: Dataset }) {
  const { t, locale } = useT();
  const filters = useUrlStateStore(useShallow(urlStateOf));
  const timeline = useMemo(() => selectTimeline(dataset, filters), [dataset, filters]);
  return (
    <div className="mx-auto flex max-w-7xl flex-col gap-4">
      <header className="flex flex-col gap-1">
        <h1 className="text-xl font-bold">{t('nav.timeline')}</h1>
        <p className="text-sm text-ink-muted">{t('timeline.intro')}</p>
        <TimelineEmbed />
      </header>
      {filters.provinces.length > 0 ? (
        <p className="rounded border border-line bg-surface px-3 py-2 text-sm" data-testid="national-note">
          <strong>{t('filters.national')}</strong>
          {' · '}
          {t('timeline.provinceNote', {
            provinces: describeFilters({ ...DEFAULT_URL_STATE, provinces: filters.provinces }, t, locale),
          })}
        </p>
      ) : null}
      {timeline.periods.length === 0 ? (
        <EmptyState
          title={t('filters.emptyTitle', { filters: describeFilters(filters, t, locale) })}
          hint={t('timeline.emptyHint')}
        />
      ) : (
        <TimelineBody timeline={timeline} dataset={dataset} filters={filters} />
      )}
    </div>
  );
}
