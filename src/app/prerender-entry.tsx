/**
 * Build-time rendering (scripts/prerender.mjs, run by `vite build`): each view the bundled dataset fixes
 * is rendered to HTML with its default filters in the default language, with the dataset embedded, so
 * the page paints its figures before any script runs; start.tsx hydrates it on the reader's first input.
 */
import { isNationalScope } from '../data/select';
import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { App } from './app';
import { createQueryClient, Providers } from './providers';
import { datasetQuery, parseDatasetText, PUBLISHED_DATASET_FILE } from '../data/dataset-query';
import { EMBEDDED_DATASET_ID, fingerprint } from '../data/embedded';
import type { Dataset } from '../data/schema';
import { DEFAULT_LOCALE } from '../i18n/i18n';
import { useUrlStateStore } from '../state/url-state-store';
import { DEFAULT_URL_STATE } from '../state/url-state';
import {
  EMBED_VIEWS,
  embeddedChart,
  isEmbedView,
  isOverviewEmbedChart,
  isStatsEmbedChart,
  VIEW_FILES,
  type View,
} from '../state/views';

/** Views whose content the bundled dataset fixes (import and present show the reader's own files and deck). */
export const PRERENDERED_VIEWS = [
  'overview',
  'cases',
  'timeline',
  'data',
  // A statistics chart's page shows the dataset its address names: drawn on the client.
  ...EMBED_VIEWS.filter((v) => !isStatsEmbedChart(embeddedChart(v))),
] as const satisfies readonly View[];

export { VIEW_FILES, EMBEDDED_DATASET_ID };

const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * The part of the dataset a view's first render needs. The overview shows national figures only: it
 * carries those, the indicators and sources they cite, and the events (the year filter lists their
 * years); the rest of the file loads after first paint. The other views list (nearly) every datum.
 */
export function firstViewData(view: View, dataset: Dataset): Dataset {
  // An overview chart's embed page needs what the overview needs; the map's and the timeline's, everything.
  if (view !== 'overview' && !(isEmbedView(view) && isOverviewEmbedChart(embeddedChart(view))))
    return dataset;
  const observations = dataset.observations.filter(isNationalScope);
  const indicators = new Set(observations.map((o) => o.indicator));
  const sources = new Set([...observations, ...dataset.events].map((d) => d.source));
  return {
    ...dataset,
    observations,
    indicators: dataset.indicators.filter((i) => indicators.has(i.id)),
    sources: dataset.sources.filter((s) => sources.has(s.id)),
  };
}

/**
 * The non-executable JSON block that carries the data (read by `readEmbeddedDataset`), with whether it
 * is the whole file and the file's fingerprint. `<` is escaped so no text in the data can close the
 * element; the Content-Security-Policy needs no exception for it.
 */
export function embeddedDatasetBlock(
  data: Dataset,
  {
    complete,
    fileText,
    file = PUBLISHED_DATASET_FILE,
  }: { complete: boolean; fileText: string; file?: string },
): string {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${EMBEDDED_DATASET_ID}" data-file="${escapeAttribute(file)}" data-complete="${complete}" data-fingerprint="${fingerprint(fileText)}">${json}</script>`;
}

/**
 * The page's #root element rendered for `view` from its first view's data, followed by that data. `dir` is the directory
 * the pages are served from ("/" unless the build pins a base path): the header's links are absolute
 * paths computed from `window.location` while rendering, and the app only hydrates at the same directory.
 * Rejects when a component fails to render, so the build says which view broke.
 */
export async function renderRoot(view: View, datasetText: string, dir: string): Promise<string> {
  const full = parseDatasetText(PUBLISHED_DATASET_FILE, datasetText);
  const dataset = firstViewData(view, full);
  const client = createQueryClient();
  client.setQueryData(datasetQuery().queryKey, dataset);

  // React renders Zustand stores from their initial state on the server (and hydrates from it): the
  // page's view with the default filters.
  useUrlStateStore.getState().applyLocation(view, DEFAULT_URL_STATE);
  Object.assign(useUrlStateStore.getInitialState(), { view, ...DEFAULT_URL_STATE });

  const scope = globalThis as { window?: unknown };
  const previousWindow = scope.window;
  scope.window = { location: { pathname: `${dir}${VIEW_FILES[view]}`, search: '', hash: '' } };
  const errors: unknown[] = [];
  try {
    const { prelude } = await prerenderToNodeStream(
      <StrictMode>
        <Providers client={client}>
          <App />
        </Providers>
      </StrictMode>,
      {
        // Every boundary inline: no chunk is held back for a reveal script (the page allows no inline script).
        progressiveChunkSize: Number.POSITIVE_INFINITY,
        onError: (error) => void errors.push(error),
      },
    );
    const chunks: Buffer[] = [];
    for await (const chunk of prelude) chunks.push(Buffer.from(chunk as Uint8Array));
    if (errors.length > 0) throw errors[0];
    const html = Buffer.concat(chunks).toString('utf8');
    const block = embeddedDatasetBlock(dataset, { complete: dataset === full, fileText: datasetText });
    return `<div id="root" data-prerendered="${view}" data-dir="${escapeAttribute(dir)}" data-locale="${DEFAULT_LOCALE}">${html}</div>${block}`;
  } finally {
    if (previousWindow === undefined) delete scope.window;
    else scope.window = previousWindow;
  }
}
