import { publicationIn } from '../../data/localized';
import type { Dataset, Observation, PolicyEvent, Source } from '../../data/schema';
import { filterEvents, filterObservations, isNationalScope, nationalDataset } from '../../data/select';
import type { Locale, Translate } from '../../i18n/i18n';
import { formatAsOf, formatAsOfDate, formatDate } from '../../i18n/format';
import type { UrlState } from '../../state/url-state';
import { describeFilters } from '../../figures/describe-filters';
import {
  selectAccountability,
  selectHeadlines,
  selectOtherReductions,
  selectPlanCompletion,
  selectYoyChanges,
  type Headline,
} from '../../figures/overview';
import {
  accountabilityChart,
  planChart,
  reductionsChart,
  yoyChart,
  type AccountabilityChart,
  type PlanChart,
  type ReductionsChart,
  type YoyChart,
} from '../../figures/overview-charts';
import { casesConclusion, dateRange, headlinesConclusion, timelineConclusion } from './conclusions';
import {
  deckFilters,
  selectLocalReductions,
  sourceDateRange,
  sourcesOf,
  SLIDE_IDS,
  stampSpan,
  type StampSpan,
  type LocalReduction,
  type SlideId,
} from './selectors';

type Ctx = { t: Translate; locale: Locale };

/** What every slide says around its body: the heading, the computed sentence, the date and the sources. */
export type SlideText = {
  title: string;
  conclusion: string;
  /** "数据截至 …" for the figures on the slide; null where the slide shows none. */
  stamp: string | null;
  /** The sources cited on the slide, as one line; null where the slide lists none. */
  sourceLine: string | null;
  /** True where the filters leave the slide nothing to show: it is skipped. */
  empty: boolean;
};

export type SlideModel = SlideText &
  (
    | {
        id: 'title';
        filtersText: string;
        /** "全国数据截至 2020年11月底": how recent the national figures are. */
        nationalText: string | null;
        /** The years and number of the local figures the filters keep. */
        localText: string | null;
        sourcesText: string | null;
      }
    | { id: 'headlines'; headlines: Headline[] }
    | { id: 'plan'; chart: PlanChart }
    | { id: 'yoy'; chart: YoyChart }
    | { id: 'reductions'; chart: ReductionsChart }
    | { id: 'accountability'; chart: AccountabilityChart }
    | { id: 'timeline'; events: PolicyEvent[] }
    | { id: 'cases'; rows: LocalReduction[] }
    | { id: 'sources'; sources: Source[] }
  );

export type SlideModels = { [K in SlideId]: Extract<SlideModel, { id: K }> };

/** A stamp true of every figure it covers: one date, one year (with the dates printed), or a range of years. */
export function formatStamp(span: StampSpan | null, { t, locale }: Ctx): string | null {
  if (!span) return null;
  if (span.kind === 'date') return formatAsOf(span.iso, locale, t);
  if (span.kind === 'years') return t('asOf.years', { from: span.from, to: span.to });
  if (span.dates.length === 0) return t('asOf.year', { year: span.year });
  const dates = span.dates.map((iso) => formatAsOfDate(iso, locale, t)).join(t('asOf.dateJoin'));
  return t(span.undated ? 'asOf.yearPartlyDated' : 'asOf.yearDated', { year: span.year, dates });
}

function stampOf(observations: readonly Observation[], ctx: Ctx): string | null {
  return formatStamp(stampSpan(observations), ctx);
}

/** "来源：人民日报《…》（2021年1月）；…": every source once, behind one label. */
function sourceLineOf(sources: readonly Source[], { t, locale }: Ctx): string | null {
  if (sources.length === 0) return null;
  const list = sources
    .map((s) =>
      t('present.sourceItem', {
        publication: publicationIn(s, locale),
        title: s.title,
        date: formatDate(s.date, locale),
      }),
    )
    .join(t('present.sourceJoin'));
  return t('present.sourcesLine', { list });
}

function nationalTextOf(observations: readonly Observation[], ctx: Ctx): string | null {
  const span = stampSpan(observations);
  if (!span) return null;
  const { t, locale } = ctx;
  if (span.kind === 'date') return t('present.cover.national', { date: formatAsOfDate(span.iso, locale, t) });
  return t('present.cover.nationalSpan', { stamp: formatStamp(span, ctx) ?? '' });
}

