import { placeKey, type StatsRow } from './stats-schema';

/** Lookups over a set of rows, built once per rows array. */
export type StatsIndex = {
  /** Years present, ascending. */
  years: number[];
  /** Province codes present, ascending. */
  provinces: string[];
  /** The rows of one province and year, every level (province, city, county). */
  group: (province: string, year: number) => readonly StatsRow[];
  /** The row of one place and year. */
  row: (place: string, year: number) => StatsRow | undefined;
};

const cache = new WeakMap<readonly StatsRow[], StatsIndex>();

export function indexRows(rows: readonly StatsRow[]): StatsIndex {
  const cached = cache.get(rows);
  if (cached) return cached;
  const groups = new Map<string, StatsRow[]>();
  const years = new Set<number>();
  const provinces = new Set<string>();
  for (const r of rows) {
    const g = `${r.province}|${r.year}`;
    const list = groups.get(g);
    if (list) list.push(r);
    else groups.set(g, [r]);
    years.add(r.year);
    provinces.add(r.province);
  }
  // Built on first use: totals and charts need only the groups; a change needs the place lookup.
  let byPlace: Map<string, StatsRow> | undefined;
  const place = () => (byPlace ??= new Map(rows.map((r) => [`${placeKey(r)}|${r.year}`, r])));
  const index: StatsIndex = {
    years: [...years].sort((a, b) => a - b),
    provinces: [...provinces].sort(),
    group: (province, year) => groups.get(`${province}|${year}`) ?? [],
    row: (key, year) => place().get(`${key}|${year}`),
  };
  cache.set(rows, index);
  return index;
}

/**
 * The rows that stand for a province in one year, for a figure each row may or may not carry (`has`),
 * so that nothing is counted twice: the province's own row where it has the figure; otherwise, per city,
 * the city's row, or else that city's county rows; plus county rows given without a city.
 */
export function representativeRows(group: readonly StatsRow[], has: (row: StatsRow) => boolean): StatsRow[] {
  const provinceRow = group.find((r) => r.city === undefined && r.county === undefined && has(r));
  if (provinceRow) return [provinceRow];
  // The common case, a county-level file: no province or city rows, so every county row stands for itself.
  if (group.every((r) => r.county !== undefined)) return group.filter(has);
  const cityRows = new Map<string, StatsRow>();
  const countyRows = new Map<string, StatsRow[]>();
  const loose: StatsRow[] = [];
  for (const r of group) {
    if (!has(r)) continue;
    if (r.city === undefined) {
      if (r.county !== undefined) loose.push(r);
    } else if (r.county === undefined) cityRows.set(r.city, r);
    else {
      const list = countyRows.get(r.city);
      if (list) list.push(r);
      else countyRows.set(r.city, [r]);
    }
  }
  const out: StatsRow[] = [...cityRows.values()];
  for (const [city, list] of countyRows) if (!cityRows.has(city)) out.push(...list);
  out.push(...loose);
  return out.sort((a, b) => a.line - b.line);
}
