import { useId, type ReactNode } from 'react';
import { reservedHeight, type ChartSize } from '../charts/chart-sizes';
import { RenderWhenNear } from './render-when-near';

type Props = {
  title: string;
  /** One sentence computed from the data: shown as the caption and read as the chart's text alternative. */
  conclusion: string;
  /** The chart itself; hidden from assistive technology behind the text alternative. */
  chart: ReactNode;
  /** Figures as buttons, for keyboard access to each datum's source. */
  children?: ReactNode;
  footer?: ReactNode;
  className?: string;
  /** Height the chart takes once drawn, reserved until it is: fixed pixels, or a chart's drawn size
   *  that scales with the box (charts drawn at their own width). */
  chartHeight?: number | ChartSize;
  /** Shown beside the title, e.g. the sample-data label. */
  badge?: ReactNode;
};

export function ChartFigure({
  title,
  conclusion,
  chart,
  children,
  footer,
  className = '',
  chartHeight = 240,
  badge,
}: Props) {
  const titleId = useId();
  return (
    <figure
      aria-labelledby={titleId}
      className={`flex min-w-0 flex-col gap-2 rounded-lg border border-line bg-surface p-4 shadow-sm ${className}`}
    >
      <div className="flex flex-wrap items-baseline gap-2">
        <h2 id={titleId} className="text-base font-semibold text-ink">
          {title}
        </h2>
        {badge}
      </div>
      <figcaption className="text-sm leading-snug text-ink-muted" data-testid="conclusion">
        {conclusion}
      </figcaption>
      <div role="img" aria-label={conclusion} className="chart-box">
        <RenderWhenNear
          minHeight={typeof chartHeight === 'number' ? chartHeight : reservedHeight(chartHeight)}
        >
          {chart}
        </RenderWhenNear>
      </div>
      {children}
      {footer}
    </figure>
  );
}
