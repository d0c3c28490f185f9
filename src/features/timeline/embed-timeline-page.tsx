import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Dataset } from '../../data/schema';
import { useEmbedFooter } from '../../state/embed-link';
import { urlStateOf, useUrlStateStore } from '../../state/url-state-store';
import { useT } from '../../state/use-t';
import { EmbedFooter } from '../../components/ui/embed-footer';
import { EmptyState } from '../../components/ui/empty-state';
import { describeFilters } from '../../figures/describe-filters';
import { selectTimeline, timelineProvenance } from './selectors';
import { TimelineBody } from './timeline-body';

/**
 * The timeline alone, for an <iframe> on another site (embed-timeline.html): its title, summary, the
 * measures with their figures, 数据截至, sources and a link back. No navigation or filters.
 */
export default function EmbedTimelinePage({ dataset }: { dataset: Dataset }) {
  const { t, locale } = useT();
  const filters = useUrlStateStore(useShallow(urlStateOf));
  const timeline = useMemo(() => selectTimeline(dataset, filters), [dataset, filters]);
  const { asOf, sources } = timelineProvenance(timeline, dataset);
  const footer = useEmbedFooter('timeline', asOf, sources);
  return (
    <div className="embed-chart flex flex-col gap-3">
      <h1 className="text-lg font-bold">{t('nav.timeline')}</h1>
      {timeline.periods.length === 0 ? (
        <EmptyState
          title={t('filters.emptyTitle', { filters: describeFilters(filters, t, locale) })}
          hint={t('timeline.emptyHint')}
        />
      ) : (
        <TimelineBody timeline={timeline} dataset={dataset} filters={filters} />
      )}
      <EmbedFooter {...footer} />
    </div>
  );
}
