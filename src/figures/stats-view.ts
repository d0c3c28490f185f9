import { provinceShortName } from '../data/province-names';
import { PROVINCES } from '../data/provinces';
import type { Locale, Translate } from '../i18n/i18n';
import { formatNumber, formatPercent } from '../i18n/format';
import { joinList, midSentence } from '../i18n/sentence';
import type { StatsDataset } from '../data/stats-schema';
import type { PlanBar, YoyBar } from './stats-drill';
import type { TrendView } from './stats-trend';

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

/** "2024年有计划数的3个省份中，发文数完成计划比例最高的是甘肃（92%），最低的是…" — written from the bars. */
export function planSentence(
  bars: readonly PlanBar[],
  year: number,
  countLabel: string,
  unit: string,
  { t, locale }: Ctx,
  /** The area in the singular ("province"), for a sentence about one. */
  unitOne?: string,
): string {
  const high = bars[0];
  const low = bars.at(-1);
  if (!high || !low) return t('import.view.noPlan', { year });
  const what = midSentence(countLabel, locale);
  if (bars.length === 1)
    return t('import.view.planSentenceOne', {
      year,
      unit: unitOne ?? unit,
      what,
      high: high.label,
      highShare: formatPercent(high.value, locale),
    });
  return t('import.view.planSentence', {
    year,
    count: bars.length,
    unit,
    what,
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
  unit: string,
  { t, locale }: Ctx,
  unitOne?: string,
): string {
  if (bars.length === 0) return t('import.view.noYoy', { year });
  const falls = bars.filter((b) => b.change < 0).length;
  const first = bars[0]!;
  return t(bars.length === 1 ? 'import.view.yoySentenceOne' : 'import.view.yoySentence', {
    year,
    unit: bars.length === 1 ? (unitOne ?? unit) : unit,
    what: midSentence(countLabel, locale),
    falls,
    count: bars.length,
    first: first.label,
    change: formatPercent(Math.abs(first.change), locale),
    direction: first.change < 0 ? t('direction.fall') : t('direction.rise'),
  });
}

/** "合计、甘肃、湖北发文数，2020年至2024年。" — what the trend chart draws, for whom and over which years. */
export function trendSentence(view: TrendView, countLabel: string, { t, locale }: Ctx): string {
  const years = view.data.filter((d) => Object.entries(d).some(([k, v]) => k !== 'year' && v !== null));
  return t('import.view.trendSentence', {
    what: midSentence(countLabel, locale),
    who: joinList(
      view.series.map((s) => s.label),
      t,
    ),
    from: years[0]?.year ?? '—',
    to: years.at(-1)?.year ?? '—',
  });
}

/** A span of years as a reader writes it: "2023" for one year, "2020–2024" for several. */
export function yearSpan(years: readonly number[]): string {
  const sorted = [...years].sort((a, b) => a - b);
  const from = sorted[0];
  const to = sorted.at(-1);
  if (from === undefined || to === undefined) return '—';
  return from === to ? String(from) : `${from}–${to}`;
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
  areaDetails?: ReadonlyMap<string, readonly string[]>,
): ProvinceTile[] {
  return PROVINCES.map((p) => {
    const v = values.get(p.code) ?? null;
    return {
      code: p.code,
      label: locale === 'en' ? p.en.slice(0, 4) : provinceShortName(p, locale),
      name: provinceShortName(p, locale),
      value: v,
      valueLabel: v === null ? t('empty.none') : formatNumber(v, locale),
      selected: selected.includes(p.code),
      row: p.tile.row,
      col: p.tile.col,
      details:
        v === null || countLabel === undefined
          ? []
          : [`${countLabel}: ${formatNumber(v, locale)}`, ...(areaDetails?.get(p.code) ?? [])],
    };
  });
}
