import { EmbedButton as Embed } from '../../components/ui/embed-button';
import { useEmbedLink } from '../../state/embed-link';
import type { OverviewEmbedChart } from '../../state/views';
import { EMBED_HEIGHTS } from './embed';

/** 嵌入 under an overview chart: the <iframe> snippet for its own page, as filtered now. */
export function EmbedButton({ chart, title }: { chart: OverviewEmbedChart; title: string }) {
  const link = useEmbedLink(chart, title);
  return link ? <Embed {...link} height={EMBED_HEIGHTS[chart]} /> : null;
}
