import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Dataset } from '../../data/schema';
import { useT } from '../../state/use-t';
import { urlStateOf, useUrlStateStore } from '../../state/url-state-store';
import { useEmbedFooter } from '../../state/embed-link';
import type { OverviewEmbedChart } from '../../state/views';
import { EmbedFooter } from '../../components/ui/embed-footer';
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
export function EmbedPage({ dataset, chart }: { dataset: Dataset; chart: OverviewEmbedChart }) {
  const { t } = useT();
  const filters = useUrlStateStore(useShallow(urlStateOf));
  const national = useMemo(() => nationalDataset(dataset, filters), [dataset, filters]);
  const { asOf, sources } = chartProvenance(chart, national);
  const footer = useEmbedFooter(chart, asOf, sources);
  const Panel = PANELS[chart];
  return (
    <div className="embed-chart flex flex-col gap-2">
      {asOf ? (
        <Panel dataset={national} />
      ) : (
        <EmptyState title={t('embed.empty')} hint={t('filters.emptyHint')} />
      )}
      <EmbedFooter {...footer} />
    </div>
  );
}
