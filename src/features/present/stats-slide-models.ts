import type { Locale, Translate } from '../../i18n/i18n';
import { asOfText } from '../../figures/published-text';
import { formatDate } from '../../i18n/format';
import type { UrlState } from '../../state/url-state';
import { describeFilters } from '../../figures/describe-filters';
import type { StatsDataset } from '../../data/stats-schema';
import { chartYear, lineRuns, statsYears } from '../../figures/stats-view';
import { statsCharts } from '../../figures/stats-charts';
import type { AreaValue, PlanBar, YoyBar } from '../../figures/stats-drill';
import type { TrendDatum, TrendSeries } from '../../figures/stats-trend';
import { deckFilters } from './selectors';
import type { SlideText } from './slide-models';

/**
 * The slides of a deck on an imported dataset, in their default order. Their ids differ from the
 * published deck's, so the two decks keep their own order, hidden slides and notes (deck-store.ts).
 */
export const STATS_SLIDE_IDS = [
  'stats-title',
  'stats-plan',
  'stats-yoy',
  'stats-trend',
  'stats-map',
  'stats-end',
] as const;
export type StatsSlideId = (typeof STATS_SLIDE_IDS)[number];

export function isStatsSlideId(value: unknown): value is StatsSlideId {
  return typeof value === 'string' && (STATS_SLIDE_IDS as readonly string[]).includes(value);
}

export type StatsSlideModel = SlideText &
  (
    | {
        id: 'stats-title';
        /** "文件：sample.json · 2024年6月1日导入 · 155行" */
        fileText: string;
        /** "覆盖：2020年至2024年，31个省份" */
        coverageText: string;
        filtersText: string;
        /** The year the charts show, in words. */
        yearText: string | null;
      }
    | { id: 'stats-plan'; year: number; bars: PlanBar[] }
    | { id: 'stats-yoy'; year: number; bars: YoyBar[] }
    | { id: 'stats-trend'; series: TrendSeries[]; data: TrendDatum[]; note: string | null }
    | {
        id: 'stats-map';
        year: number;
        countLabel: string;
        /** Province code → value, for the provinces with one (all of them: the map marks the chosen). */
        values: [string, number][];
        selected: string[];
        /** The drilled province's cities or city's counties, largest first, with their heading. */
        breakdown: AreaValue[];
        breakdownTitle: string;
      }
    | {
        id: 'stats-end';
        /** What the file is and what it holds, one fact a line. */
        facts: string[];
        /** How each derived figure is computed. */
        method: string[];
      }
  );

export type StatsSlideModels = { [K in StatsSlideId]: Extract<StatsSlideModel, { id: K }> };

type Ctx = { t: Translate; locale: Locale };

function yearRange(years: readonly number[], t: Translate): string {
  const year = (y: number) => t('filters.yearValue', { year: y });
  const from = years[0];
  const to = years.at(-1);
  if (from === undefined || to === undefined) return t('empty.none');
  return from === to ? year(from) : t('present.range', { from: year(from), to: year(to) });
}

/**
 * Every slide of the deck on an imported dataset, under the province and year filters as the import view
 * applies them: share of plan and year on year for the chosen provinces in the chosen year (the latest
 * where the file lacks it), the trend across every year, and the map of every province with the chosen
 * ones marked. Each figure slide names the file and the lines its figures were computed from.
 */