function localTextOf(observations: readonly Observation[], { t }: Ctx): string | null {
  if (observations.length === 0) return null;
  const years = observations.map((o) => o.period.year);
  const [from, to] = [Math.min(...years), Math.max(...years)];
  const year = (y: number) => t('filters.yearValue', { year: y });
  const range = from === to ? year(from) : t('present.range', { from: year(from), to: year(to) });
  return t('present.cover.local', { range, count: observations.length });
}

/** The text parts of a slide drawn from a set of observations. */
function textOf(
  ds: Dataset,
  title: string,
  conclusion: string,
  observations: readonly Observation[],
  ctx: Ctx,
): SlideText {
  return {
    title,
    conclusion,
    stamp: stampOf(observations, ctx),
    sourceLine: sourceLineOf(sourcesOf(ds, observations), ctx),
    empty: observations.length === 0,
  };
}

/**
 * Every slide the deck can show, built from the dataset under the filters. National slides use the
 * national figures of the chosen year (a province filter does not narrow them, as on the overview);
 * the local-cases slide and the title slide follow the province filter too.
 */
export function buildSlideModels(ds: Dataset, rawFilters: UrlState, ctx: Ctx): SlideModels {
  const { t, locale } = ctx;
  const filters = deckFilters(rawFilters);
  const national = nationalDataset(ds, filters);
  const filtersText = describeFilters(filters, t, locale);

  const headlines = selectHeadlines(national);
  const plan = planChart(selectPlanCompletion(national), ctx);
  const yoy = yoyChart(selectYoyChanges(national), ctx);
  const reductions = reductionsChart(selectOtherReductions(national), ctx);
  const accountability = accountabilityChart(selectAccountability(national), ctx);
  const events = [...filterEvents(ds, filters)].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  );
  const cases = selectLocalReductions(ds, filters);
  const local = filterObservations(ds, filters).filter((o) => !isNationalScope(o));
  const range = sourceDateRange(ds.sources);
  const obs = <R extends { observation: Observation }>(rows: readonly R[]) => rows.map((r) => r.observation);

  const chartText = (chart: { title: string; conclusion: string; observations: Observation[] }) =>
    textOf(ds, chart.title, chart.conclusion, chart.observations, ctx);

  const lastEvent = events[events.length - 1];
  return {
    title: {
      id: 'title',
      title: t('app.title'),
      conclusion: t('app.subtitle'),
      stamp: null,
      sourceLine: null,
      empty: false,
      filtersText: filtersText
        ? t('present.cover.filters', { filters: filtersText })
        : t('present.cover.noFilters'),
      nationalText: nationalTextOf(national.observations, ctx),
      localText: localTextOf(local, ctx),
      sourcesText: range
        ? t('present.cover.sources', {
            count: ds.sources.length,
            range: dateRange(range.from, range.to, locale, t),
          })
        : null,
    },
    headlines: {
      id: 'headlines',
      headlines,
      ...textOf(ds, t('present.slide.headlines'), headlinesConclusion(headlines, ctx), obs(headlines), ctx),
    },
    plan: { id: 'plan', chart: plan, ...chartText(plan) },
    yoy: { id: 'yoy', chart: yoy, ...chartText(yoy) },
    reductions: { id: 'reductions', chart: reductions, ...chartText(reductions) },
    accountability: { id: 'accountability', chart: accountability, ...chartText(accountability) },
    timeline: {
      id: 'timeline',
      events,
      title: t('present.slide.timeline'),
      conclusion: timelineConclusion(events, ctx),
      stamp: lastEvent ? formatAsOf(lastEvent.date, locale, t) : null,
      sourceLine: sourceLineOf(sourcesOf(ds, events), ctx),
      empty: events.length === 0,
    },
    cases: {
      id: 'cases',
      rows: cases,
      ...textOf(ds, t('present.slide.cases'), casesConclusion(cases, filtersText, ctx), obs(cases), ctx),
    },
    sources: {
      id: 'sources',
      // Oldest first, so the list reads as the story unfolded.
      sources: [...ds.sources].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
      title: t('present.slide.sources'),
      conclusion: t('present.sources.conclusion', { count: ds.sources.length }),
      stamp: null,
      sourceLine: null,
      empty: false,
    },
  };
}

/** The slides that have something to show under the filters. */
export function availableSlides(models: SlideModels): Set<SlideId> {
  return new Set(SLIDE_IDS.filter((id) => !models[id].empty));
}
