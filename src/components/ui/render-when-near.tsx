import { startTransition, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';

type Props = { children: ReactNode; minHeight: number };

/** Runs `fn` once the browser is idle after the current frame has painted. */
function afterPaint(fn: () => void): () => void {
  let idle: number | undefined;
  const frame = requestAnimationFrame(() => {
    idle =
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback(fn, { timeout: 500 })
        : window.setTimeout(fn, 50);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (idle !== undefined) {
      if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
      else clearTimeout(idle);
    }
  };
}

/**
 * Renders its children once the box is near the viewport and the page has painted its text, in a
 * transition. The figures and captions reach the screen first; charts far below the fold cost
 * nothing until the reader gets there. The box keeps its height meanwhile, so nothing shifts.
 */
export function RenderWhenNear({ children, minHeight }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);

  useEffect(() => {
    const el = ref.current;
    if (!el || near) return;
    let cancelIdle: (() => void) | undefined;
    const reveal = () => {
      cancelIdle = afterPaint(() => startTransition(() => setNear(true)));
    };
    if (typeof IntersectionObserver === 'undefined') {
      reveal();
      return () => cancelIdle?.();
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect();
          reveal();
        }
      },
      { rootMargin: '0px' },
    );
    observer.observe(el);
    return () => {
      observer.disconnect();
      cancelIdle?.();
    };
  }, [near]);

  return (
    <div ref={ref} style={near ? undefined : { minHeight }}>
      {near ? <Suspense fallback={<div style={{ minHeight }} />}>{children}</Suspense> : null}
    </div>
  );
}
