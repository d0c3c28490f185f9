import { queryOptions } from '@tanstack/react-query';
import { datasetSchema, DATASET_VERSION, type Dataset } from './schema';
import { DatasetLoadError, issuesOf } from './load-error';
import { migrateDataset } from './migrate';

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
