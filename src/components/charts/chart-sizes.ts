/**
 * The drawn size of each chart, apart from the chart code (which loads in its own chunk): a panel
 * reserves its chart's box before the chart is there, so nothing below it moves when it arrives. Charts
 * are drawn at CHART_WIDTH and scaled to the width of their box (`.chart-box` in index.css).
 */
export const CHART_WIDTH = 560;

/** An HTML legend line above a chart (text-sm). */
export const LEGEND_HEIGHT = 20;

export const bulletChartHeight = (rows: number, rowHeight = 44): number => 48 + rows * rowHeight;

export const groupedBarChartHeight = (rows: number, series: number, rowHeight = 30): number =>
  40 + rows * series * rowHeight;

export const beforeAfterChartHeight = (rows: number): number => 36 + rows * 52;

/**
 * What a chart's box takes: `drawn` pixels of chart drawn at `width` and scaled to the box's width
 * (a container query unit), plus `fixed` pixels that do not scale (legends, gaps).
 */
export type ChartSize = { drawn: number; width?: number; fixed?: number };

/** The CSS height of a chart's box, for its placeholder. */
export function reservedHeight({ drawn, width = CHART_WIDTH, fixed = 0 }: ChartSize): string {
  return `calc(${drawn} / ${width} * 100cqw + ${fixed}px)`;
}
