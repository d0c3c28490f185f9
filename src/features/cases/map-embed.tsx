import { EmbedButton } from '../../components/ui/embed-button';
import { useEmbedLink } from '../../state/embed-link';

/** Height of the tile map's <iframe>: the map, its legend and detail panel whole at 640 px wide. */
export const MAP_EMBED_HEIGHT = 920;

/** 嵌入 for the tile map: the <iframe> snippet for embed-map.html, as filtered now. */
export function MapEmbed({ title }: { title: string }) {
  const link = useEmbedLink('map', title);
  return link ? <EmbedButton {...link} height={MAP_EMBED_HEIGHT} /> : null;
}
