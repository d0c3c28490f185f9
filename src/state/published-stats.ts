import { inLocale } from '../data/localized';
import { useCallback, useMemo } from 'react';
import { useQueries, useQuery, type QueryObserverResult } from '@tanstack/react-query';
import { statsFiles, resourceUrl, type CatalogueDataset } from '../data/catalogue';
import { catalogueQuery, statsFileQuery } from '../data/catalogue-query';
import { mergeProvinceRows, type SummaryRow } from '../data/published-stats';
import type { Locale } from '../i18n/i18n';
import type { StatsDataset, StatsRow } from '../data/stats-schema';

/*
 * A published statistics dataset as the statistics view and the deck show it: the catalogue's entry, its
 * national summary, and the file of each chosen province, merged into one dataset of the import's shape.
 * Only what is shown is fetched: the summary for the national view, one file per chosen province.
 */

export type ProvinceFileState = { province: string; file: string } & (
  { status: 'loading' } | { status: 'ready' } | { status: 'failed'; error: unknown }
);

export type PublishedStats =
  /** No dataset asked for, or the catalogue has none with this id (it may be an imported one). */
  | { status: 'absent' }
  | { status: 'loading'; entry?: CatalogueDataset }
  | { status: 'catalogue-failed'; error: unknown }
  /** The summary could not be used: this dataset only. */
  | { status: 'failed'; entry: CatalogueDataset; file: string; error: unknown }
  | { status: 'ready'; entry: CatalogueDataset; dataset: StatsDataset; provinces: ProvinceFileState[] };

type Loaded = { rows: Map<string, StatsRow[]>; states: ProvinceFileState[] };

/** The catalogue, when a view needs it (`enabled`); its failure is the caller's to show. */
export function usePublishedCatalogue(enabled = true) {
  return useQuery({ ...catalogueQuery(), enabled });
}

/** The published statistics datasets of a loaded catalogue. */
export function publishedStatsOf(data: { datasets: CatalogueDataset[] } | undefined): CatalogueDataset[] {
  return data?.datasets.filter((d) => d.kind === 'stats') ?? [];
}

export function usePublishedStats(
  id: string | null,
  provinces: readonly string[],
  locale: Locale,
): PublishedStats {
  const catalogue = usePublishedCatalogue(id !== null);
  const entry = id === null ? undefined : publishedStatsOf(catalogue.data).find((d) => d.id === id);
  const files = useMemo(
    () => (entry && catalogue.data ? statsFiles(catalogue.data, entry) : undefined),
    [entry, catalogue.data],
  );
  const summary = useQuery({
    ...statsFileQuery(entry ?? PLACEHOLDER, files?.summary ?? PLACEHOLDER_RESOURCE),
    enabled: Boolean(entry && files?.summary),
  });
  // A chosen province without rows has no file: nothing to fetch, and nothing wrong.
  const chosenKey = entry && files ? provinces.filter((p) => files.provinces.has(p)).join(',') : '';
  const chosen = useMemo(() => chosenKey.split(',').filter(Boolean), [chosenKey]);
  // Stable, so useQueries combines again only when a file's state changes: the charts recompute when a
  // file arrives, not on every render.
  const combine = useCallback(
    (results: QueryObserverResult<SummaryRow[]>[]) => combineProvinces(results, chosen, files?.provinces),
    [chosen, files],
  );
  const loaded = useQueries({
    queries: chosen.map((p) => statsFileQuery(entry!, files!.provinces.get(p)!)),
    combine,
  });
  const summaryRows = summary.data;
  const merged = useMemo(
    () => (summaryRows ? mergeProvinceRows(summaryRows, loaded.rows) : undefined),
    [summaryRows, loaded.rows],
  );
  const dataset = useMemo(
    () => (entry && merged ? publishedDataset(entry, merged, locale) : undefined),
    [entry, merged, locale],
  );

  if (id === null) return { status: 'absent' };
  if (catalogue.isError) return { status: 'catalogue-failed', error: catalogue.error };
  if (catalogue.isPending) return { status: 'loading' };
  if (!entry || !files?.summary) return { status: 'absent' };
  if (summary.isError)
    return { status: 'failed', entry, file: resourceUrl(files.summary), error: summary.error };
  if (!dataset) return { status: 'loading', entry };
  return { status: 'ready', entry, dataset, provinces: loaded.states };
}

// Stands in for the summary query's options while there is no entry (the query is disabled then).
const PLACEHOLDER = { id: '-' } as CatalogueDataset;
const PLACEHOLDER_RESOURCE = { path: '-', role: 'summary' } as Parameters<typeof statsFileQuery>[1];

/** The loaded province files as one map, and each chosen province's file state. */
function combineProvinces(
  results: QueryObserverResult<SummaryRow[]>[],
  chosen: readonly string[],
  resources: ReadonlyMap<string, { path: string }> | undefined,
): Loaded {
  const rows = new Map<string, StatsRow[]>();
  const states = chosen.map((province, i): ProvinceFileState => {
    const r = results[i];
    const resource = resources?.get(province);
    const file = resource ? resourceUrl(resource) : province;
    if (r?.data) rows.set(province, r.data);
    if (r?.isError) return { province, file, status: 'failed', error: r.error };
    return { province, file, status: r?.data ? 'ready' : 'loading' };
  });
  return { rows, states };
}

function publishedDataset(entry: CatalogueDataset, rows: StatsRow[], locale: Locale): StatsDataset {
  const source = entry.source;
  const published = source?.published ?? '';
  return {
    version: 1,
    kind: 'stats',
    id: entry.id,
    name: inLocale(entry.title, locale),
    fileName: source?.name ?? entry.id,
    loadedAt: `${published}T00:00:00.000Z`,
    synthetic: entry.synthetic,
    rows,
    published: {
      publisher: entry.publisher,
      date: published,
      asOf: entry.asOf,
      rowCount: entry.rowCount,
      // Only the summed rows still shown: a loaded province's own rows replace its sums (and share lines).
      summed: new Map(
        (rows as SummaryRow[]).flatMap((r) => (r.sourceRows ? [[r.line, r.sourceRows] as const] : [])),
      ),
    },
  };
}
