/**
 * The page's only script at load: 2 KB that leave a prerendered page as the static HTML
 * the build wrote (figures, captions and charts already on screen) until the reader does something.
 * Then it loads the app (start.tsx), which hydrates the page and replays the clicks and edits taken
 * meanwhile. After first paint it fetches the app's code and the dataset file (the rest of it, when the
 * page carries only its first view's part), so the first input waits for little.
 *
 * The app starts at once when the page cannot wait: it was not prerendered (dev server, import and
 * present views), its URL has filters or the stored language is not the drawn one (the drawn page is
 * then hidden until the app has rendered, rather than show the wrong figures), it is served from
 * another directory than the build's, its charts were not drawn at build time, or the dataset file
 * failed or changed since the build (the app then shows the error, or the file's current figures).
 */
import { EMBEDDED_DATASET_ID, fingerprint } from '../data/embedded';
import type { QueuedEvent } from './start';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const page = root;

const INPUTS = ['pointerdown', 'keydown', 'focusin', 'wheel', 'touchstart'] as const;
const TAKEN = ['click', 'input', 'change', 'keydown'] as const;
/** Keys the app handles itself (moving within a widget, closing): taken, not left to the browser. Tab,
 *  Enter and Space keep their native action (focus moves; a button's click is taken as a click). */
const NAV_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'Escape']);
const queued: QueuedEvent[] = [];
let fullDataset: Promise<string | null> | null = null;
let started = false;

function start() {
  if (started) return;
  started = true;
  for (const type of INPUTS) window.removeEventListener(type, start, true);
  // The app's stylesheet comes with its code (start.tsx imports it): the code loader applies it before
  // the app runs.
  void import('./start').then(({ startApp }) => startApp(page, { queued, live, reveal, fullDataset }));
}

const stylesheetHrefs = () => (page.dataset.stylesheets ?? '').split(' ').filter(Boolean);

/**
 * Takes clicks and edits until React can handle them (start.tsx replays them). A click on a chart drawn
 * at build time is kept as a point in its box, to be replayed on the live chart that replaces it.
 */
function take(e: Event) {
  const target = e.target instanceof Element ? e.target : null;
  // Links keep working as links.
  if (!target || (e.type === 'click' && target.closest('a[href]'))) return;
  if (e instanceof KeyboardEvent) {
    if (!NAV_KEYS.has(e.key)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    const { key, code, shiftKey, altKey, ctrlKey, metaKey } = e;
    queued.push({ type: 'keydown', target, key: { key, code, shiftKey, altKey, ctrlKey, metaKey } });
    start();
    return;
  }
  if (e.type === 'click') e.preventDefault();
  e.stopImmediatePropagation();
  const drawn = target.closest('[data-static-chart]');
  const box = drawn?.parentElement;
  if (drawn && box && e instanceof MouseEvent) {
    const rect = drawn.getBoundingClientRect();
    queued.push({
      type: 'click',
      target,
      chart: { box, dx: e.clientX - rect.left, dy: e.clientY - rect.top },
    });
  } else {
    queued.push({ type: e.type as QueuedEvent['type'], target });
  }
  start();
}

/** The app has rendered: it handles inputs from now on. */
function live() {
  for (const type of TAKEN) window.removeEventListener(type, take, true);
}

/** The page shows its own state. */
function reveal() {
  page.style.removeProperty('visibility');
}

/**
 * Whether the app may wait for the reader ('wait': the build's HTML is this page as it should be), must
 * start at once, or must also hide the build's HTML until it has rendered ('other-state': filters in the
 * URL or another stored language, where the drawn figures would be the wrong ones).
 */
function readiness(): 'wait' | 'start' | 'other-state' {
  if (page.dataset.prerendered === undefined) return 'start';
  if (location.search !== '') return 'other-state';
  try {
    // The language store's persisted entry (src/state/ui-store.ts, zustand `persist`).
    const stored = JSON.parse(localStorage.getItem('jianfu.ui') ?? 'null') as { state?: { locale?: string } };
    if (stored?.state?.locale && stored.state.locale !== page.dataset.locale) return 'other-state';
  } catch {
    // No or unreadable storage: the default language, as drawn.
  }
  if (page.dataset.dir !== location.pathname.replace(/[^/]*$/, '')) return 'start';
  // Built without a browser to draw the charts: the client draws them.
  if (page.querySelector('[data-static-chart]:empty')) return 'start';
  return 'wait';
}

/** After the first paint, in idle time: `fn` never competes with the figures reaching the screen. */
function afterFirstPaint(fn: () => void) {
  const idle = () =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(fn, { timeout: 2000 })
      : setTimeout(fn, 200);
  const later = () => requestAnimationFrame(() => setTimeout(idle, 0));
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}

/**
 * Into the HTTP cache only: compiling code or applying a stylesheet now would hold up the main thread
 * while the reader reads (a stylesheet restyles the whole page); both are used when the app starts.
 */
function prefetchFile(href: string, as: 'script' | 'style') {
  const link = document.createElement('link');
  link.rel = 'prefetch';
  link.as = as;
  link.crossOrigin = '';
  link.href = href;
  document.head.append(link);
}

function prefetch() {
  for (const href of stylesheetHrefs()) prefetchFile(href, 'style');
  for (const href of (page.dataset.prefetch ?? '').split(' ').filter(Boolean)) prefetchFile(href, 'script');
  const block = document.getElementById(EMBEDDED_DATASET_ID);
  const file = block?.dataset.file;
  if (!block || !file) return;
  fullDataset = fetch(new URL(file, document.baseURI))
    .then((response) => (response.ok ? response.text() : null))
    .catch(() => null)
    .then((text) => {
      if (text !== null && fingerprint(text) === block.dataset.fingerprint) return text;
      start();
      return null;
    });
}

afterFirstPaint(() => void import('./sw-update').then((m) => m.registerServiceWorker()));

const readyAs = readiness();
if (readyAs === 'wait') {
  for (const type of INPUTS) window.addEventListener(type, start, { capture: true, passive: true });
  for (const type of TAKEN) window.addEventListener(type, take, { capture: true });
  afterFirstPaint(prefetch);
} else {
  if (readyAs === 'other-state') page.style.visibility = 'hidden';
  start();
}
