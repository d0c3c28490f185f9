import { EmbedButton } from '../../components/ui/embed-button';
import { useEmbedLink } from '../../state/embed-link';
import { useT } from '../../state/use-t';

/** Height of the timeline's <iframe>: its summary and first measures; the rest scrolls inside the frame. */
export const TIMELINE_EMBED_HEIGHT = 900;

/** 嵌入 for the timeline: the <iframe> snippet for embed-timeline.html, as filtered now. */
export function TimelineEmbed() {
  const { t } = useT();
  const link = useEmbedLink('timeline', t('nav.timeline'));
  return link ? <EmbedButton {...link} height={TIMELINE_EMBED_HEIGHT} /> : null;
}
