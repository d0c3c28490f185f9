import { PROVINCES, provinceByCode } from '../data/provinces';
import type { Locale, Translate } from '../i18n/i18n';
import { formatNumber, formatPercent } from '../i18n/format';
import type { StatsDataset, StatsRow } from '../data/stats-schema';
import { provincePlanCompletion, provinceValues, provinceYoy, trend } from '../data/derive-stats';
import type { CountKey } from '../data/stats-columns';

/** The counts a user can chart: what is shaded on the map and ranked year on year. */
export const CHARTED_COUNTS = ['documents', 'meetings', 'inspections', 'workGroups'] as const;
export type ChartedCount = (typeof CHARTED_COUNTS)[number];

export function isChartedCount(value: string): value is ChartedCount {
  return (CHARTED_COUNTS as readonly string[]).includes(value);
}

/** The years a dataset covers, ascending. */
export function statsYears(ds: StatsDataset): number[] {
  return [...new Set(ds.rows.map((r) => r.year))].sort((a, b) => a - b);
}

/** The year the charts show: the chosen one if the dataset has it, else the latest. */
export function chartYear(ds: StatsDataset, chosen: number | null): number | null {
  const years = statsYears(ds);
  if (chosen !== null && years.includes(chosen)) return chosen;
  return years.at(-1) ?? null;
}

/** Rows of the chosen provinces (all when none is chosen). */
export function rowsFor(rows: readonly StatsRow[], provinces: readonly string[]): StatsRow[] {
  return provinces.length === 0 ? [...rows] : rows.filter((r) => provinces.includes(r.province));
}

export function provinceName(code: string, locale: Locale): string {
  const p = provinceByCode(code);
  if (!p) return code;
  return locale === 'en' ? p.en : p.short;
}

export type PlanBar = { key: string; label: string; value: number; lines: number[] };

/** Share of the annual plan per province for one count, largest first; provinces without a plan drop out. */
export function planBars(
  rows: readonly StatsRow[],
  year: number,
  count: 'documents' | 'meetings',
  locale: Locale,
): PlanBar[] {
  return provincePlanCompletion(rows, year)
    .flatMap((p) => {
      const f = p[count];
      return f.share === null
        ? []
        : [{ key: p.province, label: provinceName(p.province, locale), value: f.share, lines: f.lines }];
    })
    .sort((a, b) => b.value - a.value);
}

export type YoyBar = { key: string; label: string; change: number; lines: number[] };

/** Year-on-year change per province, largest fall first; provinces without last year's figure drop out. */
export function yoyBars(
  rows: readonly StatsRow[],
  year: number,
  count: ChartedCount,
  locale: Locale,
): YoyBar[] {
  return provinceYoy(rows, year, count).flatMap((y) =>
    y.change === null
      ? []
      : [{ key: y.province, label: provinceName(y.province, locale), change: y.change, lines: y.lines }],
  );
}

export type TrendSeries = { key: string; label: string };

const TREND_COLORS = [
  'var(--chart-1)',
  'var(--chart-2)',
  'var(--chart-good)',
  'var(--chart-warn)',
  'var(--chart-mark)',
] as const;

/** The colour of the i-th trend line, the same in the import view and the deck. */
export const trendLineColor = (i: number): string => TREND_COLORS[i % TREND_COLORS.length]!;
export type TrendDatum = { year: number } & Record<string, number | null>;

/** One line per chosen province (or the total when none is chosen) across the years. */
export function trendData(
  rows: readonly StatsRow[],
  provinces: readonly string[],
  count: CountKey,
  locale: Locale,
  totalLabel: string,
): { series: TrendSeries[]; data: TrendDatum[] } {
  const points = trend(rows, provinces, count);
  if (provinces.length === 0) {
    return {
      series: [{ key: 'total', label: totalLabel }],
      data: points.map((p) => ({ year: p.year, total: p.total.value })),
    };
  }
  return {
    series: provinces.map((code) => ({ key: code, label: provinceName(code, locale) })),
    data: points.map((p) => ({
      year: p.year,
      ...Object.fromEntries(provinces.map((code) => [code, p.values[code]?.value ?? null])),
    })),
  };
}

/** Values per province for the tile map. */
export function tileValues(
  rows: readonly StatsRow[],
  year: number,
  count: ChartedCount,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const v of provinceValues(rows, year, count)) if (v.value !== null) out.set(v.province, v.value);
  return out;
}

