type Bar = { label: string; value: number; valueLabel: string };

type Props = {
  before: Bar;
  after: Bar;
  /** The pair in one sentence ("调整前64项，调整后24项，下降62.5%"): the chart's text alternative. */
  summary: string;
};

/**
 * Two bars on one scale, before and after, each with its label and value printed beside it: the shape
 * shows the size of the cut, the words carry it without colour. Plain HTML, so a card with one pair
 * does not wait for the chart library.
 */
export function BarPair({ before, after, summary }: Props) {
  const max = Math.max(before.value, after.value, 0);
  const width = (v: number) => (max > 0 ? `${Math.max((v / max) * 100, v > 0 ? 2 : 0)}%` : '0%');
  const rows = [
    { key: 'before', bar: before, fill: 'var(--chart-before)' },
    { key: 'after', bar: after, fill: 'var(--chart-good)' },
  ];
  return (
    <div
      role="img"
      aria-label={summary}
      className="grid grid-cols-[auto_minmax(0,1fr)_auto] items-center gap-x-2 gap-y-1"
    >
      {rows.map(({ key, bar, fill }) => (
        <div key={key} className="contents" aria-hidden="true">
          <span className="text-xs text-ink-muted">{bar.label}</span>
          <div className="h-4 rounded-sm" style={{ width: width(bar.value), background: fill }} />
          <span className="text-sm font-semibold whitespace-nowrap tabular-nums">{bar.valueLabel}</span>
        </div>
      ))}
    </div>
  );
}
