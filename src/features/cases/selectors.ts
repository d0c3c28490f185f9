import { joinList } from '../../i18n/sentence';
import { provinceFullName, provinceShortName } from '../../data/province-names';
import { inLocale } from '../../data/localized';
import { latestAsOf, type AsOf } from '../../data/as-of';
import { computedChange, indexDataset } from '../../data/derive';
import { PROVINCES, provinceByCode, type Province } from '../../data/provinces';
import type { Dataset, Indicator, Observation, Source } from '../../data/schema';
import { filterObservations, isNationalScope } from '../../data/select';
import type { Locale, Translate } from '../../i18n/i18n';
import type { UrlState } from '../../state/url-state';

/** A local figure with what a card needs beside it: its indicator, its province and its changes. */
export type CaseRow = {
  id: string;
  observation: Observation;
  indicator: Indicator;
  /** The province the figure is from; null for a place the source names no province of (东北某县). */
  province: Province | null;
  /** Change the datum's own counts give (value against baseline), in percent; null without both. */
  computed: number | null;
  /** Change as the source states it (against the baseline or year on year); null where it states none. */
  stated: number | null;
};

/** A case is a figure from one place: its scope names a province, or is a place the source leaves unnamed. */
export function isCase(o: Observation): boolean {
  return !isNationalScope(o);
}

function toRow(ds: Dataset, o: Observation): CaseRow | null {
  const index = indexDataset(ds);
  const indicator = index.indicator(o.indicator);
  const code = o.scope.provinceCode;
  const province = code ? provinceByCode(code) : null;
  if (!indicator || province === undefined) return null;
  return {
    id: o.id,
    observation: o,
    indicator,
    province,
    computed: computedChange(o),
    stated: o.statedChange ?? o.yoyChange ?? null,
  };
}

/** The local figures the filters keep, in dataset order; never a national figure. */
export function selectCases(ds: Dataset, filters: UrlState): CaseRow[] {
  return filterObservations(ds, filters).flatMap((o) => (isCase(o) ? (toRow(ds, o) ?? []) : []));
}

/** National figures under the year and category filters (the province filter never removes them). */
export function selectNationalFigures(
  ds: Dataset,
  filters: UrlState,
): { observation: Observation; indicator: Indicator }[] {
  const index = indexDataset(ds);
  return filterObservations(ds, { ...filters, provinces: [] }).flatMap((o) => {
    const indicator = isNationalScope(o) ? index.indicator(o.indicator) : undefined;
    return indicator ? [{ observation: o, indicator }] : [];
  });
}

export const CASE_SORTS = ['reduction', 'year', 'province'] as const;
export type CaseSort = (typeof CASE_SORTS)[number];

export function isCaseSort(value: unknown): value is CaseSort {
  return typeof value === 'string' && (CASE_SORTS as readonly string[]).includes(value);
}

const provinceRank = new Map(PROVINCES.map((p, i) => [p.code, i]));
const rankOf = (r: CaseRow) => (r.province && provinceRank.get(r.province.code)) ?? PROVINCES.length;

/** Provinces in the order of the GB/T 2260 code list (region by region), unnamed places last, then newest first. */
function byProvinceThenYear(a: CaseRow, b: CaseRow): number {
  return rankOf(a) - rankOf(b) || b.observation.period.year - a.observation.period.year;
}

/**
 * How much a figure fell, for ordering: the computed change first; a figure whose counts give none
 * ranks after every computed one, by the change its source states, and one with neither comes last.
 */
function reductionKey(r: CaseRow): [tier: number, change: number] {
  if (r.computed !== null) return [0, r.computed];
  if (r.stated !== null) return [1, r.stated];
  return [2, 0];
}

/** The rows in the chosen order; stable, so equal keys keep the dataset order. */
export function sortCases(rows: readonly CaseRow[], sort: CaseSort): CaseRow[] {
  const sorted = [...rows];
  if (sort === 'reduction') {
    sorted.sort((a, b) => {
      const [ta, ca] = reductionKey(a);
      const [tb, cb] = reductionKey(b);
      // The most negative change is the largest reduction.
      return ta - tb || ca - cb || byProvinceThenYear(a, b);
    });
  } else if (sort === 'year') {
    sorted.sort((a, b) => b.observation.period.year - a.observation.period.year || rankOf(a) - rankOf(b));
  } else {
    sorted.sort(byProvinceThenYear);
  }
  return sorted;
}

export type CaseGroup = {
  key: string;
  /** What the group is headed by: nothing (one ranked list), a province or a year. */
  heading:
    | { kind: 'none' }
    | { kind: 'province'; province: Province }
    | { kind: 'unnamed' }
    | { kind: 'year'; year: number };
  rows: CaseRow[];
};

