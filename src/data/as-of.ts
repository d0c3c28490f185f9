import type { Observation } from './schema';

export type AsOf = { kind: 'date'; iso: string } | { kind: 'year'; year: number };

/**
 * How recent a set of figures is: the latest year among them and, within that year, the latest 截至
 * date any of them prints (a figure given only by year does not outrank a dated one of the same year;
 * it would claim a day no source prints). The year alone where no figure of it is dated; null for none.
 * Used for every stamp that covers several figures (a slide, an embedded chart, a printed page).
 */
export function latestAsOf(observations: readonly Observation[]): AsOf | null {
  if (observations.length === 0) return null;
  const year = Math.max(...observations.map((o) => o.period.year));
  const dates = observations
    .filter((o) => o.period.year === year && o.period.asOf)
    .map((o) => o.period.asOf!)
    .sort();
  const iso = dates[dates.length - 1];
  return iso ? { kind: 'date', iso } : { kind: 'year', year };
}
