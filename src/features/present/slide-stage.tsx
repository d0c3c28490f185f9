import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { fitScale, SLIDE_HEIGHT, SLIDE_WIDTH } from './selectors';

type Fit = { scale: number; left: number; top: number };

/**
 * Shows a slide laid out at 1920×1080 scaled as a whole to its box, letterboxed, never stretched.
 * Text and charts stay vector (a 2D scale, no raster layer), so they are sharp at any device pixel
 * ratio; offsets are whole pixels so the slide never sits on a half pixel. `overlay` is drawn in the
 * slide's own coordinates, over it (the presenting pill), so it scales with the slide.
 */
export function SlideStage({ children, overlay }: { children: ReactNode; overlay?: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [fit, setFit] = useState<Fit | null>(null);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const { width, height } = el.getBoundingClientRect();
      const scale = fitScale(width, height);
      setFit({
        scale,
        left: Math.round((width - SLIDE_WIDTH * scale) / 2),
        top: Math.round((height - SLIDE_HEIGHT * scale) / 2),
      });
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  return (
    <div ref={ref} className="slide-stage">
      <div
        className="slide-canvas"
        style={
          fit ? { transform: `scale(${fit.scale})`, left: fit.left, top: fit.top } : { visibility: 'hidden' }
        }
      >
        {children}
        {overlay}
      </div>
    </div>
  );
}
