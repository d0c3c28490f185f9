import { provinceShortName } from '../data/province-names';
import type { Locale } from '../i18n/i18n';
import { provinceByCode } from '../data/provinces';
import { PLAN_OF, type PlannedCount } from '../data/stats-columns';
import { groupFigure, groupPlan, groupYoy, type CurrentCount, type Figure } from '../data/derive-stats';
import { indexRows } from '../data/stats-index';
import type { StatsRow } from '../data/stats-schema';

/*
 * Drill-down over statistics rows (the import's row shape, whichever loader provided them): the charts
 * rank provinces; under one chosen province, its cities; under one chosen city, its counties. Every
 * figure of an area is summed over its places without counting any twice (derive-stats).
 */

/** What the bars of the charts are. */
export type DrillLevel = 'province' | 'city' | 'county';

export type Drill = {
  level: DrillLevel;
  /** The province drilled into (levels city and county). */
  province: string | null;
  /** The city drilled into (level county, when the counties have a city). */
  city: string | null;
};

/** One bar or line of a chart: a province, a city or a county, and its rows in a year. */
export type Area = { key: string; label: string; rowsIn: (year: number) => readonly StatsRow[] };

export function provinceName(code: string, locale: Locale): string {
  const p = provinceByCode(code);
  if (!p) return code;
  return provinceShortName(p, locale);
}

const cityRows = new WeakMap<readonly StatsRow[], Map<string, StatsRow[]>>();

/** The rows of one province, every year and level (cached per rows array). */
function rowsOfProvince(rows: readonly StatsRow[], province: string): StatsRow[] {
  let byProvince = cityRows.get(rows);
  if (!byProvince) {
    byProvince = new Map();
    for (const r of rows) {
      const list = byProvince.get(r.province);
      if (list) list.push(r);
      else byProvince.set(r.province, [r]);
    }
    cityRows.set(rows, byProvince);
  }
  return byProvince.get(province) ?? [];
}

const unique = (names: (string | undefined)[]): string[] => [
  ...new Set(names.filter((n): n is string => n !== undefined)),
];

/** The cities a file names under a province, in the order the file first names them. */
export function citiesOf(rows: readonly StatsRow[], province: string): string[] {
  return unique(rowsOfProvince(rows, province).map((r) => r.city));
}

/** The counties a file names under a province's city (null: the counties given without a city). */
export function countiesOf(rows: readonly StatsRow[], province: string, city: string | null): string[] {
  return unique(
    rowsOfProvince(rows, province)
      .filter((r) => (r.city ?? null) === city)
      .map((r) => r.county),
  );
}

/**
 * Where the filters put the charts: provinces, unless exactly one is chosen and the file has its cities
 * (or counties given without a city); then that province's cities, or, with one of its cities chosen, that
 * city's counties. A city the file does not name under the province is ignored, never an empty chart.
 */
export function drillOf(rows: readonly StatsRow[], provinces: readonly string[], city: string | null): Drill {
  const province = provinces.length === 1 ? provinces[0]! : null;
  if (province === null) return { level: 'province', province: null, city: null };
  const cities = citiesOf(rows, province);
  if (city !== null && cities.includes(city) && countiesOf(rows, province, city).length > 0)
    return { level: 'county', province, city };
  if (cities.length > 0) return { level: 'city', province, city: null };
  if (countiesOf(rows, province, null).length > 0) return { level: 'county', province, city: null };
  return { level: 'province', province: null, city: null };
}

