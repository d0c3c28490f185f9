/**
 * The counts of a statistics dataset that a reader can chart (指标): the one chosen drives every chart of
 * the statistics view and its deck. Documents and meetings have a plan column; the others do not.
 */
export const CHARTED_COUNTS = ['documents', 'meetings', 'inspections', 'workGroups'] as const;
export type ChartedCount = (typeof CHARTED_COUNTS)[number];

export const DEFAULT_COUNT: ChartedCount = 'documents';

export function isChartedCount(value: unknown): value is ChartedCount {
  return typeof value === 'string' && (CHARTED_COUNTS as readonly string[]).includes(value);
}
