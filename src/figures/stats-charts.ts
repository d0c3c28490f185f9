import { midSentence } from '../i18n/sentence';
import type { Locale, Translate } from '../i18n/i18n';
import { formatNumber, formatPercent } from '../i18n/format';
import type { ChartedCount } from '../data/stats-counts';
import { PLAN_OF } from '../data/stats-columns';
import { columnLabel } from './column-label';
import type { StatsRow } from '../data/stats-schema';
import {
  areaPlanBars,
  areaValues,
  areaYoyBars,
  drillAreas,
  drillOf,
  isPlanned,
  provinceName,
  type AreaValue,
  type Drill,
  type PlanBar,
  type YoyBar,
} from './stats-drill';
import { MAX_TREND_LINES, trendView, type TrendView } from './stats-trend';
import { planSentence, trendSentence, yoySentence } from './stats-view';

type Ctx = { t: Translate; locale: Locale };

export type StatsChartsInput = {
  provinces: readonly string[];
  city: string | null;
  /** The year the ranked charts and the map show (the trend shows every year). */
  year: number;
  count: ChartedCount;
};

/** A chart's title, its sentence and the file lines its figures come from. */
type ChartText = { title: string; conclusion: string; lines: number[] };

export type StatsCharts = {
  drill: Drill;
  count: ChartedCount;
  countLabel: string;
  /** "各省" / "甘肃各市" / "兰州市各县". */
  scope: string;
  plan: ChartText & {
    bars: PlanBar[];
    /** "会议数 ÷ 会议计划数", or null where the count has no plan column. */
    basis: string | null;
  };
  yoy: ChartText & { bars: YoyBar[] };
  trend: ChartText & {
    view: TrendView;
    /** Why some areas have no line of their own, or how to get them; null when nothing to say. */
    note: string | null;
  };
  map: ChartText & {
    /** Province code → the count, only for provinces with a figure (the others are "no data"). */
    values: Map<string, number>;
    /** Province code → its cities' figures, for the tile's details. */
    details: Map<string, string[]>;
  };
  /** The drilled areas' figures (cities or counties), largest first; empty at the province level. */
  breakdown: AreaValue[];
};

const DETAIL_AREAS = 6;

/**
 * Everything the statistics charts show for a dataset's rows under the filters: the drill level, each chart's
 * bars or lines, title, sentence and file lines. The statistics view and its deck both draw these.
 */
