import type { PolicyEvent } from '../../data/schema';
import { useT } from '../../state/use-t';

/** Each kind gets its own border colour, but the badge always says the kind in words. */
const KIND_COLOURS: Record<PolicyEvent['kind'], string> = {
  notice: 'var(--chart-1)',
  review: 'var(--chart-2)',
  meeting: 'var(--chart-warn)',
  regulation: 'var(--accent)',
};

/** The kind of a measure (通知, 审议, 会议, 规定) as a labelled badge. */
export function KindBadge({ kind }: { kind: PolicyEvent['kind'] }) {
  const { t } = useT();
  return (
    <span
      className="inline-flex items-center rounded-full border-2 px-2 py-0.5 text-xs font-semibold"
      style={{ borderColor: KIND_COLOURS[kind] }}
      data-testid="event-kind"
    >
      <span className="sr-only">{t('timeline.kindLabel')} </span>
      {t(`timeline.kind.${kind}`)}
    </span>
  );
}
