import '../index.css';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import type { QueryClient } from '@tanstack/react-query';
import { createQueryClient, Providers } from './providers';
import { App } from './app';
import { startUrlSync } from '../state/url-sync';
import {
  datasetQuery,
  parseDatasetText,
  readEmbeddedDataset,
  type EmbeddedDataset,
} from '../data/dataset-query';
import { fingerprint } from '../data/embedded';
import { filtersOf, useFiltersStore } from '../state/url-state-store';
import { serializeFilters } from '../state/url-state';
import { useUiStore } from '../state/ui-store';
import { releasePrerendered } from '../components/ui/render-when-near';

/** An input the page's bootstrap (main.tsx) took before the app was there to handle it. */
export type QueuedEvent = {
  type: 'click' | 'input' | 'change' | 'keydown';
  target: Element;
  /** A click on a chart drawn at build time: where in its box (the chart's slot). */
  chart?: { box: Element; dx: number; dy: number };
  /** A key the app handles (arrows, Home, End, Escape), pressed before it could. */
  key?: KeyboardEventInit;
};

export type Handover = {
  queued: readonly QueuedEvent[];
  /** The app has rendered: the bootstrap stops taking inputs, React handles them. */
  live: () => void;
  /** The page shows its own state: the bootstrap shows it if it hid the build's HTML. */
  reveal: () => void;
  /** The dataset file's text, fetched after first paint; null if that failed or it no longer is the
   *  file the page was built from. Null, too, when the app started before it was fetched. */
  fullDataset: Promise<string | null> | null;
};

/**
 * Starts the app in #root: hydrates the prerendered HTML when it was rendered for this page, otherwise
 * renders on the client. Once the first render has committed, replays the inputs taken meanwhile, lets
 * the prerendered charts go live, and follows the dataset file (see `followFile`).
 */
export function startApp(root: HTMLElement, handover: Handover): void {
  startUrlSync();
  const client = createQueryClient();
  const embedded = readEmbeddedDataset();
  if (embedded) client.setQueryData(datasetQuery(embedded.file).queryKey, embedded.dataset);
  const hydrate = embedded !== null && renderedForThisPage(root);
  // Stale: the page shows another state than the one drawn, or the build could not draw the charts.
  const stale = hydrate && (pinHydrationState() || root.querySelector('[data-static-chart]:empty') !== null);

  let ready = false;
  // Once committed, in a task of its own: React hydrates the rest on an event's demand only outside its
  // own work, so the replayed inputs reach their handlers.
  const onReady = () => {
    if (ready) return;
    ready = true;
    setTimeout(() => {
      const main = root.querySelector('main');
      // The view may hydrate after the page around it (its own chunk): inputs are taken until it has,
      // since React would not see a key pressed in a part it has not hydrated yet.
      const hydrated = until(() => !main?.firstElementChild || isHydrated(main.firstElementChild));
      void hydrated.then(() => {
        handover.live();
        void replay(handover.queued);
      });
      // Shown (when hidden) once the view shows this page's state, and the dataset is the file's.
      const settled = embedded ? followFile(client, embedded, handover.fullDataset) : Promise.resolve();
      void Promise.all([settled, hydrated]).then(() => requestAnimationFrame(handover.reveal));
      if (hydrate) releaseCharts(stale);
    }, 0);
  };
  const tree = (
    <StrictMode>
      <Providers client={client} onReady={onReady}>
        <App />
      </Providers>
    </StrictMode>
  );
  if (hydrate) hydrateRoot(root, tree);
  else createRoot(root).render(tree);
}

/**
 * The build's HTML fits this page when it was rendered for this view at this directory (the header's
 * links are absolute paths from the directory; a host serving the build under another path gets a client
 * render instead).
 */
function renderedForThisPage(el: HTMLElement): boolean {
  const dir = location.pathname.replace(/[^/]*$/, '');
  return el.dataset.prerendered === useFiltersStore.getState().view && el.dataset.dir === dir;
}

/**
 * React hydrates a Zustand store from its initial state (the server snapshot), then re-renders with the
 * current one: filters from the URL and a stored language follow right after hydration, without a
 * mismatch. The view is the page's own (the build rendered it), and filters equal to the initial ones
 * become the very same values, so hydration is not followed by a needless re-render. Returns whether
 * the page shows another state than the one drawn (other filters or language).
 */
function pinHydrationState(): boolean {
  const initial = useFiltersStore.getInitialState();
  const current = useFiltersStore.getState();
  const sameFilters = serializeFilters(filtersOf(initial)) === serializeFilters(filtersOf(current));
  Object.assign(initial, { view: current.view }, sameFilters ? filtersOf(current) : {});
  return !sameFilters || useUiStore.getState().locale !== useUiStore.getInitialState().locale;
}

