import { inLocale, publicationIn } from '../../data/localized';
import { indexDataset } from '../../data/derive';
import type { Dataset } from '../../data/schema';
import { useUiStore } from '../../state/ui-store';
import { useT } from '../../state/use-t';
import { formatDate } from '../../i18n/format';
import { KindBadge } from './kind-badge';
import { PeriodFigures } from './period-figures';
import { TimelineRow } from './timeline-row';
import type { EventPeriod } from './selectors';

type Props = {
  period: EventPeriod;
  dataset: Dataset;
  /** Province or category filters are on: an empty period says so rather than "nothing reported". */
  filtered: boolean;
  first: boolean;
  last: boolean;
};

/** One measure: date, kind, issuer, document, what it did, its source, and the figures of its period. */
export function TimelineEvent({ period, dataset, filtered, first, last }: Props) {
  const { t, locale } = useT();
  const openSource = useUiStore((s) => s.openSource);
  const { event } = period;
  const source = indexDataset(dataset).source(event.source);
  const titleId = `event-${event.id}-title`;
  const title = event.documentTitle
    ? t('text.titleQuoted', { title: event.documentTitle })
    : t('timeline.meetingTitle', { issuer: inLocale(event.issuer, locale) });
  return (
    <TimelineRow
      date={<time dateTime={event.date}>{formatDate(event.date, locale)}</time>}
      first={first}
      last={last}
    >
      <article
        aria-labelledby={titleId}
        className="rounded-lg border border-line bg-surface p-4 shadow-sm"
        data-testid="timeline-event"
      >
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
          <KindBadge kind={event.kind} />
          <span className="text-ink-muted">{inLocale(event.issuer, locale)}</span>
        </p>
        <h2 id={titleId} className="mt-2 text-lg leading-snug font-bold">
          {title}
        </h2>
        <p className="mt-1">{inLocale(event.summary, locale)}</p>
        <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
          <button
            type="button"
            className="btn"
            onClick={() => openSource({ kind: 'event', id: event.id })}
            data-testid="event-source"
          >
            {t('timeline.openSource')}
            <span className="sr-only">{t('text.parenthetical', { text: title })}</span>
          </button>
          {source ? (
            <span className="text-ink-muted">
              {t('sourceShort', {
                publication: publicationIn(source, locale),
                date: formatDate(source.date, locale),
              })}
            </span>
          ) : null}
        </p>
        <div className="mt-3 border-t border-line pt-3">
          <PeriodFigures
            id={event.id}
            observations={period.observations}
            dataset={dataset}
            from={event.date}
            until={period.until}
            filtered={filtered}
          />
        </div>
      </article>
    </TimelineRow>
  );
}
