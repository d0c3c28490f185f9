import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, XAxis, YAxis } from 'recharts';
import { AXIS_STROKE, CATEGORY_TICK, VALUE_LABEL, VALUE_TICK } from './chart-text';

export type RankedBarDatum = {
  key: string;
  label: string;
  /** The bar's length; never negative (a fall is drawn by its size, its direction in the label). */
  value: number;
  valueLabel: string;
  tone: 'good' | 'warn' | 'neutral';
};

type Props = {
  data: readonly RankedBarDatum[];
  /** The end of the value axis: columns of one ranking share it, so their bars compare. */
  max: number;
  /** A reference mark (e.g. 100% of plan) with its label. */
  mark?: { value: number; label: string };
  tickFormatter: (value: number) => string;
  width?: number;
  rowHeight?: number;
  labelWidth?: number;
};

const TONE = { good: 'var(--chart-good)', warn: 'var(--chart-warn)', neutral: 'var(--chart-1)' } as const;

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

/**
 * A ranking as SVG horizontal bars, each labelled with its value (so colour is never the only cue); one
 * column of a long ranking that the caller splits. Data only through props.
 */
export function RankedBarChart({
  data,
  max,
  mark,
  tickFormatter,
  width = 420,
  rowHeight = 24,
  labelWidth = 56,
}: Props) {
  const height = (mark ? 44 : 28) + data.length * rowHeight;
  return (
    <BarChart
      width={width}
      height={height}
      data={data as RankedBarDatum[]}
      layout="vertical"
      margin={{ top: mark ? 20 : 4, right: 60, bottom: 4, left: 4 }}
      accessibilityLayer={false}
    >
      <CartesianGrid horizontal={false} stroke="var(--chart-grid)" />
      <XAxis
        stroke={AXIS_STROKE}
        type="number"
        domain={[0, max]}
        ticks={roundTicks(max)}
        tickFormatter={tickFormatter}
        tick={VALUE_TICK}
      />
      <YAxis
        stroke={AXIS_STROKE}
        type="category"
        dataKey="label"
        interval={0}
        width={labelWidth}
        tick={CATEGORY_TICK}
      />
      {/* The mark first, so bars and their values are drawn over it. */}
      {mark ? (
        <ReferenceLine
          x={mark.value}
          stroke="var(--chart-mark)"
          strokeWidth={1.5}
          strokeDasharray="4 3"
          label={{ value: mark.label, position: 'top', fill: 'var(--chart-mark)' }}
        />
      ) : null}
      <Bar dataKey="value" barSize={Math.max(6, Math.min(20, rowHeight - 8))} isAnimationActive={false}>
        {data.map((d) => (
          <Cell key={d.key} fill={TONE[d.tone]} />
        ))}
        <LabelList dataKey="valueLabel" position="right" {...VALUE_LABEL} />
      </Bar>
    </BarChart>
  );
}