export function buildStatsSlideModels(ds: StatsDataset, rawFilters: UrlState, ctx: Ctx): StatsSlideModels {
  const { t, locale } = ctx;
  const filters = { ...deckFilters(rawFilters), count: rawFilters.count, city: rawFilters.city };
  const year = chartYear(ds, filters.year);
  const charts =
    year === null
      ? null
      : statsCharts(
          ds.rows,
          { provinces: filters.provinces, city: filters.city, year, count: filters.count },
          ctx,
        );
  const pub = ds.published;
  const date = formatDate(pub?.date ?? ds.loadedAt.slice(0, 10), locale);
  const rowCount = pub?.rowCount ?? ds.rows.length;
  const years = statsYears(ds);
  const provinces = new Set(ds.rows.map((r) => r.province));
  const chosenRows =
    filters.provinces.length > 0 && !ds.rows.some((r) => filters.provinces.includes(r.province));

  const stamp = (y: number | null | undefined) =>
    y === null || y === undefined ? null : t('asOf.stamp', { date: t('filters.yearValue', { year: y }) });
  const yearsStamp = (from: number | undefined, to: number | undefined) =>
    from === undefined || to === undefined || from === to ? stamp(to) : t('asOf.years', { from, to });
  const sourceLine = (lines: readonly number[]) => {
    if (lines.length === 0) return null;
    const unique = [...new Set(lines)];
    if (!pub)
      return t('present.stats.source', {
        file: ds.fileName,
        date,
        lines: lineRuns(lines, t),
        count: unique.length,
      });
    const of = { publisher: pub.publisher, file: ds.fileName, date };
    // A province total of the national summary stands for many lines of the file: counted, not listed.
    return unique.some((l) => pub.summed.has(l))
      ? t('present.stats.sourceSummedPublished', { ...of, count: summedRows(unique, pub.summed) })
      : t('present.stats.sourcePublished', { ...of, lines: lineRuns(lines, t), count: unique.length });
  };
  const noYear = { stamp: null, sourceLine: null, empty: true };
  const filtersText = describeFilters(filters, t, locale);

  return {
    'stats-title': {
      id: 'stats-title',
      title: ds.name,
      conclusion: t(pub ? 'present.stats.subtitlePublished' : 'present.stats.subtitle'),
      stamp: null,
      sourceLine: null,
      empty: false,
      fileText: pub
        ? t('present.stats.cover.filePublished', {
            file: ds.fileName,
            publisher: pub.publisher,
            date,
            rows: rowCount,
          })
        : t('present.stats.cover.file', { file: ds.fileName, date, rows: rowCount }),
      coverageText: t('present.stats.cover.coverage', {
        range: yearRange(years, t),
        provinces: provinces.size,
      }),
      filtersText: filtersText
        ? t('present.cover.filters', { filters: filtersText })
        : t('present.stats.cover.noFilters'),
      yearText: year === null ? null : t('present.stats.cover.year', { year }),
    },
    'stats-plan':
      year === null || charts === null
        ? { id: 'stats-plan', year: 0, bars: [], title: t('present.slide.plan'), conclusion: '', ...noYear }
        : {
            id: 'stats-plan',
            year,
            bars: charts.plan.bars,
            title: charts.plan.title,
            conclusion: charts.plan.conclusion,
            stamp: stamp(year),
            sourceLine: sourceLine(charts.plan.lines),
            empty: chosenRows || charts.plan.bars.length === 0,
          },
    'stats-yoy':
      year === null || charts === null
        ? { id: 'stats-yoy', year: 0, bars: [], title: t('present.slide.yoy'), conclusion: '', ...noYear }
        : {
            id: 'stats-yoy',
            year,
            bars: charts.yoy.bars,
            title: charts.yoy.title,
            conclusion: charts.yoy.conclusion,
            stamp: stamp(year),
            sourceLine: sourceLine(charts.yoy.lines),
            empty: chosenRows || charts.yoy.bars.length === 0,
          },
    'stats-trend':
      charts === null
        ? {
            id: 'stats-trend',
            series: [],
            data: [],
            note: null,
            title: t('present.slide.trend'),
            conclusion: '',
            ...noYear,
          }
        : {
            id: 'stats-trend',
            series: charts.trend.view.series,
            data: charts.trend.view.data,
            note: charts.trend.note,
            title: charts.trend.title,
            conclusion: charts.trend.conclusion,
            // The trend spans every year it draws: a range, as the published deck's stamps say.
            stamp: yearsStamp(...trendSpan(charts.trend.view)),
            sourceLine: sourceLine(charts.trend.lines),
            empty: chosenRows || charts.trend.view.lastYear === null,
          },
    'stats-map':
      year === null || charts === null
        ? {
            id: 'stats-map',
            year: 0,
            countLabel: '',
            values: [],
            selected: [],
            breakdown: [],
            breakdownTitle: '',
            title: t('present.slide.map'),
            conclusion: '',
            ...noYear,
          }
        : {
            id: 'stats-map',
            year,
            countLabel: charts.countLabel,
            values: [...charts.map.values],
            selected: filters.provinces,
            breakdown: charts.breakdown,
            breakdownTitle: t('import.view.breakdownTitle', {
              year,
              scope: charts.scope,
              what: charts.countLabel,
            }),
            title: charts.map.title,
            conclusion: charts.map.conclusion,
            stamp: stamp(year),
            sourceLine: sourceLine([...charts.map.lines, ...charts.breakdown.flatMap((a) => a.lines)]),
            empty: chosenRows || charts.map.values.size === 0,
          },
    'stats-end': {
      id: 'stats-end',
      title: t('present.slide.sources'),
      conclusion: t('present.stats.end.conclusion', { file: ds.fileName }),
      stamp: null,
      sourceLine: pub
        ? t('present.stats.sourceAllPublished', {
            file: ds.fileName,
            publisher: pub.publisher,
            date,
            count: rowCount,
          })
        : t('present.stats.sourceAll', { file: ds.fileName, date, count: rowCount }),
      empty: false,
      facts: [
        t('present.stats.end.file', { file: ds.fileName, name: ds.name }),
        pub
          ? t('present.stats.end.loadedPublished', {
              publisher: pub.publisher,
              date,
              rows: rowCount,
              asOf: asOfText(pub.asOf, locale, t),
            })
          : t('present.stats.end.loaded', { date, rows: rowCount }),
        t('present.stats.cover.coverage', { range: yearRange(years, t), provinces: provinces.size }),
      ],
      method: [
        t('present.stats.end.plan'),
        t('present.stats.end.yoy'),
        t(pub ? 'present.stats.end.published' : 'present.stats.end.local'),
      ],
    },
  };
}

/** Rows of the file behind some lines, where a summed line stands for `summed.get(line)` rows. */
export function summedRows(lines: readonly number[], summed: ReadonlyMap<number, number>): number {
  return lines.reduce((n, l) => n + (summed.get(l) ?? 1), 0);
}

/** The imported-data slides that have something to show under the filters. */
export function availableStatsSlides(models: StatsSlideModels): Set<StatsSlideId> {
  return new Set(STATS_SLIDE_IDS.filter((id) => !models[id].empty));
}

/**
 * A ranking split into columns that fit on a slide at projector type sizes: up to 10 rows in one column,
 * up to 22 in two, more in three; filled top to bottom, then left to right, so it still reads in rank order.
 */
export function rankColumns<T>(items: readonly T[]): T[][] {
  const columns = items.length <= 10 ? 1 : items.length <= 22 ? 2 : 3;
  const per = Math.max(1, Math.ceil(items.length / columns));
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += per) out.push(items.slice(i, i + per));
  return out;
}

/** The first and last year in which the trend draws a figure, on any of its lines. */
function trendSpan(view: {
  series: readonly TrendSeries[];
  data: readonly TrendDatum[];
}): [number | undefined, number | undefined] {
  const years = view.data
    .filter((d) => view.series.some((s) => d[s.key] !== null && d[s.key] !== undefined))
    .map((d) => d.year);
  return [years[0], years.at(-1)];
}
