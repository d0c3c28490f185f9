import {
  startTransition,
  Suspense,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type CSSProperties,
  type MouseEvent as ReactMouseEvent,
  type ReactNode,
} from 'react';

type Props = { children: ReactNode; minHeight: number | string };

/**
 * When a prerendered chart may be replaced by the live one: 'soft' once the page has hydrated (the
 * drawing is still right, so it stays until the live chart, rendered when the box comes near the
 * viewport, has its size), 'urgent' when the page no longer shows what the build drew (other filters or
 * language), so the drawing goes at once.
 */
type Release = 'none' | 'soft' | 'urgent';

let release: Release = 'none';
const releaseListeners = new Set<() => void>();

function subscribeRelease(listener: () => void): () => void {
  releaseListeners.add(listener);
  return () => releaseListeners.delete(listener);
}
const currentRelease = (): Release => release;
// Hydration renders exactly what the build wrote, whatever happened before it.
const serverRelease = (): Release => 'none';

/** Lets the prerendered charts become live; `stale` when the page's state is no longer the one drawn. */
export function releasePrerendered(stale: boolean): void {
  const next: Release = stale ? 'urgent' : 'soft';
  if (release === 'urgent' || release === next) return;
  release = next;
  for (const listener of releaseListeners) listener();
}

// True on the server and while React hydrates the server's HTML; false for a fresh client render.
const subscribeNothing = () => () => {};
const onClient = () => false;
const onServer = () => true;

/**
 * The chart box keeps the markup the build wrote into it: React neither checks nor replaces it, and the
 * same object on every render means it is never rewritten.
 */
const KEEP_BUILD_MARKUP = { __html: '' };

// The live chart draws on top of the prerendered one, unseen, until it has the same size.
const HIDDEN_OVERLAY: CSSProperties = {
  position: 'absolute',
  top: 0,
  left: 0,
  right: 0,
  visibility: 'hidden',
  pointerEvents: 'none',
};

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
 * A chart's box. Rendered on the client, its children render once the box is near the viewport and the
 * page has painted its text, in a transition: figures and captions reach the screen first, and charts far
 * below the fold cost nothing until the reader gets there; the box keeps its height meanwhile.
 *
 * Prerendered (server and hydration), the box holds the chart the build drew as static SVG, and the chart
 * code does not run while the page loads. Once released (after hydration, as the box comes near the
 * viewport; at once on a change of filters or language), the live chart takes over without a flash or a
 * shift: it renders hidden over the drawing and replaces it when it has the same size. A click on the
 * drawing (a bar opens its source) is handed to the live chart at the same point once it is there.
 */
export function RenderWhenNear({ children, minHeight }: Props) {
  const hydrating = useSyncExternalStore(subscribeNothing, onClient, onServer);
  const [prerendered] = useState(hydrating);
  const released = useSyncExternalStore(subscribeRelease, currentRelease, serverRelease);
  const [near, setNear] = useState(false);
  const [swapped, setSwapped] = useState(false);
  const boxRef = useRef<HTMLDivElement>(null);
  const staticRef = useRef<HTMLDivElement>(null);
  const liveRef = useRef<HTMLDivElement>(null);
  /** A click on the drawing, as a point in the box, for the live chart. */
  const clickedAt = useRef<{ x: number; y: number } | null>(null);

  const showStatic = prerendered && (hydrating || (!swapped && released !== 'urgent'));
  const showLive = prerendered
    ? !hydrating && (released === 'urgent' || (released === 'soft' && near))
    : near;
  const swapping = showStatic && showLive;

  // Wait until the box is near the viewport and the page has painted (a prerendered box: until the page
  // has hydrated and released its charts).
  useEffect(() => {
    const el = boxRef.current;
    if ((prerendered && released !== 'soft') || !el || near) return;
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
  }, [prerendered, released, near]);

  // The drawing was clicked: the same point of the live chart is, once it has replaced the drawing.
  useEffect(() => {
    const at = clickedAt.current;
    const box = boxRef.current;
    if (!swapped || !at || !box) return;
    clickedAt.current = null;
    const frame = requestAnimationFrame(() => {
      const rect = box.getBoundingClientRect();
      const point = { clientX: rect.left + at.x, clientY: rect.top + at.y };
      const hit = document.elementFromPoint(point.clientX, point.clientY);
      if (hit && box.contains(hit))
        hit.dispatchEvent(
          new MouseEvent('click', { bubbles: true, cancelable: true, view: window, ...point }),
        );
    });
    return () => cancelAnimationFrame(frame);
  }, [swapped]);

  const onDrawingClick = (e: ReactMouseEvent<HTMLDivElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    clickedAt.current = { x: e.clientX - rect.left, y: e.clientY - rect.top };
    // The chart it was aimed at comes now if it was not on its way.
    setNear(true);
    releasePrerendered(false);
  };

  // Swapping: drop the drawing once the live chart is as tall (it is drawn at the same fixed size), or
  // after a while in any case.
  useEffect(() => {
    const live = liveRef.current;
    const drawn = staticRef.current;
    if (!swapping || !live || !drawn) return;
    const finish = () => {
      observer.disconnect();
      clearTimeout(timer);
      setSwapped(true);
    };
    const observer = new ResizeObserver(() => {
      const height = live.offsetHeight;
      if (height > 0 && Math.abs(height - drawn.offsetHeight) <= 1) finish();
    });
    const timer = window.setTimeout(finish, 3000);
    observer.observe(live);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [swapping]);

  const boxStyle: CSSProperties | undefined = swapping
    ? { position: 'relative' }
    : !prerendered && !near
      ? { minHeight }
      : undefined;

  return (
    <div ref={boxRef} data-chart-slot="" style={boxStyle}>
      {showStatic ? (
        <div
          ref={staticRef}
          data-static-chart=""
          onClick={onDrawingClick}
          dangerouslySetInnerHTML={KEEP_BUILD_MARKUP}
          suppressHydrationWarning
        />
      ) : null}
      {showLive ? (
        <div ref={liveRef} data-live-chart="" style={swapping ? HIDDEN_OVERLAY : undefined}>
          <Suspense fallback={swapping ? null : <div style={{ minHeight }} />}>{children}</Suspense>
        </div>
      ) : null}
    </div>
  );
}
