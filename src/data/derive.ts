import type { Dataset, Indicator, Observation, Source } from './schema';

/**
 * Derived figures are computed one way, here. A division by zero gives null (shown as "—"),
 * never Infinity or NaN.
 */
export function percentChange(from: number, to: number): number | null {
  if (from === 0 || !Number.isFinite(from) || !Number.isFinite(to)) return null;
  return ((to - from) / from) * 100;
}

/** The change a datum's own counts give (value against baseline), or null without both. */
export function computedChange(o: Observation): number | null {
  if (o.value === undefined || o.baseline === undefined) return null;
  return percentChange(o.baseline.value, o.value);
}

/** Rounds for display and comparison at one decimal, the precision the sources print. */
export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Lookup tables over a dataset, built once per dataset. */
export type DatasetIndex = {
  indicator: (id: string) => Indicator | undefined;
  source: (id: string) => Source | undefined;
  observation: (id: string) => Observation | undefined;
};

const indexCache = new WeakMap<Dataset, DatasetIndex>();

export function indexDataset(ds: Dataset): DatasetIndex {
  const cached = indexCache.get(ds);
  if (cached) return cached;
  const indicators = new Map(ds.indicators.map((i) => [i.id, i]));
  const sources = new Map(ds.sources.map((s) => [s.id, s]));
  const observations = new Map(ds.observations.map((o) => [o.id, o]));
  const index: DatasetIndex = {
    indicator: (id) => indicators.get(id),
    source: (id) => sources.get(id),
    observation: (id) => observations.get(id),
  };
  indexCache.set(ds, index);
  return index;
}
