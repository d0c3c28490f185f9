import {
  startTransition,
  Suspense,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type CSSProperties,
  type ReactNode,
} from 'react';

type Props = { children: ReactNode; minHeight: number | string };

/**
 * When a prerendered chart may be replaced by the live one: 'soft' once the reader does anything (the
 * drawing is still right, so it stays until the live chart has its size), 'urgent' when the page no longer
 * shows what the build drew (other filters or language), so the drawing goes at once.
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
 * code does not run while the page loads. Once released (the reader's first input, or a change of filters
 * or language), the live chart takes over without a flash or a shift: it renders hidden over the drawing
 * and replaces it when it has the same size.
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

  const showStatic = prerendered && (hydrating || (!swapped && released !== 'urgent'));
  const showLive = prerendered ? !hydrating && released !== 'none' : near;
  const swapping = showStatic && showLive;

  // A fresh client render: wait until the box is near the viewport and the page has painted.
  useEffect(() => {
    const el = boxRef.current;
    if (prerendered || !el || near) return;
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
  }, [prerendered, near]);

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
