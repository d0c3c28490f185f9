import { percentChange } from './derive';
import {
  COUNT_KEYS,
  PLAN_OF,
  PLANNED_COUNTS,
  PREV_OF,
  type CountKey,
  type CURRENT_COUNTS,
  type PlannedCount,
} from './stats-columns';
import { indexRows, representativeRows, type StatsIndex } from './stats-index';
import { placeKey, type StatsRow } from './stats-schema';

/*
 * Derived figures of loaded statistics, computed one way: year on year through `percentChange` (the app's
 * one change formula), share of plan through `shareOfPlan`. A division by zero gives null (shown as "—"),
 * never Infinity or NaN. Every figure carries the file lines it was computed from.
 */

/** This year's own counts: the ones a change or a chart is about (not the last-year columns). */
export type CurrentCount = (typeof CURRENT_COUNTS)[number];

export type Figure = { value: number | null; lines: number[] };

export type YoyFigure = {
  /** This year, summed over the places that also have last year's figure. */
  value: number | null;
  previous: number | null;
  /** In percent; negative is a fall. Null without a pair or where last year is 0. */
  change: number | null;
  lines: number[];
  /** Places that carry this year's figure, and of them those with last year's figure too. */
  places: number;
  placesCompared: number;
};

export type PlanFigure = {
  actual: number | null;
  plan: number | null;
  /** actual ÷ plan in percent; null without both or where the plan is 0. */
  share: number | null;
  lines: number[];
};

/** Share of plan in percent; null where the plan is 0 or either figure (or the quotient) is not finite. */
export function shareOfPlan(actual: number, plan: number): number | null {
  if (plan === 0 || !Number.isFinite(plan) || !Number.isFinite(actual)) return null;
  const share = (actual / plan) * 100;
  return Number.isFinite(share) ? share : null;
}

const has = (count: CountKey) => (r: StatsRow) => r[count] !== undefined;

function sum(rows: readonly StatsRow[], count: CountKey): number {
  let total = 0;
  for (const r of rows) total += r[count] ?? 0;
  return total;
}

/** Last year's figure for one row: its own last-year column where filled, else the place's prior-year row. */
export function previousOf(rows: readonly StatsRow[], row: StatsRow, count: CurrentCount): Figure {
  const prevKey = (PREV_OF as Partial<Record<CountKey, CountKey>>)[count];
  const own = prevKey === undefined ? undefined : row[prevKey];
  if (own !== undefined) return { value: own, lines: [row.line] };
  const prior = indexRows(rows).row(placeKey(row), row.year - 1);
  const value = prior?.[count];
  return value === undefined || !prior ? { value: null, lines: [] } : { value, lines: [prior.line] };
}

function yoyOf(rows: readonly StatsRow[], chosen: readonly StatsRow[], count: CurrentCount): YoyFigure {
  let value = 0;
  let previous = 0;
  let compared = 0;
  const lines: number[] = [];
  for (const r of chosen) {
    const prev = previousOf(rows, r, count);
    const current = r[count];
    if (prev.value === null || current === undefined) continue;
    value += current;
    previous += prev.value;
    compared += 1;
    lines.push(r.line, ...prev.lines.filter((l) => l !== r.line));
  }
  if (compared === 0)
    return { value: null, previous: null, change: null, lines: [], places: chosen.length, placesCompared: 0 };
  const change = percentChange(previous, value);
  return {
    value,
    previous,
    change,
    lines: lines.sort((a, b) => a - b),
    places: chosen.length,
    placesCompared: compared,
  };
}

/** Year on year for one row (one place). */
export function rowYoy(rows: readonly StatsRow[], row: StatsRow, count: CurrentCount): YoyFigure {
  return yoyOf(rows, row[count] === undefined ? [] : [row], count);
}

function planOf(chosen: readonly StatsRow[], count: PlannedCount): PlanFigure {
  if (chosen.length === 0) return { actual: null, plan: null, share: null, lines: [] };
  const actual = sum(chosen, count);
  const plan = sum(chosen, PLAN_OF[count]);
  return { actual, plan, share: shareOfPlan(actual, plan), lines: chosen.map((r) => r.line) };
}

const hasPlanPair = (count: PlannedCount) => (r: StatsRow) =>
  r[count] !== undefined && r[PLAN_OF[count]] !== undefined;

/** Share of plan for one row; only where the row has both the count and its plan. */
export function rowPlanShare(row: StatsRow, count: PlannedCount): PlanFigure {
  return planOf(hasPlanPair(count)(row) ? [row] : [], count);
}

/**
 * The figure of one area's rows in one year (a province's, a city's or a county's), summed over its places
 * without counting any twice; null where no row carries the count.
 */
