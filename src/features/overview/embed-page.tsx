import { publicationIn } from '../../data/localized';
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Dataset } from '../../data/schema';
import { formatAsOf, formatDate } from '../../i18n/format';
import { useT } from '../../state/use-t';
import { urlStateOf, useUrlStateStore } from '../../state/url-state-store';
import { serializeUrlState } from '../../state/url-state';
import { viewHref, type EmbedChart } from '../../state/views';
import { EmptyState } from '../../components/ui/empty-state';
import { AccountabilityPanel } from './accountability-panel';
import { chartProvenance } from './embed';
import { nationalDataset } from '../../data/select';
import { PlanPanel } from './plan-panel';
import { ReductionsPanel } from './reductions-panel';
import { YoyPanel } from './yoy-panel';

const PANELS = {
  plan: PlanPanel,
  yoy: YoyPanel,
  reductions: ReductionsPanel,
  accountability: AccountabilityPanel,
} as const;

/**
 * One overview chart alone, for an <iframe> on another site: the chart with its title and conclusion,
 * its 数据截至 and sources, and a link to the dashboard with the same filters. No navigation or filters.
 */
export function EmbedPage({ dataset, chart }: { dataset: Dataset; chart: EmbedChart }) {
  const { t, locale } = useT();
  const filters = useUrlStateStore(useShallow(urlStateOf));
  const national = useMemo(() => nationalDataset(dataset, filters), [dataset, filters]);
  const { asOf, sources } = chartProvenance(chart, national);
  const Panel = PANELS[chart];
  const search = serializeUrlState({ ...urlStateOf(filters), slide: null, dataset: null });
  return (
    <div className="embed-chart flex flex-col gap-2">
      {asOf ? (
        <Panel dataset={national} />
      ) : (
        <EmptyState title={t('embed.empty')} hint={t('filters.emptyHint')} />
      )}
      <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1 px-1 text-xs text-ink-muted">
        {asOf ? (
          <span data-testid="embed-stamp">
            {asOf.kind === 'date'
              ? formatAsOf(asOf.iso, locale, t)
              : t('asOf.stamp', { date: t('filters.yearValue', { year: asOf.year }) })}
          </span>
        ) : null}
        {sources.map((s) => (
          <span key={s.id}>
            {t('sourceShort', { publication: publicationIn(s, locale), date: formatDate(s.date, locale) })}
          </span>
        ))}
        <a
          className="ml-auto inline-flex min-h-6 items-center font-medium text-accent underline"
          href={`${viewHref('overview')}${search}`}
          target="_blank"
          rel="noopener"
        >
          {t('embed.back')}
        </a>
      </p>
    </div>
  );
}
