import { EmbedButton } from '../../components/ui/embed-button';
import { useEmbedLink } from '../../state/embed-link';
import type { StatsEmbedChart } from '../../state/views';

/** Height of each statistics chart's <iframe>: the chart page whole at 640 px wide for a national view
 * of 31 provinces (measured on the example dataset: 1,067 / 963 / ≤600 / 1,044 px). */
export const STATS_EMBED_HEIGHTS: Record<StatsEmbedChart, number> = {
  'stats-plan': 1080,
  'stats-yoy': 980,
  'stats-trend': 600,
  // A province's cities or a city's counties: up to about 20 rows.
  'stats-breakdown': 700,
  'stats-map': 1060,
};

/** 嵌入 under a statistics chart of a published dataset: the <iframe> snippet for its own page. */
export function StatsEmbed({ chart, title }: { chart: StatsEmbedChart; title: string }) {
  const link = useEmbedLink(chart, title);
  return link ? <EmbedButton {...link} height={STATS_EMBED_HEIGHTS[chart]} /> : null;
}
