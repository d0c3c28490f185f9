/**
 * The dashboard's views. Each is its own HTML file beside index.html (cases.html …), so a link opens the
 * view directly, a static host needs no rewrite rules, and relative asset URLs work from any sub-path.
 */
export const NAV_VIEWS = ['overview', 'cases', 'timeline', 'data', 'import', 'present'] as const;

/**
 * The charts that are also a page of their own, for an intranet portal to put in an <iframe>
 * (embed-plan.html …): the chart, its title, conclusion, source and 数据截至, and a link back. Not in
 * the navigation. The overview's four, the local cases' tile map and the timeline.
 */
export const OVERVIEW_EMBED_CHARTS = ['plan', 'yoy', 'reductions', 'accountability'] as const;
export type OverviewEmbedChart = (typeof OVERVIEW_EMBED_CHARTS)[number];
/** The statistics view's charts on a published dataset (`?dataset=ID`); drawn on the client, not prerendered. */
export const STATS_EMBED_CHARTS = [
  'stats-plan',
  'stats-yoy',
  'stats-trend',
  'stats-breakdown',
  'stats-map',
] as const;
export type StatsEmbedChart = (typeof STATS_EMBED_CHARTS)[number];
export const EMBED_CHARTS = [...OVERVIEW_EMBED_CHARTS, 'map', 'timeline', ...STATS_EMBED_CHARTS] as const;
export type EmbedChart = (typeof EMBED_CHARTS)[number];
export const EMBED_VIEWS = [
  'embed-plan',
  'embed-yoy',
  'embed-reductions',
  'embed-accountability',
  'embed-map',
  'embed-timeline',
  'embed-stats-plan',
  'embed-stats-yoy',
  'embed-stats-trend',
  'embed-stats-breakdown',
  'embed-stats-map',
] as const satisfies readonly `embed-${EmbedChart}`[];
export type EmbedView = (typeof EMBED_VIEWS)[number];

/** The view a chart's embed page links back to. */
export const EMBED_HOME: Record<EmbedChart, 'overview' | 'cases' | 'timeline' | 'import'> = {
  plan: 'overview',
  yoy: 'overview',
  reductions: 'overview',
  accountability: 'overview',
  map: 'cases',
  timeline: 'timeline',
  'stats-plan': 'import',
  'stats-yoy': 'import',
  'stats-trend': 'import',
  'stats-breakdown': 'import',
  'stats-map': 'import',
};

export const isStatsEmbedChart = (chart: EmbedChart): chart is StatsEmbedChart =>
  (STATS_EMBED_CHARTS as readonly string[]).includes(chart);

export const isOverviewEmbedChart = (chart: EmbedChart): chart is OverviewEmbedChart =>
  (OVERVIEW_EMBED_CHARTS as readonly string[]).includes(chart);

export const VIEWS = [...NAV_VIEWS, ...EMBED_VIEWS] as const;
export type View = (typeof VIEWS)[number];

export const VIEW_FILES: Record<View, string> = {
  overview: 'index.html',
  cases: 'cases.html',
  timeline: 'timeline.html',
  data: 'data.html',
  import: 'import.html',
  present: 'present.html',
  'embed-plan': 'embed-plan.html',
  'embed-yoy': 'embed-yoy.html',
  'embed-reductions': 'embed-reductions.html',
  'embed-accountability': 'embed-accountability.html',
  'embed-map': 'embed-map.html',
  'embed-timeline': 'embed-timeline.html',
  'embed-stats-plan': 'embed-stats-plan.html',
  'embed-stats-yoy': 'embed-stats-yoy.html',
  'embed-stats-trend': 'embed-stats-trend.html',
  'embed-stats-breakdown': 'embed-stats-breakdown.html',
  'embed-stats-map': 'embed-stats-map.html',
};

export const isEmbedView = (view: View): view is EmbedView =>
  (EMBED_VIEWS as readonly string[]).includes(view);

/** The chart an embed page shows. */
export const embeddedChart = (view: EmbedView): EmbedChart => view.slice('embed-'.length) as EmbedChart;

/** The view a path names by its last segment; anything unknown is the overview. */
export function viewFromPath(pathname: string): View {
  const file = pathname.split('/').pop() ?? '';
  const found = VIEWS.find((v) => VIEW_FILES[v] === file);
  return found ?? 'overview';
}

/** The path of a view relative to the current directory: "./" for the overview, "cases.html" otherwise. */
export function viewHref(view: View): string {
  return view === 'overview' ? './' : VIEW_FILES[view];
}