/** The live charts replace the drawn ones now, and at once whenever what they show changes. */
function releaseCharts(stale: boolean) {
  releasePrerendered(stale);
  useFiltersStore.subscribe(() => releasePrerendered(true));
  useUiStore.subscribe((s, prev) => {
    if (s.locale !== prev.locale) releasePrerendered(true);
  });
}

const isTextField = (el: Element): el is HTMLInputElement | HTMLTextAreaElement =>
  el instanceof HTMLTextAreaElement ||
  (el instanceof HTMLInputElement && !['checkbox', 'radio', 'file'].includes(el.type));

/** Resolves once `done()` holds, checked every frame, or after a few seconds in any case. */
function until(done: () => boolean): Promise<void> {
  const end = performance.now() + 5000;
  return new Promise((resolve) => {
    const check = () => (done() || performance.now() > end ? resolve() : requestAnimationFrame(check));
    check();
  });
}

// React marks each node it has hydrated with its fiber; a view loaded in its own chunk hydrates later
// than the page around it, and an input replayed before that would be lost.
const isHydrated = (el: Element) => Object.keys(el).some((key) => key.startsWith('__reactFiber$'));

function click(target: Element, init: MouseEventInit = {}) {
  if (target instanceof HTMLElement && init.clientX === undefined) target.click();
  else
    target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window, ...init }));
}

/**
 * Hands the inputs taken before hydration to React, in order, each once its target is hydrated: clicks
 * again (on a drawn chart: at the same point of the live chart, once it has replaced the drawing), and
 * each field's last edit as a fresh event. React tracks the value it last saw in a text field; it is
 * told another one first so the edit reads as a change.
 */
async function replay(events: readonly QueuedEvent[]) {
  for (const [i, e] of events.entries()) {
    if (e.chart) {
      const { box, dx, dy } = e.chart;
      await until(
        () => !box.querySelector('[data-static-chart]') && !!box.querySelector('[data-live-chart] svg'),
      );
      const rect = box.getBoundingClientRect();
      const at = { clientX: rect.left + dx, clientY: rect.top + dy };
      const hit = document.elementFromPoint(at.clientX, at.clientY);
      if (hit && box.contains(hit)) click(hit, at);
      continue;
    }
    if (
      (e.type === 'input' || e.type === 'change') &&
      events.slice(i + 1).some((f) => (f.type === 'input' || f.type === 'change') && f.target === e.target)
    )
      continue;
    await until(() => isHydrated(e.target));
    if (!e.target.isConnected) continue;
    if (e.type === 'keydown') {
      // Pressed in order, on the element that had focus, each reaching the handler of what it moved to.
      const target =
        document.activeElement && document.activeElement !== document.body
          ? document.activeElement
          : e.target;
      target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...e.key }));
    } else if (e.type === 'click') {
      click(e.target);
    } else if (isTextField(e.target)) {
      const field = e.target;
      const proto =
        field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
      const value = field.value;
      field.value = value === '' ? ' ' : '';
      Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(field, value);
      field.dispatchEvent(new Event('input', { bubbles: true }));
    } else {
      e.target.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }
}

const whenIdle = (fn: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 1000 }) : setTimeout(fn, 50);

/**
 * The page carries a snapshot of the dataset file taken at build time, maybe only its first view's part.
 * Once the page is live: if the file still is the one the build read (same fingerprint), a partial
 * snapshot is completed from it (validated in idle time); if the file changed or cannot be read, the
 * app loads it as any dataset, showing its current figures, or its error with a retry. Resolves once
 * the dataset on screen is the file's (or its error).
 */
async function followFile(
  client: QueryClient,
  embedded: EmbeddedDataset,
  fetched: Promise<string | null> | null,
) {
  const text = fetched
    ? await fetched
    : await fetch(new URL(embedded.file, document.baseURI))
        .then((response) => (response.ok ? response.text() : null))
        .catch(() => null);
  const reload = () =>
    client.fetchQuery({ ...datasetQuery(embedded.file), staleTime: 0 }).then(
      () => undefined,
      () => undefined,
    );
  if (text === null || fingerprint(text) !== embedded.fingerprint) return reload();
  if (embedded.complete) return;
  whenIdle(() => {
    try {
      client.setQueryData(datasetQuery(embedded.file).queryKey, parseDatasetText(embedded.file, text));
    } catch {
      void reload();
    }
  });
}
