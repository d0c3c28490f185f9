/**
 * How the charts' text is drawn, shared by every chart so none can drift from the others.
 *
 * Every axis label carries the charts' type size, as `.recharts-text` sets it (index.css, present.css).
 * Recharts wraps a long label by measuring its words in one shared span with the label's own style, and a
 * size an earlier measurement set there stays: a label with no size of its own was measured at 16 px or
 * at 14 px depending on which chart drew first, so 中央和国家机关 · 文件数量 took two lines or one. A string:
 * the span is styled through the CSSOM, where a bare number is no size and is dropped.
 */
const AXIS_TICK_STYLE = { fontSize: '14px' };

/** The axis lines and tick marks (Recharts draws them #666 in every theme otherwise). */
export const AXIS_STROKE = 'var(--chart-axis)';

/** Ticks of a value axis (0%, 25%…). */
export const VALUE_TICK = { fill: 'var(--chart-axis)', style: AXIS_TICK_STYLE };

/** Ticks of a category axis: the rows' names. */
export const CATEGORY_TICK = { fill: 'var(--chart-ink)', style: AXIS_TICK_STYLE };

/** A value printed beside its bar, with a halo in the background colour where a grid line or a mark crosses it. */
export const VALUE_LABEL = {
  fill: 'var(--chart-ink)',
  stroke: 'var(--surface)',
  strokeWidth: 4,
  paintOrder: 'stroke',
} as const;
