import { indexDataset } from './derive';
import type { Category, Dataset, Observation, PolicyEvent, Scope } from './schema';

/** What a view narrows the figures by; the URL state (src/state/url-state.ts) carries these and more. */
export type ObservationFilters = {
  /** GB/T 2260 codes of the chosen provinces, in the order they were chosen; empty = all. */
  provinces: string[];
  year: number | null;
  category: Category | null;
  /** Free text for the data table's search. */
  query: string;
};

/**
 * National figures, the one definition: those of every province together, of the central and state organs,
 * or of the whole country. The overview, its embedded charts and the deck's national slides show these; a
 * province filter does not narrow them. Every other scope is local.
 */
export const NATIONAL_LEVELS: readonly Scope['level'][] = [
  'provinces-aggregate',
  'central-organs',
  'national',
];

export function isNationalScope(o: Observation): boolean {
  return NATIONAL_LEVELS.includes(o.scope.level);
}

/**
 * The national figures the filters keep (year and category narrow them; a province filter does not), and
 * how many local figures the same filters keep beside them.
 */
export function nationalDataset(ds: Dataset, filters: ObservationFilters): Dataset & { localCount: number } {
  const kept = filterObservations(ds, { ...filters, provinces: [] });
  const observations = kept.filter(isNationalScope);
  return { ...ds, observations, localCount: kept.length - observations.length };
}

/**
 * The observations a set of filters keeps. Province narrows to local figures of those provinces;
 * `keepNational` lets a view keep the national figures beside them (marked as national).
 */
export function filterObservations(
  ds: Dataset,
  filters: ObservationFilters,
  { keepNational = false }: { keepNational?: boolean } = {},
): Observation[] {
  const index = indexDataset(ds);
  return ds.observations.filter((o) => {
    if (filters.provinces.length > 0) {
      const inProvince =
        o.scope.provinceCode !== undefined && filters.provinces.includes(o.scope.provinceCode);
      if (!inProvince && !(keepNational && isNationalScope(o))) return false;
    }
    if (filters.year !== null && o.period.year !== filters.year) return false;
    if (filters.category !== null && index.indicator(o.indicator)?.category !== filters.category)
      return false;
    return true;
  });
}

/** Events in the chosen year (events are national: the province filter does not apply to them). */
export function filterEvents(ds: Dataset, filters: ObservationFilters): PolicyEvent[] {
  return ds.events.filter((e) => filters.year === null || Number(e.date.slice(0, 4)) === filters.year);
}

/** Every year the dataset has a figure or an event for, ascending. */
export function datasetYears(ds: Dataset): number[] {
  const years = new Set<number>(ds.observations.map((o) => o.period.year));
  for (const e of ds.events) years.add(Number(e.date.slice(0, 4)));
  return [...years].sort((a, b) => a - b);
}

/**
 * The years whose figures are all local (no national figure): the overview, which shows national figures,
 * would be empty for them, so it says so and points to the local figures instead.
 */
export function localOnlyYears(ds: Dataset): number[] {
  const national = new Set<number>();
  const local = new Set<number>();
  for (const o of ds.observations) (isNationalScope(o) ? national : local).add(o.period.year);
  return [...local].filter((y) => !national.has(y)).sort((a, b) => a - b);
}

/** How many local figures each province has under the other filters (province filter ignored). */
export function countByProvince(ds: Dataset, filters: ObservationFilters): Map<string, number> {
  const counts = new Map<string, number>();
  for (const o of filterObservations(ds, { ...filters, provinces: [] })) {
    const code = o.scope.provinceCode;
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return counts;
}
