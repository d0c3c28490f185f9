import type { Locale, Translate } from '../i18n/i18n';
import { formatChange, formatNumber, formatPercent, formatPoints, formatValue } from '../i18n/format';
import { inLocale } from '../data/localized';
import type { Indicator, Observation } from '../data/schema';
import type { PlanRow, ReductionRow, YoyRow } from './overview';
import {
  accountabilityConclusion,
  planConclusion,
  reductionsConclusion,
  yoyConclusion,
} from './overview-conclusions';

/**
 * One view model per overview chart: the numbers, labels, conclusion and colours a chart shows, computed
 * once from its rows. The overview's panel and the deck's slide both draw these; they differ only in layout
 * and size.
 */
type Ctx = { t: Translate; locale: Locale };

/** A figure beside a chart, with the observation whose source it opens. */
export type ChartFigureItem = { id: string; label: string; figure: string };

/** One bar series: its key in the rows, its legend label and its colour (a theme variable). */
export type ChartSeries = { key: string; label: string; color: string };

const scopeLabel = (scope: string, t: Translate) => t(`scope.${scope}` as 'scope.national');

export type PlanChart = {
  title: string;
  conclusion: string;
  bars: { key: string; label: string; value: number }[];
  target: number;
  targetLabel: string;
  format: (v: number) => string;
  figures: ChartFigureItem[];
  observations: Observation[];
};

/** Share of the annual plan reached, against the plan mark. */
export function planChart(rows: readonly PlanRow[], ctx: Ctx): PlanChart {
  const { t, locale } = ctx;
  const label = (r: PlanRow) => `${scopeLabel(r.scope, t)} · ${inLocale(r.indicator.name, locale)}`;
  const format = (v: number) => formatPercent(v, locale);
  return {
    title: t('plan.title'),
    conclusion: planConclusion(rows, ctx),
    bars: rows.map((r) => ({ key: r.id, label: label(r), value: r.share })),
    target: 100,
    targetLabel: t('plan.planMark'),
    format,
    figures: rows.map((r) => ({ id: r.id, label: label(r), figure: format(r.share) })),
    observations: rows.map((r) => r.observation),
  };
}

const YOY_SCOPES = ['provinces-aggregate', 'central-organs'] as const;
const YOY_COLORS = { 'provinces-aggregate': 'var(--chart-1)', 'central-organs': 'var(--chart-2)' } as const;

export type GroupedBars = { index: string; label: string } & Record<string, string | number>;

export type YoyChart = {
  title: string;
  conclusion: string;
  /** One row per indicator, the size of the fall per scope (bars show how far each fell). */
  data: GroupedBars[];
  series: ChartSeries[];
  format: (v: number) => string;
  tickFormat: (v: number) => string;
  /** The observation behind a bar, to open its source. */
  observationAt: (indicatorId: string, scope: string) => string | undefined;
  figures: ChartFigureItem[];
  observations: Observation[];
};

/** Year-on-year falls, provinces beside central organs. */
export function yoyChart(rows: readonly YoyRow[], ctx: Ctx): YoyChart {
  const { t, locale } = ctx;
  const indicators = [...new Map(rows.map((r) => [r.indicator.id, r.indicator])).values()];
  const find = (indicatorId: string, scope: string) =>
    rows.find((x) => x.indicator.id === indicatorId && x.scope === scope);
  return {
    title: t('yoy.title'),
    conclusion: yoyConclusion(rows, ctx),
    data: indicators.map((i) => {
      const row: GroupedBars = { index: i.id, label: inLocale(i.name, locale) };
      for (const scope of YOY_SCOPES) {
        const r = find(i.id, scope);
        if (r) row[scope] = Math.abs(r.change);
      }
      return row;
    }),
    series: YOY_SCOPES.map((s) => ({ key: s, label: t(`scope.${s}`), color: YOY_COLORS[s] })),
    format: (v) => `↓${formatPercent(v, locale)}`,
    tickFormat: (v) => formatPercent(v, locale),
    observationAt: (indicatorId, scope) => find(indicatorId, scope)?.id,
    figures: rows.map((r) => ({
      id: r.id,
      label: `${scopeLabel(r.scope, t)} · ${inLocale(r.indicator.name, locale)}`,
      figure: formatChange(r.change, locale, t),
    })),
    observations: rows.map((r) => r.observation),
  };
}

/** One reduction beside the chart: its figure, how it changed, and a flag where the source disagrees with itself. */
export type ReductionItem = {
  id: string;
  label: string;
  figure: string;
  /** The change in words: the source's year-on-year, its stated fall, or ours computed from before → after. */
  change: string | null;
  /** Where the stated fall and before → after disagree: both, in one sentence. */
  inconsistency: string | null;
};

