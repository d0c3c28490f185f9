import { groupFigure, type CurrentCount } from '../data/derive-stats';
import { drillWhole, wholeFigure, type Area, type Drill } from './stats-drill';
import { indexRows } from '../data/stats-index';
import type { StatsRow } from '../data/stats-schema';

/** More lines than this do not read on one chart: beyond it the trend draws the total alone, and says so. */
export const MAX_TREND_LINES = 5;

export type TrendSeries = { key: string; label: string; color: string; dashed?: boolean };
export type TrendDatum = { year: number } & Record<string, number | null>;

export type TrendView = {
  series: TrendSeries[];
  data: TrendDatum[];
  /** The file lines of every figure drawn. */
  lines: number[];
  /** The last year with a figure, for the "as of" stamp. */
  lastYear: number | null;
  /** Areas asked for one line each but not drawn, because there are more than MAX_TREND_LINES. */
  notDrawn: number;
};

// The total is the darkest line, dashed; each area has a colour of its own (legend and tooltip name them).
const TOTAL_COLOR = 'var(--chart-mark)';
const AREA_COLORS = [
  'var(--chart-1)',
  'var(--chart-warn)',
  'var(--chart-good)',
  'var(--chart-2)',
  'var(--chart-5)',
] as const;

/** The colour of the i-th area line, the same in the statistics view and the deck. */
export const trendLineColor = (i: number): string => AREA_COLORS[i % AREA_COLORS.length]!;

/**
 * The count across every year of the file: the total of the drilled area (the chosen provinces, the one
 * province, or the one city), and, where `byArea` asks for it and there are 2 to MAX_TREND_LINES areas, one
 * line per area (province, city or county). A year without a figure is a gap, never 0.
 */
export function trendView(
  rows: readonly StatsRow[],
  drill: Drill,
  areas: readonly Area[],
  count: CurrentCount,
  { totalLabel, byArea }: { totalLabel: string; byArea: boolean },
): TrendView {
  const years = indexRows(rows).years;
  const whole = drillWhole(rows, drill, areas);
  const drawAreas = byArea && areas.length >= 2 && areas.length <= MAX_TREND_LINES;
  const only = areas.length === 1 ? areas[0] : undefined;
  const series: TrendSeries[] = [
    { key: 'total', label: only?.label ?? totalLabel, color: TOTAL_COLOR, dashed: drawAreas },
    ...(drawAreas ? areas.map((a, i) => ({ key: `a${i}`, label: a.label, color: trendLineColor(i) })) : []),
  ];
  const lines: number[] = [];
  let lastYear: number | null = null;
  const data = years.map((year) => {
    const total = wholeFigure(whole(year), count);
    lines.push(...total.lines);
    if (total.value !== null) lastYear = year;
    const datum: TrendDatum = { year, total: total.value };
    if (drawAreas)
      areas.forEach((a, i) => {
        const f = groupFigure(a.rowsIn(year), count);
        datum[`a${i}`] = f.value;
        lines.push(...f.lines);
      });
    return datum;
  });
  return {
    series,
    data,
    lines: [...new Set(lines)].sort((a, b) => a - b),
    lastYear,
    notDrawn: byArea && areas.length > MAX_TREND_LINES ? areas.length : 0,
  };
}
