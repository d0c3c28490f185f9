import { useT } from '../../state/use-t';
import { formatDate } from '../../i18n/format';
import type { TimelineSummary } from './selectors';

/** The timeline in one sentence, counted from the events and figures on screen. */
export function TimelineSummaryLine({ summary: s }: { summary: TimelineSummary }) {
  const { t, locale } = useT();
  if (!s.from || !s.to) return null;
  const from = formatDate(s.from, locale);
  const to = formatDate(s.to, locale);
  const range = s.from === s.to ? from : t('timeline.range', { from, to });
  const kinds = s.kinds
    .map((k) => t('timeline.kindCount', { kind: t(`timeline.kind.${k.kind}`), count: k.count }))
    .join(t('text.listJoin'));
  return (
    <div className="flex flex-col gap-1 rounded-lg border border-line bg-surface px-4 py-3">
      <p className="text-base font-semibold" data-testid="timeline-summary">
        {t('timeline.summary', {
          range,
          events: s.events,
          kinds,
          figures: s.figures,
          national: s.national,
          local: s.local,
        })}
        {s.before > 0 ? t('timeline.summaryBefore', { count: s.before }) : null}
      </p>
      <p className="text-xs text-ink-muted">{t('timeline.periodRule')}</p>
    </div>
  );
}