/** A shade step of the tile map's legend (the shape TileMap takes). */
export type ShadeStep = { from: number; to: number | null; label: string };

/** The map's shade steps: quarters of the largest value, each labelled with its upper bound. */
export function tileSteps(max: number, locale: Locale): ShadeStep[] {
  if (max === 0) return [{ from: 0, to: null, label: '0' }];
  return [0.25, 0.5, 0.75, 1].map((q, i, all) => ({
    from: i === 0 ? 1 : Math.floor(max * all[i - 1]!) + 1,
    to: q === 1 ? null : Math.floor(max * q),
    label:
      q === 1
        ? `≥${formatNumber(Math.floor(max * 0.75) + 1, locale)}`
        : `≤${formatNumber(Math.floor(max * q), locale)}`,
  }));
}

type Ctx = { t: Translate; locale: Locale };

/** "2024年，3个省份发文完成计划的比例最高的是甘肃（92%），最低的是…" — written from the bars. */
export function planSentence(
  bars: readonly PlanBar[],
  year: number,
  countLabel: string,
  { t, locale }: Ctx,
): string {
  const high = bars[0];
  const low = bars.at(-1);
  if (!high || !low) return t('import.view.noPlan', { year });
  return t('import.view.planSentence', {
    year,
    count: bars.length,
    what: countLabel,
    high: high.label,
    highShare: formatPercent(high.value, locale),
    low: low.label,
    lowShare: formatPercent(low.value, locale),
  });
}

export function yoySentence(
  bars: readonly YoyBar[],
  year: number,
  countLabel: string,
  { t, locale }: Ctx,
): string {
  if (bars.length === 0) return t('import.view.noYoy', { year });
  const falls = bars.filter((b) => b.change < 0).length;
  const first = bars[0]!;
  return t('import.view.yoySentence', {
    year,
    what: countLabel,
    falls,
    count: bars.length,
    first: first.label,
    change: formatPercent(Math.abs(first.change), locale),
    direction: first.change < 0 ? t('direction.fall') : t('direction.rise'),
  });
}

/** "合计发文数，2020年至2024年。" — what the trend chart draws, for whom and over which years. */
export function trendSentence(
  data: readonly TrendDatum[],
  provinces: readonly string[],
  countLabel: string,
  { t, locale }: Ctx,
): string {
  return t('import.view.trendSentence', {
    what: countLabel,
    who: provinces.length
      ? provinces.map((c) => provinceName(c, locale)).join(t('text.listJoin'))
      : t('import.view.total'),
    from: data[0]?.year ?? '—',
    to: data.at(-1)?.year ?? '—',
  });
}

/**
 * File lines as runs: [2, 3, 4, 7, 9, 10] → "2–4, 7, 9–10" (joined the locale's way). At most `limit` runs
 * are listed, then an ellipsis; the caller says how many lines there are in all.
 */
export function lineRuns(lines: readonly number[], t: Translate, limit = 8): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j += 1;
    runs.push(j === i ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  const shown = runs.slice(0, limit).join(t('text.listJoin'));
  return runs.length > limit ? `${shown}…` : shown;
}

/** A province's tile as the tile map draws it (the shape of TileMapTile's props; figures import no component). */
export type ProvinceTile = {
  code: string;
  label: string;
  name: string;
  value: number | null;
  valueLabel: string;
  selected: boolean;
  row: number;
  col: number;
  details: readonly string[];
};

/**
 * One tile per province for the tile map, shaded by its value (none: "no data"); with `countLabel`, each
 * tile's details name the count. The import view and the deck draw the same tiles.
 */
export function statsTiles(
  values: ReadonlyMap<string, number>,
  selected: readonly string[],
  { t, locale }: Ctx,
  countLabel?: string,
): ProvinceTile[] {
  return PROVINCES.map((p) => {
    const v = values.get(p.code) ?? null;
    return {
      code: p.code,
      label: locale === 'en' ? p.en.slice(0, 4) : p.short,
      name: locale === 'en' ? p.en : p.short,
      value: v,
      valueLabel: v === null ? t('empty.none') : formatNumber(v, locale),
      selected: selected.includes(p.code),
      row: p.tile.row,
      col: p.tile.col,
      details: v === null || countLabel === undefined ? [] : [`${countLabel}: ${formatNumber(v, locale)}`],
    };
  });
}
