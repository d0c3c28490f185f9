import { latestAsOf } from '../../data/as-of';
import type { Dataset, Observation, Source } from '../../data/schema';
import type { OverviewEmbedChart } from '../../state/views';
import {
  selectAccountability,
  selectOtherReductions,
  selectPlanCompletion,
  selectYoyChanges,
} from '../../figures/overview';

/** The data one overview chart draws, for its embedded page's stamp and source line. */
export function chartObservations(chart: OverviewEmbedChart, ds: Dataset): Observation[] {
  switch (chart) {
    case 'plan':
      return selectPlanCompletion(ds).map((r) => r.observation);
    case 'yoy':
      return selectYoyChanges(ds).map((r) => r.observation);
    case 'reductions':
      return selectOtherReductions(ds).map((r) => r.observation);
    case 'accountability':
      return selectAccountability(ds).map((r) => r.observation);
  }
}

/** What an embedded chart says under it: how recent its figures are, and where each comes from. */
export function chartProvenance(
  chart: OverviewEmbedChart,
  ds: Dataset,
): { asOf: ReturnType<typeof latestAsOf>; sources: Source[] } {
  const shown = chartObservations(chart, ds);
  const cited = new Set(shown.map((o) => o.source));
  return { asOf: latestAsOf(shown), sources: ds.sources.filter((s) => cited.has(s.id)) };
}

/** Height of each chart's <iframe> in the snippet: the chart page whole at 640 px wide. */
export const EMBED_HEIGHTS: Record<OverviewEmbedChart, number> = {
  plan: 560,
  yoy: 520,
  reductions: 760,
  accountability: 520,
};