export function statsCharts(rows: readonly StatsRow[], input: StatsChartsInput, ctx: Ctx): StatsCharts {
  const { t, locale } = ctx;
  const { provinces, year, count } = input;
  const drill = drillOf(rows, provinces, input.city);
  const areas = drillAreas(rows, drill, provinces, locale);
  const countLabel = columnLabel(count, t, locale);
  const place = drill.city ?? (drill.province === null ? '' : provinceName(drill.province, locale));
  const scope =
    drill.level === 'province'
      ? t('import.view.scope.province')
      : t(`import.view.scope.${drill.level}`, { place });
  const unit = t(`import.view.unit.${drill.level}`);
  const unitOne = t(`import.view.unitOne.${drill.level}`);

  const planned = isPlanned(count);
  const planBars = planned ? areaPlanBars(areas, year, count) : [];
  const yoyBars = areaYoyBars(rows, areas, year, count);
  const byArea = drill.level !== 'province' || provinces.length > 0;
  const trend = trendView(rows, drill, areas, count, {
    totalLabel: place ? t('import.view.placeTotal', { place }) : t('import.view.total'),
    byArea,
  });

  const provinceAreas = drillAreas(rows, { level: 'province', province: null, city: null }, [], locale);
  const mapValues = areaValues(provinceAreas, year, count);
  const details = new Map<string, string[]>();
  for (const v of mapValues) {
    const cities = areaValues(
      drillAreas(rows, { level: 'city', province: v.key, city: null }, [v.key], locale),
      year,
      count,
    );
    if (cities.length === 0) continue;
    const shown = cities.slice(0, DETAIL_AREAS).map((c) => `${c.label} ${formatNumber(c.value, locale)}`);
    if (cities.length > DETAIL_AREAS)
      shown.push(t('import.view.moreAreas', { count: cities.length - DETAIL_AREAS }));
    details.set(v.key, shown);
  }

  return {
    drill,
    count,
    countLabel,
    scope,
    plan: {
      bars: planBars,
      basis: planned
        ? t('import.view.planBasis', { what: countLabel, plan: columnLabel(PLAN_OF[count], t, locale) })
        : null,
      title: t('import.view.planTitle', { year, scope, what: countLabel }),
      conclusion: planned
        ? planSentence(planBars, year, countLabel, unit, ctx, unitOne)
        : t('import.view.noPlanColumn', { what: countLabel }),
      lines: planBars.flatMap((b) => b.lines),
    },
    yoy: {
      bars: yoyBars,
      title: t('import.view.yoyTitle', { year, scope, what: countLabel }),
      conclusion: yoySentence(yoyBars, year, countLabel, unit, ctx, unitOne),
      lines: yoyBars.flatMap((b) => b.lines),
    },
    trend: {
      view: trend,
      title: place
        ? t('import.view.trendTitlePlace', { place, what: countLabel })
        : t('import.view.trendTitle', { what: countLabel }),
      conclusion: trendSentence(trend, countLabel, ctx),
      lines: trend.lines,
      note:
        trend.notDrawn > 0
          ? t('import.view.trendCapped', { count: trend.notDrawn, unit, max: MAX_TREND_LINES })
          : !byArea && areas.length > 1
            ? t('import.view.trendHint', { max: MAX_TREND_LINES })
            : null,
    },
    map: {
      values: new Map(mapValues.map((v) => [v.key, v.value])),
      details,
      title: t('import.view.mapTitle', { year, what: countLabel }),
      conclusion: t(mapValues.length === 1 ? 'import.view.mapSentenceOne' : 'import.view.mapSentence', {
        count: mapValues.length,
        what: midSentence(countLabel, locale),
        year,
      }),
      lines: mapValues.flatMap((v) => v.lines),
    },
    breakdown: drill.level === 'province' ? [] : areaValues(areas, year, count),
  };
}

/** One bar of a ranked chart as drawn: its length, the value beside it, its tone and its file lines. */
export type RankedBar = {
  key: string;
  label: string;
  value: number;
  valueLabel: string;
  tone: 'good' | 'warn' | 'neutral';
  lines: number[];
};

/** Share of plan per area: over 100% is marked, as more than planned. */
export function planRanking(bars: readonly PlanBar[], locale: Locale): RankedBar[] {
  return bars.map((b) => ({
    key: b.key,
    label: b.label,
    value: b.value,
    valueLabel: formatPercent(b.value, locale),
    tone: b.value > 100 ? 'warn' : 'neutral',
    lines: b.lines,
  }));
}

/** Year on year per area: a bar is the size of the change, its label the direction (↓ a fall, ↑ a rise). */
export function yoyRanking(bars: readonly YoyBar[], locale: Locale): RankedBar[] {
  return bars.map((b) => ({
    key: b.key,
    label: b.label,
    value: Math.abs(b.change),
    valueLabel: `${b.change < 0 ? '↓' : '↑'}${formatPercent(Math.abs(b.change), locale)}`,
    tone: b.change < 0 ? 'good' : 'warn',
    lines: b.lines,
  }));
}

/** The drilled areas' counts, largest first. */
export function valueRanking(values: readonly AreaValue[], locale: Locale): RankedBar[] {
  return values.map((a) => ({
    key: a.key,
    label: a.label,
    value: a.value,
    valueLabel: formatNumber(a.value, locale),
    tone: 'neutral',
    lines: a.lines,
  }));
}
