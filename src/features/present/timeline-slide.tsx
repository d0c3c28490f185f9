import { inLocale } from '../../data/localized';
import type { PolicyEvent } from '../../data/schema';
import { useT } from '../../state/use-t';
import { formatDate } from '../../i18n/format';
import { FigureButton } from '../../components/ui/figure-button';

/** The national measures in date order, each opening its source. */
export function TimelineSlide({ events }: { events: readonly PolicyEvent[] }) {
  const { t, locale } = useT();
  return (
    <ol className="slide-timeline">
      {events.map((e) => (
        <li key={e.id}>
          <span className="slide-event-date">{formatDate(e.date, locale)}</span>
          <span className="slide-event-kind">{t(`present.timeline.kind.${e.kind}`)}</span>
          <FigureButton target={{ kind: 'event', id: e.id }} className="slide-event-summary">
            {inLocale(e.summary, locale)}
          </FigureButton>
        </li>
      ))}
    </ol>
  );
}
