import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import { AXIS_STROKE, CATEGORY_TICK, VALUE_TICK } from './chart-text';
import { beforeAfterChartHeight, CHART_WIDTH } from './chart-sizes';

export type BeforeAfterDatum = { key: string; label: string; before: number; after: number };

type Props = {
  data: readonly BeforeAfterDatum[];
  valueFormatter: (value: number) => string;
  onSelect?: (key: string) => void;
  width?: number;
};

/** Before → after counts side by side; the fall is the good direction, drawn in the "good" colour. */
export function BeforeAfterChart({ data, valueFormatter, onSelect, width = CHART_WIDTH }: Props) {
  const height = beforeAfterChartHeight(data.length);
  const select = (d: { payload?: unknown }) => onSelect?.((d.payload as BeforeAfterDatum).key);
  const label = (v: unknown) => valueFormatter(Number(v));
  return (
    <BarChart
      width={width}
      height={height}
      data={data as BeforeAfterDatum[]}
      layout="vertical"
      margin={{ top: 4, right: 56, bottom: 4, left: 8 }}
      accessibilityLayer={false}
    >
      <CartesianGrid horizontal={false} stroke="var(--chart-grid)" />
      <XAxis stroke={AXIS_STROKE} type="number" tickFormatter={valueFormatter} tick={VALUE_TICK} />
      <YAxis stroke={AXIS_STROKE} type="category" dataKey="label" width={150} tick={CATEGORY_TICK} />
      <Bar
        dataKey="before"
        fill="var(--chart-before)"
        barSize={18}
        isAnimationActive={false}
        onClick={select}
      >
        <LabelList dataKey="before" position="right" formatter={label} fill="var(--chart-ink)" />
      </Bar>
      <Bar dataKey="after" fill="var(--chart-good)" barSize={18} isAnimationActive={false} onClick={select}>
        <LabelList dataKey="after" position="right" formatter={label} fill="var(--chart-ink)" />
      </Bar>
    </BarChart>
  );
}