/** Sorted rows in groups: one list when ranked by reduction, otherwise one group per province or year. */
export function groupCases(rows: readonly CaseRow[], sort: CaseSort): CaseGroup[] {
  const sorted = sortCases(rows, sort);
  if (sort === 'reduction')
    return sorted.length ? [{ key: 'all', heading: { kind: 'none' }, rows: sorted }] : [];
  const groups: CaseGroup[] = [];
  for (const row of sorted) {
    const key = sort === 'year' ? String(row.observation.period.year) : (row.province?.code ?? 'unnamed');
    let group = groups.at(-1);
    if (group?.key !== key) {
      group = {
        key,
        heading:
          sort === 'year'
            ? { kind: 'year', year: row.observation.period.year }
            : row.province
              ? { kind: 'province', province: row.province }
              : { kind: 'unnamed' },
        rows: [],
      };
      groups.push(group);
    }
    group.rows.push(row);
  }
  return groups;
}

/** One tile of the map: a province and its local figures under the year and category filters. */
export type ProvinceTile = { province: Province; count: number; rows: CaseRow[] };

/**
 * Every provincial unit, each with its cases under the filters; the province filter is ignored. A place
 * the source names no province of has no tile (see `countUnplaced`).
 */
export function selectProvinceTiles(ds: Dataset, filters: UrlState): ProvinceTile[] {
  const byProvince = new Map<string, CaseRow[]>();
  for (const row of selectCases(ds, { ...filters, provinces: [] })) {
    if (!row.province) continue;
    const list = byProvince.get(row.province.code) ?? [];
    list.push(row);
    byProvince.set(row.province.code, list);
  }
  return PROVINCES.map((province) => {
    const rows = byProvince.get(province.code) ?? [];
    return { province, count: rows.length, rows };
  });
}

/** How many cases under the filters (province filter ignored) are from places without a province, so no tile. */
export function countUnplaced(ds: Dataset, filters: UrlState): number {
  return selectCases(ds, { ...filters, provinces: [] }).filter((row) => row.province === null).length;
}

/** Shade steps of the tile map: fixed, so a shade means the same count under every filter. */
export const TILE_STEPS: readonly { from: number; to: number | null }[] = [
  { from: 1, to: 1 },
  { from: 2, to: 3 },
  { from: 4, to: 6 },
  { from: 7, to: null },
];

/** The distinct indicator names of a province's cases, first seen first, at most `limit`. */
export function tileIndicatorNames(tile: ProvinceTile, locale: Locale, limit = 3): string[] {
  const names = [...new Set(tile.rows.map((r) => inLocale(r.indicator.name, locale)))];
  return names.slice(0, limit);
}

type Ctx = { t: Translate; locale: Locale };

export const provinceShort = (p: Province, locale: Locale) => provinceShortName(p, locale);
export const provinceName = (p: Province, locale: Locale) => provinceFullName(p, locale);

/** "共14个省份有地方数据，江苏最多（10条）", computed from the tiles; ties name every leader. */
export function tileMapConclusion(tiles: readonly ProvinceTile[], { t, locale }: Ctx): string {
  const withData = tiles.filter((tile) => tile.count > 0);
  if (withData.length === 0) return t('cases.mapConclusionNone');
  const max = Math.max(...withData.map((tile) => tile.count));
  const leaders = withData.filter((tile) => tile.count === max);
  const names = joinList(
    leaders.map((tile) => provinceShort(tile.province, locale)),
    t,
  );
  if (withData.length === 1) return t('cases.mapConclusionOne', { names, max });
  return t(leaders.length > 1 ? 'cases.mapConclusionTie' : 'cases.mapConclusion', {
    count: withData.length,
    names,
    max,
  });
}

/** "3条数据" / "3 figures". */
export function figureCount(count: number, t: Translate): string {
  return t(count === 1 ? 'cases.countOne' : 'cases.countOther', { count });
}

/**
 * How recent the tile map is and what it cites: the latest 截至 among the figures on its tiles (the year and
 * category filters; the province filter only marks tiles), and their sources, each once.
 */
export function mapProvenance(ds: Dataset, filters: UrlState): { asOf: AsOf | null; sources: Source[] } {
  const shown = selectProvinceTiles(ds, filters).flatMap((tile) => tile.rows.map((r) => r.observation));
  const cited = new Set(shown.map((o) => o.source));
  return { asOf: latestAsOf(shown), sources: ds.sources.filter((s) => cited.has(s.id)) };
}