export function groupFigure(group: readonly StatsRow[], count: CountKey): Figure {
  const chosen = representativeRows(group, has(count));
  return chosen.length
    ? { value: sum(chosen, count), lines: chosen.map((r) => r.line) }
    : { value: null, lines: [] };
}

/** Year on year of one area's rows in one year; `rows` is the whole file, where last year's rows are found. */
export function groupYoy(
  rows: readonly StatsRow[],
  group: readonly StatsRow[],
  count: CurrentCount,
): YoyFigure {
  return yoyOf(rows, representativeRows(group, has(count)), count);
}

/** Share of plan of one area's rows in one year, over the places that carry both the count and its plan. */
export function groupPlan(group: readonly StatsRow[], count: PlannedCount): PlanFigure {
  return planOf(representativeRows(group, hasPlanPair(count)), count);
}

/** A province's figure for a year, summed over its places without counting any twice. */
export function provinceFigure(
  rows: readonly StatsRow[],
  province: string,
  year: number,
  count: CountKey,
): Figure {
  return groupFigure(indexRows(rows).group(province, year), count);
}

export function provinceYoyFigure(
  rows: readonly StatsRow[],
  province: string,
  year: number,
  count: CurrentCount,
): YoyFigure {
  return yoyOf(rows, representativeRows(indexRows(rows).group(province, year), has(count)), count);
}

/** Provinces with any row in `year`, ascending by code. */
function provincesIn(index: StatsIndex, year: number): string[] {
  return index.provinces.filter((p) => index.group(p, year).length > 0);
}

/** Per province with rows in `year`: documents and meetings against their plans (sums over places). */
export function provincePlanCompletion(
  rows: readonly StatsRow[],
  year: number,
): ({ province: string } & Record<PlannedCount, PlanFigure>)[] {
  const index = indexRows(rows);
  return provincesIn(index, year).map((province) => {
    const group = index.group(province, year);
    const entry = { province } as { province: string } & Record<PlannedCount, PlanFigure>;
    for (const count of PLANNED_COUNTS)
      entry[count] = planOf(representativeRows(group, hasPlanPair(count)), count);
    return entry;
  });
}

export type RankedYoy = YoyFigure & { province: string; rank: number | null };

/** Year on year per province, ranked: the largest fall first; provinces without a change last, unranked. */
export function provinceYoy(rows: readonly StatsRow[], year: number, count: CurrentCount): RankedYoy[] {
  const index = indexRows(rows);
  const entries = provincesIn(index, year).map((province) => ({
    province,
    ...provinceYoyFigure(rows, province, year, count),
  }));
  entries.sort((a, b) => {
    if (a.change === null || b.change === null) return a.change === null ? (b.change === null ? 0 : 1) : -1;
    return a.change - b.change;
  });
  let rank = 0;
  return entries.map((e) => ({ ...e, rank: e.change === null ? null : (rank += 1) }));
}

export type TrendPoint = { year: number; values: Record<string, Figure>; total: Figure };

/**
 * One point per year in the file: each province's figure (all provinces in the file when `provinces` is
 * empty) and their total over the provinces that have one.
 */
export function trend(
  rows: readonly StatsRow[],
  provinces: readonly string[],
  count: CountKey,
): TrendPoint[] {
  const index = indexRows(rows);
  const selected = provinces.length ? provinces : index.provinces;
  return index.years.map((year) => {
    const values: Record<string, Figure> = {};
    let total: number | null = null;
    const lines: number[] = [];
    for (const p of selected) {
      const f = provinceFigure(rows, p, year, count);
      values[p] = f;
      if (f.value !== null) {
        total = (total ?? 0) + f.value;
        lines.push(...f.lines);
      }
    }
    return { year, values, total: { value: total, lines: lines.sort((a, b) => a - b) } };
  });
}

/** Each province's figure for the tile map: only provinces that have one. */
export function provinceValues(
  rows: readonly StatsRow[],
  year: number,
  count: CountKey,
): { province: string; value: number; lines: number[] }[] {
  const index = indexRows(rows);
  return provincesIn(index, year).flatMap((province) => {
    const f = provinceFigure(rows, province, year, count);
    return f.value === null ? [] : [{ province, value: f.value, lines: f.lines }];
  });
}

/** Every count summed over all provinces and years (each province-year without double counting). */
export function totals(rows: readonly StatsRow[]): Record<CountKey, number | null> {
  const index = indexRows(rows);
  const out = Object.fromEntries(COUNT_KEYS.map((k) => [k, null])) as Record<CountKey, number | null>;
  for (const year of index.years)
    for (const province of index.provinces)
      for (const count of COUNT_KEYS) {
        const f = provinceFigure(rows, province, year, count);
        if (f.value !== null) out[count] = (out[count] ?? 0) + f.value;
      }
  return out;
}
