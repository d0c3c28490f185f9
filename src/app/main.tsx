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
  window.removeEventListener('pointerover', startOnHover, true);
  // The app's stylesheet comes with its code (start.tsx imports it): the code loader applies it before
  // the app runs.
  void import('./start').then(({ startApp }) => startApp(page, { queued, live, reveal, fullDataset }));
}

/**
 * Where the app shows something on hover alone (a tile's details, with a hint saying to hover), the
 * pointer arriving there is an input too: the app starts and shows the tile under the pointer.
 */
function startOnHover(e: Event) {
  if (e.target instanceof Element && e.target.closest('[data-starts-on-hover]')) start();
}

const listed = (value: string | undefined) => (value ?? '').split(' ').filter(Boolean);

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
 * URL, where the drawn figures would be the wrong ones). The stored language is checked a task later
 * (`storedLocaleDiffers`).
 */
function readiness(): 'wait' | 'start' | 'other-state' {
  if (page.dataset.prerendered === undefined) return 'start';
  if (location.search !== '') return 'other-state';
  if (page.dataset.dir !== location.pathname.replace(/[^/]*$/, '')) return 'start';
  // Built without a browser to draw the charts: the client draws them.
  if (page.querySelector('[data-static-chart]:empty')) return 'start';
  return 'wait';
}

/**
 * Whether the reader chose another language than the drawn one. The first use of localStorage in a page
 * waits for the browser to open the site's storage, so this runs in a task of its own, not in the one
 * that evaluates this script.
 */
function storedLocaleDiffers(): boolean {
  try {
    // The language store's persisted entry (src/state/ui-store.ts, zustand `persist`).
    const stored = JSON.parse(localStorage.getItem('jianfu.ui') ?? 'null') as { state?: { locale?: string } };
    return Boolean(stored?.state?.locale && stored.state.locale !== page.dataset.locale);
  } catch {
    // No or unreadable storage: the default language, as drawn.
    return false;
  }
}

/** The page shows the wrong state until the app has rendered its own: hidden, not shown wrong. */
function startHidden() {
  // Once started, the app shows its own state as soon as it can.
  if (started) return;
  page.style.visibility = 'hidden';
  start();
}

/**
 * Work for after the first paint, one piece a task, each in idle time: no piece holds the main thread
 * long enough to delay a reader's first input (on a slow phone a task over 50 ms would), and none competes
 * with the figures reaching the screen.
 */
const laterJobs: (() => void)[] = [];
let laterScheduled = false;

function idle(fn: () => void) {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 2000 });
  else setTimeout(fn, 50);
}

function runNextLater() {
  const job = laterJobs.shift();
  if (!job) {
    laterScheduled = false;
    return;
  }
  idle(() => {
    job();
    runNextLater();
  });
}

function afterFirstPaint(...jobs: (() => void)[]) {
  laterJobs.push(...jobs);
  if (laterScheduled) return;
  laterScheduled = true;
  const begin = () => requestAnimationFrame(() => setTimeout(runNextLater, 0));
  if (document.readyState === 'complete') begin();
  else window.addEventListener('load', begin, { once: true });
}

/**
 * Into the HTTP cache only: compiling code or applying a stylesheet now would hold up the main thread
 * while the reader reads (a stylesheet restyles the whole page); both are used when the app starts.
 * Once the app has started it loads what it needs itself.
 */
function prefetchFile(href: string, as: 'script' | 'style') {
  if (started) return;
  const link = document.createElement('link');
  link.rel = 'prefetch';
  link.as = as;
  link.crossOrigin = '';
  link.href = href;
  document.head.append(link);
}

/** The whole dataset file, checked against the one the build rendered from. */
function fetchFullDataset() {
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

/** The app's code and styles and the rest of the dataset, each file its own job. */
function prefetchJobs(): (() => void)[] {
  return [
    fetchFullDataset,
    ...listed(page.dataset.stylesheets).map((href) => () => prefetchFile(href, 'style')),
    ...listed(page.dataset.prefetch).map((href) => () => prefetchFile(href, 'script')),
  ];
}

afterFirstPaint(() => void import('./sw-update').then((m) => m.registerServiceWorker()));

const readyAs = readiness();
if (readyAs === 'wait') {
  for (const type of INPUTS) window.addEventListener(type, start, { capture: true, passive: true });
  for (const type of TAKEN) window.addEventListener(type, take, { capture: true });
  window.addEventListener('pointerover', startOnHover, { capture: true, passive: true });
  setTimeout(() => {
    if (storedLocaleDiffers()) startHidden();
    else afterFirstPaint(...prefetchJobs());
  }, 0);
} else if (readyAs === 'other-state') {
  startHidden();
} else {
  start();
}
