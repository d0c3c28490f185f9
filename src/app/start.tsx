import '../index.css';
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import type { QueryClient } from '@tanstack/react-query';
import { createQueryClient, Providers } from './providers';
import { App } from './app';
import { preloadView } from './view-outlet';
import { registerServiceWorker } from './sw-update';
import { startUrlSync } from '../state/url-sync';
import {
  datasetQuery,
  parseDatasetText,
  readEmbeddedDataset,
  type EmbeddedDataset,
} from '../data/dataset-query';
import { fingerprint } from '../data/embedded';
import { urlStateOf, useUrlStateStore } from '../state/url-state-store';
import { serializeUrlState } from '../state/url-state';
import { useUiStore } from '../state/ui-store';
import { DEFAULT_LOCALE } from '../i18n/i18n';
import { loadLocale } from '../i18n/load-locale';
import { releasePrerendered } from '../components/ui/render-when-near';

const whenIdle = (fn: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 1000 }) : setTimeout(fn, 50);

/**
 * Starts the app in #root and resolves once React listens for inputs. A page the build drew for this
 * view at this directory is hydrated, in a transition: React hydrates it in slices that never hold the
 * main thread for long, the page's shell first and then each panel's <Suspense> boundary, and an input
 * landing on a part not hydrated yet hydrates that part at once, then reaches its handler. The view's
 * code is loaded first, so hydration never suspends on it. Any other page is rendered on the client.
 *
 * React hydrates from the stores' initial state, which is what the build drew (the page's view, the
 * default filters, the default language); filters from the URL and a stored language are the stores'
 * current state, and React renders them right after hydrating.
 */
export async function startApp(root: HTMLElement, { askedState = false } = {}): Promise<void> {
  startUrlSync();
  const client = createQueryClient();
  const embedded = readEmbeddedDataset();
  if (embedded) client.setQueryData(datasetQuery(embedded.file).queryKey, embedded.dataset);
  // A page whose URL asks for other filters than the ones drawn is hidden (public/before-paint.js): it is
  // rendered afresh in the asked state and shown once that is on screen, rather than hydrated in the drawn
  // state and shown between the two. Hidden, it took no input that hydration would have kept.
  const hydrate = embedded !== null && renderedForThisPage(root) && !askedState;
  // The file the page's data came from, read to check it still is (see followFile).
  const file = embedded ? readFile(embedded.file) : null;

  let ready = false;
  const onReady = () => {
    if (ready) return;
    ready = true;
    if (hydrate) releaseCharts(showsOtherState() || root.querySelector('[data-static-chart]:empty') !== null);
    // A page hidden by the bootstrap (filters in the URL) is shown once the dataset on screen is the file's.
    const settled = embedded && file ? followFile(client, embedded, file) : Promise.resolve();
    void settled.then(() =>
      requestAnimationFrame(() => document.documentElement.style.removeProperty('--asked-state-pending')),
    );
    whenIdle(registerServiceWorker);
  };
  const tree = (
    <StrictMode>
      <Providers client={client} onReady={onReady}>
        <App />
      </Providers>
    </StrictMode>
  );
  // The view's code and the language the page shows (a stored choice, an embed's lang=) are loaded, side
  // by side, before React renders. A language that cannot be fetched (offline, not cached yet) shows the
  // base language, leaving the choice kept.
  const ui = useUiStore.getState();
  await Promise.all([
    preloadView(useUrlStateStore.getState().view),
    loadLocale(ui.pageLocale ?? ui.locale).catch(() => useUiStore.setState({ pageLocale: DEFAULT_LOCALE })),
  ]);
  if (hydrate) {
    startTransition(() => {
      hydrateRoot(root, tree);
    });
  } else {
    createRoot(root).render(tree);
  }
}

/**
 * The build's HTML fits this page when it was rendered for this view at this directory (the header's
 * links are absolute paths from the directory; a host serving the build under another path gets a client
 * render instead).
 */
function renderedForThisPage(el: HTMLElement): boolean {
  const dir = location.pathname.replace(/[^/]*$/, '');
  return el.dataset.prerendered === useUrlStateStore.getState().view && el.dataset.dir === dir;
}

/**
 * Whether the page shows other filters or another language than the build drew (the initial state). An
 * embedded chart shows its URL's language (pageLocale), not the reader's stored one.
 */
function showsOtherState(): boolean {
  const drawn = serializeUrlState(urlStateOf(useUrlStateStore.getInitialState()));
  const shown = (s: ReturnType<typeof useUiStore.getState>) => s.pageLocale ?? s.locale;
  return (
    serializeUrlState(urlStateOf(useUrlStateStore.getState())) !== drawn ||
    shown(useUiStore.getState()) !== shown(useUiStore.getInitialState())
  );
}

/**
 * The live charts replace the drawn ones: at once when the drawing is not what the page shows, else in
 * idle time once hydrated (each as it comes near the viewport); and at once whenever what they show
 * changes.
 */
function releaseCharts(stale: boolean) {
  if (stale) releasePrerendered(true);
  else whenIdle(() => releasePrerendered(false));
  useUrlStateStore.subscribe(() => releasePrerendered(true));
  useUiStore.subscribe((s, prev) => {
    if ((s.pageLocale ?? s.locale) !== (prev.pageLocale ?? prev.locale)) releasePrerendered(true);
  });
}

/** A file's text, or null if it cannot be read. */
const readFile = (file: string): Promise<string | null> =>
  fetch(new URL(file, document.baseURI))
    .then((response) => (response.ok ? response.text() : null))
    .catch(() => null);

/**
 * The page carries a snapshot of the dataset file taken at build time, maybe only its first view's part.
 * Once the page is live, the file is fetched: if it still is the one the build read (same fingerprint),
 * a partial snapshot is completed from it (validated in idle time); if it changed or cannot be read, the
 * app loads it as any dataset, showing its current figures, or its error with a retry. Resolves once
 * the dataset on screen is the file's (or its error).
 */
async function followFile(client: QueryClient, embedded: EmbeddedDataset, file: Promise<string | null>) {
  const text = await file;
  const reload = () =>
    client.fetchQuery({ ...datasetQuery(embedded.file), staleTime: 0 }).then(
      () => undefined,
      () => undefined,
    );
  if (text === null || fingerprint(text) !== embedded.fingerprint) return reload();
  if (embedded.complete) return;
  // Validating the file and re-rendering with it are two idle tasks, not one long one.
  whenIdle(() => {
    let dataset: ReturnType<typeof parseDatasetText>;
    try {
      dataset = parseDatasetText(embedded.file, text);
    } catch {
      void reload();
      return;
    }
    whenIdle(() => client.setQueryData(datasetQuery(embedded.file).queryKey, dataset));
  });
}
