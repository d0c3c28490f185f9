import { queryOptions } from '@tanstack/react-query';
import {
  CATALOGUE_FILE,
  CATALOGUE_VERSION,
  catalogueSchema,
  migrateCatalogue,
  resourceUrl,
  type Catalogue,
  type CatalogueDataset,
  type CatalogueResource,
} from './catalogue';
import { DatasetLoadError, issuesOf } from './load-error';
import { readPublishedRows, type SummaryRow } from './published-stats';

/*
 * Loading published statistics: the catalogue (once), a dataset's summary (the national view), and a
 * province's file when the province is chosen. Every file is checked against the catalogue (its SHA-256)
 * and validated with the import's own row schema where it enters the app; each failure names its file.
 */

async function fetchBytes(file: string, signal?: AbortSignal): Promise<Uint8Array> {
  const url = new URL(file, document.baseURI).toString();
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (e) {
    throw new DatasetLoadError(file, { kind: 'network', detail: (e as Error).message });
  }
  if (!response.ok)
    throw new DatasetLoadError(file, {
      kind: 'http',
      status: response.status,
      statusText: response.statusText,
    });
  return new Uint8Array(await response.arrayBuffer());
}

function parseJson(file: string, bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    throw new DatasetLoadError(file, { kind: 'json', detail: (e as Error).message });
  }
}

/** Validates the catalogue's text; every failure names the file and the field. */
export function parseCatalogue(file: string, bytes: Uint8Array): Catalogue {
  const migrated = migrateCatalogue(parseJson(file, bytes));
  if (!migrated.ok)
    throw new DatasetLoadError(file, {
      kind: 'version',
      found: migrated.found,
      supported: CATALOGUE_VERSION,
    });
  const result = catalogueSchema.safeParse(migrated.data);
  if (!result.success) throw new DatasetLoadError(file, { kind: 'schema', issues: issuesOf(result.error) });
  return result.data;
}

const toHex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** SHA-256 of bytes: the browser's own where it offers it (secure contexts), else a small audited library. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  if (globalThis.crypto?.subtle) {
    const copy = new Uint8Array(bytes);
    return toHex(new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', copy)));
  }
  const { sha256 } = await import('@noble/hashes/sha2.js');
  return toHex(sha256(bytes));
}

/** The bytes of a listed file, refused unless they are the bytes the catalogue lists (size and hash). */
async function fetchListed(resource: CatalogueResource, signal?: AbortSignal): Promise<Uint8Array> {
  const file = resourceUrl(resource);
  const bytes = await fetchBytes(file, signal);
  if (resource.hash) {
    const found = `sha256:${await sha256Hex(bytes)}`;
    if (found !== resource.hash)
      throw new DatasetLoadError(file, { kind: 'hash', expected: resource.hash, found });
  }
  return bytes;
}

export async function fetchCatalogue(signal?: AbortSignal): Promise<Catalogue> {
  return parseCatalogue(CATALOGUE_FILE, await fetchBytes(CATALOGUE_FILE, signal));
}

/** The rows of a summary or province file of `dataset`, checked and validated. */
export async function fetchStatsRows(
  dataset: CatalogueDataset,
  resource: CatalogueResource,
  signal?: AbortSignal,
): Promise<SummaryRow[]> {
  const file = resourceUrl(resource);
  const value = parseJson(file, await fetchListed(resource, signal));
  const read = readPublishedRows(value, {
    kind: resource.role === 'province' ? 'stats-province' : 'stats-summary',
    dataset: dataset.id,
    province: resource.province,
  });
  if (!read.ok) throw new DatasetLoadError(file, { kind: 'schema', issues: read.issues });
  return read.rows;
}

/** The catalogue never changes under a running app (a new one comes with a new deployment). */
export const catalogueQuery = () =>
  queryOptions({
    queryKey: ['catalogue', CATALOGUE_FILE],
    queryFn: ({ signal }) => fetchCatalogue(signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });

/** A listed file's rows; content-hashed, so fetched once and kept. */
export const statsFileQuery = (dataset: CatalogueDataset, resource: CatalogueResource) =>
  queryOptions({
    queryKey: ['stats-file', resource.path, resource.hash],
    queryFn: ({ signal }) => fetchStatsRows(dataset, resource, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
