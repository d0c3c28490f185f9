import { queryOptions } from '@tanstack/react-query';
import { datasetSchema, DATASET_VERSION, type Dataset } from './schema';
import { DatasetLoadError, issuesOf } from './load-error';
import { migrateDataset } from './migrate';
import { EMBEDDED_DATASET_ID } from './embedded';

/** The bundled dataset, relative to the app's base so a sub-path deployment finds it. */
export const PUBLISHED_DATASET_FILE = 'data/dataset.json';

/** Validates raw text as a dataset; every failure names the file and what is wrong. */
export function parseDatasetText(file: string, text: string): Dataset {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new DatasetLoadError(file, { kind: 'json', detail: (e as Error).message });
  }
  const migrated = migrateDataset(raw);
  if (!migrated.ok) {
    throw new DatasetLoadError(file, { kind: 'version', found: migrated.found, supported: DATASET_VERSION });
  }
  const result = datasetSchema.safeParse(migrated.data);
  if (!result.success) throw new DatasetLoadError(file, { kind: 'schema', issues: issuesOf(result.error) });
  return result.data;
}

/** What a prerendered page carries: its first view's dataset, and whether that is the whole file. */
export type EmbeddedDataset = {
  file: string;
  dataset: Dataset;
  /** False when only the first view's part is embedded: the file is loaded after first paint. */
  complete: boolean;
  /** `fingerprint()` of the file's text the build rendered from. */
  fingerprint: string;
};

/**
 * The dataset a prerendered page carries (a non-executable JSON block, see prerender-entry.tsx). The
 * build validated it with the schema before rendering from it, so it is only parsed here. Null when
 * the page has none (the dev server, pages that are not prerendered) or it cannot be read; the file is
 * then fetched, and any error shown, as before.
 */
export function readEmbeddedDataset(doc: Document = document): EmbeddedDataset | null {
  const block = doc.getElementById(EMBEDDED_DATASET_ID);
  const file = block?.dataset.file;
  if (!block || !file) return null;
  try {
    return {
      file,
      dataset: JSON.parse(block.textContent ?? '') as Dataset,
      complete: block.dataset.complete !== 'false',
      fingerprint: block.dataset.fingerprint ?? '',
    };
  } catch {
    return null;
  }
}

export async function fetchDataset(file: string, signal?: AbortSignal): Promise<Dataset> {
  const url = new URL(file, document.baseURI).toString();
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (e) {
    throw new DatasetLoadError(file, { kind: 'network', detail: (e as Error).message });
  }
  if (!response.ok) {
    throw new DatasetLoadError(file, {
      kind: 'http',
      status: response.status,
      statusText: response.statusText,
    });
  }
  return parseDatasetText(file, await response.text());
}

/** Static files never change under a running app: fetched once, never refetched. */
export const datasetQuery = (file: string = PUBLISHED_DATASET_FILE) =>
  queryOptions({
    queryKey: ['dataset', file],
    queryFn: ({ signal }) => fetchDataset(file, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