export type ReductionsChart = {
  title: string;
  conclusion: string;
  legend: ChartSeries[];
  /** One before → after chart per figure (96 items and 822 activities do not share a scale). */
  beforeAfter: { key: string; label: string; before: number; after: number }[];
  format: (v: number) => string;
  /** Those with before → after first, then the others. */
  items: ReductionItem[];
  inconsistentBadge: string;
  observations: Observation[];
};

function reductionItem(r: ReductionRow, { t, locale }: Ctx): ReductionItem {
  const o = r.observation;
  const unit = r.indicator.unit;
  const flagged = r.gap !== null && r.stated !== null && r.computed !== null;
  const change =
    o.yoyChange !== undefined
      ? t('reductions.yoy', { change: formatChange(o.yoyChange, locale, t) })
      : flagged
        ? null
        : r.stated !== null
          ? t('figure.stated', { change: formatChange(r.stated, locale, t) })
          : r.computed !== null
            ? `${formatChange(r.computed, locale, t)}${t('text.parenthetical', { text: t('reductions.computedChange') })}`
            : null;
  return {
    id: o.id,
    label: `${scopeLabel(o.scope.level, t)} · ${inLocale(r.indicator.name, locale)}`,
    figure:
      (o.baseline ? `${formatValue(o.baseline.value, unit, locale, t)} → ` : '') +
      (o.value !== undefined ? formatValue(o.value, unit, locale, t, o.valueQualifier) : ''),
    change,
    inconsistency: flagged
      ? t('reductions.inconsistentExplain', {
          stated: formatPercent(Math.abs(r.stated!), locale),
          before: formatNumber(o.baseline!.value, locale),
          after: formatNumber(o.value!, locale),
          computed: formatPercent(Math.abs(r.computed!), locale),
          gap: formatPoints(r.gap!, locale, t),
        })
      : null,
  };
}

/** Inspection items and other national reductions. */
export function reductionsChart(rows: readonly ReductionRow[], ctx: Ctx): ReductionsChart {
  const { t, locale } = ctx;
  const withBaseline = rows.filter((r) => r.observation.baseline && r.observation.value !== undefined);
  const others = rows.filter((r) => !withBaseline.includes(r));
  return {
    title: t('reductions.title'),
    conclusion: reductionsConclusion(rows, ctx),
    legend: [
      { key: 'before', label: t('reductions.before'), color: 'var(--chart-before)' },
      { key: 'after', label: t('reductions.after'), color: 'var(--chart-good)' },
    ],
    beforeAfter: withBaseline.map((r) => ({
      key: r.id,
      label: inLocale(r.indicator.name, locale),
      before: r.observation.baseline!.value,
      after: r.observation.value!,
    })),
    format: (v) => formatNumber(v, locale),
    items: [...withBaseline, ...others].map((r) => reductionItem(r, ctx)),
    inconsistentBadge: t('reductions.inconsistentBadge'),
    observations: rows.map((r) => r.observation),
  };
}

export type AccountabilityRow = { indicator: Indicator; observation: Observation };

export type AccountabilityChart = {
  title: string;
  conclusion: string;
  /** Discipline counts, drawn as bars. */
  bars: { index: string; label: string; value: number }[];
  series: ChartSeries[];
  format: (v: number) => string;
  /** Every figure of the section, "—" where the source gives none. */
  figures: ChartFigureItem[];
  /** The counts drawn as bars, as figures. */
  countFigures: ChartFigureItem[];
  /** The survey shares: a different kind of figure, shown as big numbers beside the bars. */
  shares: ChartFigureItem[];
  observations: Observation[];
};

/** Discipline figures (cases, people) and the survey result. */
export function accountabilityChart(rows: readonly AccountabilityRow[], ctx: Ctx): AccountabilityChart {
  const { t, locale } = ctx;
  const item = (r: AccountabilityRow): ChartFigureItem => ({
    id: r.observation.id,
    label: inLocale(r.indicator.name, locale),
    figure:
      r.observation.value === undefined
        ? '—'
        : formatValue(r.observation.value, r.indicator.unit, locale, t, r.observation.valueQualifier),
  });
  const counts = rows.filter(
    (r) => r.indicator.category === 'discipline' && r.observation.value !== undefined,
  );
  const shares = rows.filter((r) => r.indicator.category === 'survey' && r.observation.value !== undefined);
  return {
    title: t('discipline.title'),
    conclusion: accountabilityConclusion(rows, ctx),
    bars: counts.map((r) => ({
      index: r.observation.id,
      label: inLocale(r.indicator.name, locale),
      value: r.observation.value!,
    })),
    series: [{ key: 'value', label: t('discipline.title'), color: 'var(--chart-1)' }],
    format: (v) => formatNumber(v, locale),
    figures: rows.map(item),
    countFigures: counts.map(item),
    shares: shares.map(item),
    observations: rows.map((r) => r.observation),
  };
}