/** The areas the charts rank at a drill level: the chosen provinces (all in the file when none is chosen). */
export function drillAreas(
  rows: readonly StatsRow[],
  drill: Drill,
  provinces: readonly string[],
  locale: Locale,
): Area[] {
  const index = indexRows(rows);
  if (drill.level === 'province' || drill.province === null) {
    const codes = provinces.length ? index.provinces.filter((p) => provinces.includes(p)) : index.provinces;
    return codes.map((code) => ({
      key: code,
      label: provinceName(code, locale),
      rowsIn: (year) => index.group(code, year),
    }));
  }
  const province = drill.province;
  const ofProvince = (year: number) => index.group(province, year);
  if (drill.level === 'city')
    return citiesOf(rows, province).map((city) => ({
      key: `${province}|${city}`,
      label: city,
      rowsIn: (year) => ofProvince(year).filter((r) => r.city === city),
    }));
  const city = drill.city;
  return countiesOf(rows, province, city).map((county) => ({
    key: `${province}|${city ?? ''}|${county}`,
    label: county,
    rowsIn: (year) => ofProvince(year).filter((r) => (r.city ?? null) === city && r.county === county),
  }));
}

/**
 * The rows the whole drilled area stands on in a year, as separate groups summed one by one: each chosen
 * province at the province level; the one province, or the one city, below it.
 */
export function drillWhole(
  rows: readonly StatsRow[],
  drill: Drill,
  areas: readonly Area[],
): (year: number) => (readonly StatsRow[])[] {
  const index = indexRows(rows);
  const province = drill.province;
  if (drill.level === 'province' || province === null) return (year) => areas.map((a) => a.rowsIn(year));
  if (drill.level === 'city' || drill.city === null) return (year) => [index.group(province, year)];
  const city = drill.city;
  return (year) => [index.group(province, year).filter((r) => r.city === city)];
}

/** The sum of several groups' figures; null when none has one. */
export function wholeFigure(groups: readonly (readonly StatsRow[])[], count: CurrentCount): Figure {
  let value: number | null = null;
  const lines: number[] = [];
  for (const g of groups) {
    const f = groupFigure(g, count);
    if (f.value === null) continue;
    value = (value ?? 0) + f.value;
    lines.push(...f.lines);
  }
  return { value, lines: lines.sort((a, b) => a - b) };
}

export type PlanBar = {
  key: string;
  label: string;
  /** Share of plan in percent. */
  value: number;
  actual: number;
  plan: number;
  lines: number[];
};

/** Whether a count has a plan column to be measured against. */
export function isPlanned(count: string): count is PlannedCount {
  return Object.hasOwn(PLAN_OF, count);
}

/** Share of plan per area, largest first; areas without both the count and its plan drop out. */
export function areaPlanBars(areas: readonly Area[], year: number, count: PlannedCount): PlanBar[] {
  return areas
    .flatMap((a) => {
      const f = groupPlan(a.rowsIn(year), count);
      return f.share === null || f.actual === null || f.plan === null
        ? []
        : [{ key: a.key, label: a.label, value: f.share, actual: f.actual, plan: f.plan, lines: f.lines }];
    })
    .sort((a, b) => b.value - a.value);
}

export type YoyBar = {
  key: string;
  label: string;
  change: number;
  value: number;
  previous: number;
  lines: number[];
};

/** Year on year per area, largest fall first; areas without last year's figure drop out. */
export function areaYoyBars(
  rows: readonly StatsRow[],
  areas: readonly Area[],
  year: number,
  count: CurrentCount,
): YoyBar[] {
  return areas
    .flatMap((a) => {
      const y = groupYoy(rows, a.rowsIn(year), count);
      return y.change === null || y.value === null || y.previous === null
        ? []
        : [
            {
              key: a.key,
              label: a.label,
              change: y.change,
              value: y.value,
              previous: y.previous,
              lines: y.lines,
            },
          ];
    })
    .sort((a, b) => a.change - b.change);
}

export type AreaValue = { key: string; label: string; value: number; lines: number[] };

/** Each area's figure in a year, largest first; areas without one drop out (they are "—", never 0). */
export function areaValues(areas: readonly Area[], year: number, count: CurrentCount): AreaValue[] {
  return areas
    .flatMap((a) => {
      const f = groupFigure(a.rowsIn(year), count);
      return f.value === null ? [] : [{ key: a.key, label: a.label, value: f.value, lines: f.lines }];
    })
    .sort((a, b) => b.value - a.value);
}
