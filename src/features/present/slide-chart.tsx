import type { ReactNode } from 'react';

/**
 * Charts are drawn at their own small size and shown twice as large, so every label keeps the
 * chart's proportions and reads at projector size (14 px text becomes 28 px on a 1920-wide slide).
 */
export const CHART_SCALE = 2;

type Props = {
  /** The slide's conclusion: the chart's text alternative. */
  label: string;
  /** The width the chart is drawn at. */
  width: number;
  children: ReactNode;
};

/** The box a slide's chart is drawn in; the image export reads its charts from here. */
export function SlideChart({ label, width, children }: Props) {
  return (
    <div
      className="slide-chart"
      role="img"
      aria-label={label}
      data-slide-chart
      style={{ width: width * CHART_SCALE }}
    >
      {children}
    </div>
  );
}
