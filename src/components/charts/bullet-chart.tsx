import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, XAxis, YAxis } from 'recharts';
import { AXIS_STROKE, CATEGORY_TICK, VALUE_LABEL, VALUE_TICK } from './chart-text';
import { bulletChartHeight, CHART_WIDTH } from './chart-sizes';

const MARGIN = { top: 24, right: 56, bottom: 4, left: 8 };
/** Room a value's text takes after its bar, in drawn pixels: per character at the charts' 14 px type,
 *  and the label's offset plus a gap before the plan mark. */
const VALUE_CHAR_PX = 8.5;
const MARK_GAP_PX = 12;

export type BulletDatum = { key: string; label: string; value: number };

type Props = {
  data: readonly BulletDatum[];
  /** The plan mark, e.g. 100 (% of the annual plan). */
  target: number;
  targetLabel: string;
  valueFormatter: (value: number) => string;
  onSelect?: (key: string) => void;
  width?: number;
  /** Width of the label column; English labels need more. */
  labelWidth?: number;
  /** Vertical space per bar; long lists (34 provinces) use less. */
  rowHeight?: number;
};

/** Actual against plan: one bar per row and a vertical plan mark. Data only through props. */
export function BulletChart({
  data,
  target,
  targetLabel,
  valueFormatter,
  onSelect,
  width = CHART_WIDTH,
  rowHeight = 44,
  labelWidth = 170,
}: Props) {
  const max = Math.max(target, ...data.map((d) => d.value));
  // Ticks in quarters of the plan, up to the plan mark (and past it if a bar goes over).
  const step = target / 4;
  const ticks = Array.from({ length: Math.ceil(max / step) + 1 }, (_, i) => i * step);
  const height = bulletChartHeight(data.length, rowHeight);
  const domainMax = ticks[ticks.length - 1]! * 1.1;
  // A value printed after its bar would run into the plan mark when the bar ends just short of it: that
  // value goes inside the end of its bar instead.
  const unitsPerPx = domainMax / (width - MARGIN.left - MARGIN.right - labelWidth);
  const inside = data.map(
    (d) =>
      d.value <= target &&
      d.value + (valueFormatter(d.value).length * VALUE_CHAR_PX + MARK_GAP_PX) * unitsPerPx > target,
  );
  const valueAt = (within: boolean) => (_: unknown, i: number) =>
    inside[i] === within ? valueFormatter(data[i]!.value) : undefined;
  return (
    <BarChart
      width={width}
      height={height}
      data={data as BulletDatum[]}
      layout="vertical"
      margin={MARGIN}
      accessibilityLayer={false}
    >
      <CartesianGrid horizontal={false} stroke="var(--chart-grid)" />
      <XAxis
        stroke={AXIS_STROKE}
        type="number"
        domain={[0, domainMax]}
        ticks={ticks}
        tickFormatter={valueFormatter}
        tick={VALUE_TICK}
      />
      <YAxis
        stroke={AXIS_STROKE}
        type="category"
        dataKey="label"
        interval={0}
        width={labelWidth}
        // Wrapped a little inside the column, so a long label (中央和国家机关 · 文件数量) takes two lines
        // instead of running to the chart's edge.
        tick={{ ...CATEGORY_TICK, width: labelWidth - 20 }}
      />
      <Bar
        dataKey="value"
        barSize={Math.min(22, rowHeight - 10)}
        isAnimationActive={false}
        onClick={(d) => onSelect?.((d.payload as BulletDatum).key)}
        cursor={onSelect ? 'pointer' : undefined}
      >
        {data.map((d) => (
          <Cell key={d.key} fill={d.value > target ? 'var(--chart-warn)' : 'var(--chart-1)'} />
        ))}
        <LabelList valueAccessor={valueAt(false)} position="right" {...VALUE_LABEL} />
        <LabelList valueAccessor={valueAt(true)} position="insideRight" fill="var(--surface)" />
      </Bar>
      <ReferenceLine
        x={target}
        stroke="var(--chart-mark)"
        strokeWidth={2}
        strokeDasharray="6 3"
        label={{ value: targetLabel, position: 'top', fill: 'var(--chart-mark)' }}
      />
    </BarChart>
  );
}
