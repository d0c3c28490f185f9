import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import { AXIS_STROKE, VALUE_TICK } from './chart-text';
import { ChartLegend } from './chart-legend';

export type TrendLine = { key: string; label: string; color: string };

type Props = {
  data: readonly ({ year: number } & Record<string, number | null>)[];
  series: readonly TrendLine[];
  valueFormatter: (value: number) => string;
  width?: number;
  height?: number;
};

/** Values across years, one line per series; gaps where a year has no figure. */
export function TrendChart({ data, series, valueFormatter, width = 560, height = 260 }: Props) {
  return (
    <>
      <ChartLegend items={series} />
      <LineChart
        width={width}
        height={height}
        data={data as unknown as Record<string, number>[]}
        margin={{ top: 8, right: 24, bottom: 4, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke="var(--chart-grid)" />
        <XAxis stroke={AXIS_STROKE} dataKey="year" tick={VALUE_TICK} />
        <YAxis stroke={AXIS_STROKE} tickFormatter={valueFormatter} width={64} tick={VALUE_TICK} />
        {series.map((s) => (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.label}
            stroke={s.color}
            strokeWidth={2.5}
            dot={{ r: 4 }}
            isAnimationActive={false}
            connectNulls={false}
          />
        ))}
      </LineChart>
    </>
  );
}
