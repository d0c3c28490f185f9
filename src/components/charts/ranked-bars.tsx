import { useLayoutEffect, useRef, useState } from 'react';
import { VALUE_LABEL } from './chart-text';

/** One bar of a ranking: its length, the value printed beside it, and its tone. */
export type RankedBar = {
  key: string;
  label: string;
  /** The bar's length; drawn by its size (a fall's direction is in its label). */
  value: number;
  valueLabel: string;
  tone: 'good' | 'warn' | 'neutral';
};

type Layout = {
  /** Height of one row in pixels. */
  rowHeight?: number;
  /** Width of the names' column. */
  labelWidth?: number;
  /** Draw value ticks under the bars (a slide, where the chart is read from afar). */
  axis?: boolean;
};

type Props = Layout & {
  rows: readonly RankedBar[];
  /** Drawn width in pixels. Without it the chart takes its box's width (measured before paint). */
  width?: number;
  /** The end of the value axis: columns of one ranking share it, so their bars compare. */
  max?: number;
  /** A reference mark (e.g. 100% of plan) drawn across every row, with its label above. */
  mark?: { value: number; label: string };
  tickFormatter?: (value: number) => string;
};

const TONE = { good: 'var(--chart-good)', warn: 'var(--chart-warn)', neutral: 'var(--chart-1)' } as const;
const FONT = 14;
const MARK_BAND = 20;
const AXIS_BAND = 24;
const VALUE_WIDTH = 76;

/** The ranking's drawn height, for the box reserved before it is drawn. */
export function rankedBarsHeight(
  rows: number,
  { rowHeight = 22, axis = false }: Layout,
  mark = false,
): number {
  return (mark ? MARK_BAND : 0) + rows * rowHeight + (axis ? AXIS_BAND : 4);
}

/** The end of the value axis: the largest bar or mark, and a little room. */
export function rankedMax(rows: readonly RankedBar[], mark?: { value: number }): number {
  return Math.max(mark?.value ?? 0, ...rows.map((r) => Math.abs(r.value))) * 1.05 || 1;
}

/** Round axis ticks from 0 up to `max`: at most four steps of 1, 2, 2.5 or 5 times a power of ten. */
export function roundTicks(max: number): number[] {
  if (!(max > 0)) return [0];
  const power = 10 ** Math.floor(Math.log10(max));
  const step = [0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => max / s <= 4)!;
  return Array.from(
    { length: Math.floor(max / step + 1e-9) + 1 },
    (_, i) => Math.round(i * step * 1e6) / 1e6,
  );
}

/** A name cut to fit `width` pixels at 14 px (a CJK character is one em, Latin about half), with an ellipsis. */
export function fitLabel(label: string, width: number): string {
  const em = (c: string) => (c.charCodeAt(0) > 0x2e7f ? 1 : 0.56);
  const room = width / FONT;
  let used = 0;
  const chars = [...label];
  for (let i = 0; i < chars.length; i++) {
    used += em(chars[i]!);
    if (used > room) return `${chars.slice(0, Math.max(1, i - 1)).join('')}…`;
  }
  return label;
}

/**
 * A ranking as horizontal bars in plain SVG, each labelled with its value (so colour is never the only cue).
 * Drawn without a chart library: 34 provinces redraw in a few milliseconds when a filter changes, and the
 * SVG is what a slide's picture is made of. The statistics view and its deck both draw this chart.
 */
export function RankedBars({
  rows,
  width,
  max,
  mark,
  tickFormatter,
  rowHeight = 22,
  labelWidth = 96,
  axis = false,
}: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [measured, setMeasured] = useState<number | null>(null);
  useLayoutEffect(() => {
    if (width !== undefined || !box.current) return;
    const el = box.current;
    const measure = () => setMeasured(Math.round(el.getBoundingClientRect().width));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [width]);
  const w = width ?? measured;
  const height = rankedBarsHeight(rows.length, { rowHeight, axis }, mark !== undefined);
  const end = max ?? rankedMax(rows, mark);
  const top = mark ? MARK_BAND : 0;
  const x0 = labelWidth + 8;
  const span = Math.max(0, (w ?? 0) - x0 - VALUE_WIDTH);
  const x = (v: number) => x0 + (Math.abs(v) / end) * span;
  const bar = Math.max(6, Math.min(16, rowHeight - 8));
  const svg =
    w === null ? null : (
      <svg
        className="ranked-bars"
        width={w}
        height={height}
        viewBox={`0 0 ${w} ${height}`}
        fontSize={FONT}
        aria-hidden="true"
      >
        {axis
          ? roundTicks(end).map((tick) => (
              <g key={tick}>
                <line x1={x(tick)} x2={x(tick)} y1={top} y2={height - AXIS_BAND} stroke="var(--chart-grid)" />
                <text x={x(tick)} y={height - 6} textAnchor="middle" fill="var(--chart-axis)">
                  {tickFormatter ? tickFormatter(tick) : tick}
                </text>
              </g>
            ))
          : null}
        {mark ? (
          <g>
            <line
              x1={x(mark.value)}
              x2={x(mark.value)}
              y1={top - 2}
              y2={top + rows.length * rowHeight}
              stroke="var(--chart-mark)"
              strokeWidth={1.5}
              strokeDasharray="4 3"
            />
            <text x={x(mark.value)} y={top - 6} textAnchor="middle" fill="var(--chart-mark)" fontSize={12}>
              {mark.label}
            </text>
          </g>
        ) : null}
        {rows.map((r, i) => {
          const y = top + i * rowHeight;
          const shown = fitLabel(r.label, labelWidth);
          return (
            <g key={r.key}>
              <text x={labelWidth} y={y + rowHeight / 2} dy="0.35em" textAnchor="end" fill="var(--chart-ink)">
                {shown !== r.label ? <title>{r.label}</title> : null}
                {shown}
              </text>
              <rect
                x={x0}
                y={y + (rowHeight - bar) / 2}
                width={Math.max(0, x(r.value) - x0)}
                height={bar}
                fill={TONE[r.tone]}
              />
              <text x={x(r.value) + 4} y={y + rowHeight / 2} dy="0.35em" {...VALUE_LABEL}>
                {r.valueLabel}
              </text>
            </g>
          );
        })}
      </svg>
    );
  return width !== undefined ? (
    svg
  ) : (
    <div ref={box} className="w-full" style={{ height }}>
      {svg}
    </div>
  );
}
