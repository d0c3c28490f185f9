export type RankedBar = {
  key: string;
  label: string;
  value: number;
  valueLabel: string;
  tone: 'good' | 'warn' | 'neutral';
};

type Props = {
  rows: readonly RankedBar[];
  /** A reference mark (e.g. 100% of plan) drawn across every row, with its label. */
  mark?: { value: number; label: string };
};

const TONE = { good: 'var(--chart-good)', warn: 'var(--chart-warn)', neutral: 'var(--chart-1)' } as const;

/**
 * A ranked list of horizontal bars in plain HTML: long lists (34 provinces) redraw in a few
 * milliseconds when a filter changes, where an SVG chart library re-measures every label.
 * Values are printed beside each bar, so colour is never the only cue.
 */
export function RankedBars({ rows, mark }: Props) {
  const max = Math.max(mark?.value ?? 0, ...rows.map((r) => Math.abs(r.value))) * 1.05 || 1;
  const pct = (v: number) => `${(Math.abs(v) / max) * 100}%`;
  return (
    <div className="relative text-sm">
      {mark ? (
        <div
          className="grid grid-cols-[6rem_1fr_5.5rem] gap-x-2 pb-1 text-xs text-ink-muted"
          aria-hidden="true"
        >
          <span />
          <span className="relative h-4">
            <span className="absolute -translate-x-1/2 whitespace-nowrap" style={{ left: pct(mark.value) }}>
              {mark.label}
            </span>
          </span>
        </div>
      ) : null}
      <ol className="flex flex-col gap-0.5">
        {rows.map((r) => (
          <li key={r.key} className="grid grid-cols-[6rem_1fr_5.5rem] items-center gap-x-2">
            <span className="truncate text-right">{r.label}</span>
            <span className="relative h-3.5">
              <span
                className="absolute inset-y-0 left-0 rounded-r-sm"
                style={{ width: pct(r.value), background: TONE[r.tone] }}
              />
              {mark ? (
                <span
                  className="absolute -inset-y-0.5 w-0.5 bg-[var(--chart-mark)]"
                  style={{ left: pct(mark.value) }}
                />
              ) : null}
            </span>
            <span className="tabular-nums">{r.valueLabel}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
