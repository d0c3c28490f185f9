import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import { AXIS_STROKE, CATEGORY_TICK, VALUE_LABEL, VALUE_TICK } from './chart-text';
import { groupedBarChartHeight, CHART_WIDTH } from './chart-sizes';
import { ChartLegend } from './chart-legend';

export type SeriesDef = { key: string; label: string; color: string };
export type GroupedRow = { index: string; label: string } & Record<string, number | string | undefined>;

type Props = {
  data: readonly GroupedRow[];
  series: readonly SeriesDef[];
  valueFormatter: (value: number) => string;
  /** Axis ticks; defaults to valueFormatter. */
  tickFormatter?: (value: number) => string;
  onSelect?: (rowIndex: string, seriesKey: string) => void;
  width?: number;
  /** Vertical space per bar; long lists (34 provinces) use less. */
  rowHeight?: number;
  labelWidth?: number;
};

/** Horizontal bars, one group per row and one bar per series; colours come from CSS variables. */
export function GroupedBarChart({
  data,
  series,
  valueFormatter,
  tickFormatter = valueFormatter,
  onSelect,
  width = CHART_WIDTH,
  labelWidth = 70,
  rowHeight = 30,
}: Props) {
  const height = groupedBarChartHeight(data.length, series.length, rowHeight);
  return (
    <>
      {series.length > 1 ? <ChartLegend items={series} /> : null}
      <BarChart
        width={width}
        height={height}
        data={data as GroupedRow[]}
        layout="vertical"
        margin={{ top: 4, right: 72, bottom: 4, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid horizontal={false} stroke="var(--chart-grid)" />
        <XAxis stroke={AXIS_STROKE} type="number" tickFormatter={tickFormatter} tick={VALUE_TICK} />
        <YAxis
          stroke={AXIS_STROKE}
          type="category"
          dataKey="label"
          interval={0}
          width={labelWidth}
          tick={CATEGORY_TICK}
        />
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.label}
            fill={s.color}
            barSize={Math.min(20, rowHeight - 8)}
            isAnimationActive={false}
            onClick={(d) => onSelect?.((d.payload as GroupedRow).index, s.key)}
            cursor={onSelect ? 'pointer' : undefined}
          >
            <LabelList
              dataKey={s.key}
              position="right"
              formatter={(v) => valueFormatter(Number(v))}
              {...VALUE_LABEL}
            />
          </Bar>
        ))}
      </BarChart>
    </>
  );
}
