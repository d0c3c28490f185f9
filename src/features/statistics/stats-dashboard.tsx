import { useMemo, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../state/use-t';
import { formatDate, formatNumber, formatPercent } from '../../i18n/format';
import type { Locale } from '../../i18n/i18n';
import { asOfText } from '../../figures/published-text';
import { useUrlStateStore, urlStateOf } from '../../state/url-state-store';
import { serializeUrlState } from '../../state/url-state';
import { isPlainClick, locationFor } from '../../state/url-sync';
import { ChartFigure } from '../../components/ui/chart-figure';
import { EmptyState } from '../../components/ui/empty-state';
import { LazyTrendChart } from '../../components/charts/lazy-charts';
import { RankedBars, rankedBarsHeight } from '../../components/charts/ranked-bars';
import { TileMap } from '../../components/charts/tile-map';
import { describeFilters } from '../../figures/describe-filters';
import type { StatsDataset } from '../../data/stats-schema';
import { chartYear, lineRuns, statsTiles, tileSteps } from '../../figures/stats-view';
import { planRanking, statsCharts, valueRanking, yoyRanking } from '../../figures/stats-charts';
import { CountSelect, DrillBar } from './stats-controls';
import { DatasetTitle } from './dataset-title';
import { StatsEmbed } from './stats-embed';
import type { StatsEmbedChart } from '../../state/views';

type Props = {
  dataset: StatsDataset;
  /** Renames the dataset (the user's own datasets only). */
  onRename?: (name: string) => void;
  /** One chart alone, for its embed page: no controls, no footer (the page has its own). */
  only?: StatsEmbedChart;
};

/** Which file the figures come from and who published or imported it, under every chart. */
function sourceText(dataset: StatsDataset, t: ReturnType<typeof useT>['t'], locale: Locale): string {
  const pub = dataset.published;
  return pub
    ? t('import.view.sourcePublished', {
        publisher: pub.publisher,
        file: dataset.fileName,
        date: formatDate(pub.date, locale),
        asOf: asOfText(pub.asOf, locale, t),
      })
    : t('import.view.sourceImported', {
        file: dataset.fileName,
        date: formatDate(dataset.loadedAt.slice(0, 10), locale),
      });
}

/** The same charts as the published data, on a statistics dataset (published or imported), under the shared filters. */
export function StatsDashboard({ dataset, onRename, only }: Props) {
  const { t, locale } = useT();
  const filters = useUrlStateStore(useShallow(urlStateOf));
  const toggleProvince = useUrlStateStore((s) => s.toggleProvince);
  const setView = useUrlStateStore((s) => s.setView);
  const year = chartYear(dataset, filters.year);
  const ctx = useMemo(() => ({ t, locale }), [t, locale]);
  const charts = useMemo(
    () =>
      year === null
        ? null
        : statsCharts(
            dataset.rows,
            { provinces: filters.provinces, city: filters.city, year, count: filters.count },
            ctx,
          ),
    [dataset, filters.provinces, filters.city, filters.count, year, ctx],
  );
  // The trend does not depend on the year: the same element lets React skip the chart on a year change.
  const trend = charts?.trend.view;
  const trendChart = useMemo(
    () =>
      trend ? (
        <LazyTrendChart
          data={trend.data}
          series={trend.series}
          valueFormatter={(v) => formatNumber(v, locale)}
        />
      ) : null,
    [trend, locale],
  );
  const source = (
    <p className="text-xs text-ink-muted" data-testid="chart-source">
      {sourceText(dataset, t, locale)}
    </p>
  );
  // 嵌入 only for a published dataset: an imported one lives in this browser and no other page could show it.
  const sourceWithEmbed = (chart: StatsEmbedChart, title: string) => (
    <>
      {source}
      {dataset.published && !only ? <StatsEmbed chart={chart} title={title} /> : null}
    </>
  );
  const summed = dataset.published?.summed;
  const shownRows =
    filters.provinces.length === 0
      ? dataset.rows
      : dataset.rows.filter((r) => filters.provinces.includes(r.province));
  const footer = (
    <p className="text-xs text-ink-muted" data-testid="stats-footer">
      {dataset.published
        ? t('import.view.footerPublisher', { publisher: dataset.published.publisher, file: dataset.fileName })
        : t('import.view.footer', {
            file: dataset.fileName,
            date: formatDate(dataset.loadedAt.slice(0, 10), locale),
          })}
    </p>
  );

  if (year === null || charts === null || nothingChosen(dataset, filters.provinces)) {
    return (
      <div className="flex flex-col gap-3">
        <EmptyState
          title={t('filters.emptyTitle', { filters: describeFilters(filters, t, locale) || dataset.name })}
          hint={t('filters.emptyHint')}
        />
        {footer}
      </div>
    );
  }

  const badge = dataset.synthetic ? (
    <span
      className="rounded bg-warn-soft px-1.5 text-xs font-semibold text-warn"
      data-testid="synthetic-label"
    >
      {t('synthetic.banner')}
    </span>
  ) : null;
  const { plan, yoy, map, countLabel } = charts;
  // Every figure traces to its file's lines; a province total of a published summary stands for many lines:
  // it says how many (choosing the province lists each).
  const linesNote = (lines: readonly number[]) =>
    t('text.parenthetical', {
      text:
        summed && lines.some((l) => summed.has(l))
          ? t('import.view.summedLines', { count: lines.reduce((n, l) => n + (summed.get(l) ?? 1), 0) })
          : t('import.view.lines', { lines: lineRuns(lines, t, 3) }),
    });
  const figures = (items: readonly string[]): ReactNode =>
    items.length ? <p className="text-xs text-ink-muted">{items.slice(0, 4).join(' · ')}</p> : null;

  const planFigure = (
    <ChartFigure
      title={plan.title}
      conclusion={plan.conclusion}
      badge={badge}
      footer={sourceWithEmbed('stats-plan', plan.title)}
      chartHeight={rankedBarsHeight(plan.bars.length, {}, true)}
      chart={
        plan.bars.length ? (
          <RankedBars
            rows={planRanking(plan.bars, locale)}
            mark={{ value: 100, label: t('plan.planMark') }}
          />
        ) : null
      }
    >
      {plan.basis ? <p className="text-xs text-ink-muted">{plan.basis}</p> : null}
      {figures(
        plan.bars.map(
          (b) =>
            `${b.label} ${formatPercent(b.value, locale)}${t('text.parenthetical', { text: `${formatNumber(b.actual, locale)}/${formatNumber(b.plan, locale)}` })}${linesNote(b.lines)}`,
        ),
      )}
    </ChartFigure>
  );
  const yoyFigure = (
    <ChartFigure
      title={yoy.title}
      conclusion={yoy.conclusion}
      badge={badge}
      footer={sourceWithEmbed('stats-yoy', yoy.title)}
      chartHeight={rankedBarsHeight(yoy.bars.length, {})}
      chart={yoy.bars.length ? <RankedBars rows={yoyRanking(yoy.bars, locale)} /> : null}
    />
  );
  const trendFigure = (
    <ChartFigure
      title={charts.trend.title}
      conclusion={charts.trend.conclusion}
      badge={badge}
      footer={sourceWithEmbed('stats-trend', charts.trend.title)}
      chart={trendChart}
    >
      {charts.trend.note ? (
        <p className="text-xs text-ink-muted" data-testid="trend-note">
          {charts.trend.note}
        </p>
      ) : null}
    </ChartFigure>
  );
  const breakdownFigure = charts.breakdown.length ? (
    <ChartFigure
      title={t('import.view.breakdownTitle', { year, scope: charts.scope, what: countLabel })}
      conclusion={charts.breakdown
        .map((a) => `${a.label} ${formatNumber(a.value, locale)}`)
        .join(t('text.listJoin'))}
      badge={badge}
      footer={sourceWithEmbed(
        'stats-breakdown',
        t('import.view.breakdownTitle', { year, scope: charts.scope, what: countLabel }),
      )}
      chartHeight={rankedBarsHeight(charts.breakdown.length, {})}
      chart={<RankedBars rows={valueRanking(charts.breakdown, locale)} />}
    />
  ) : null;
  const mapFigure = (
    <section
      aria-labelledby="stats-map-title"
      className="flex flex-col gap-2 rounded-lg border border-line bg-surface p-4 shadow-sm"
    >
      <div className="flex flex-wrap items-baseline gap-2">
        <h2 id="stats-map-title" className="text-base font-semibold">
          {map.title}
        </h2>
        {badge}
      </div>
      <p className="text-sm text-ink-muted">{map.conclusion}</p>
      <TileMap
        tiles={statsTiles(map.values, filters.provinces, ctx, countLabel, map.details)}
        steps={tileSteps(Math.max(0, ...map.values.values()), locale)}
        onToggle={toggleProvince}
        labels={{
          group: map.title,
          keyboardHint: t('cases.mapKeyboardHint'),
          legendTitle: countLabel,
          none: t('empty.none'),
          selected: t('cases.mapLegendSelected'),
          detailHint: t('cases.mapDetailHint'),
        }}
      />
      {sourceWithEmbed('stats-map', map.title)}
    </section>
  );
  const syntheticNote = dataset.synthetic ? (
    <p
      role="note"
      className="rounded border-2 border-warn bg-warn-soft p-2 text-center font-semibold text-warn"
    >
      {t('synthetic.banner')} · {t('import.sample.note')}
    </p>
  ) : null;
  if (only)
    return (
      <div className="flex flex-col gap-3" data-testid="stats-dashboard" data-year={year}>
        {syntheticNote}
        {
          {
            'stats-plan': planFigure,
            'stats-yoy': yoyFigure,
            'stats-trend': trendFigure,
            'stats-breakdown': breakdownFigure ?? (
              <EmptyState title={t('embed.empty')} hint={t('import.view.breakdownEmptyHint')} />
            ),
            'stats-map': mapFigure,
          }[only]
        }
      </div>
    );

  return (
    <div className="flex flex-col gap-4" data-testid="stats-dashboard" data-year={year}>
      {syntheticNote}
      {summed?.size && shownRows.some((r) => summed.has(r.line)) ? (
        <p className="text-sm text-ink-muted" data-testid="summary-note">
          {t('import.view.summaryNote')}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <DatasetTitle name={dataset.name} year={year} onRename={onRename} />
        <CountSelect count={filters.count} />
        {/* A real link (copy it, open it in a new tab); a plain click opens the deck without a reload. */}
        <a
          className="btn ml-auto border-accent font-semibold text-accent no-underline"
          href={locationFor('present', serializeUrlState({ ...filters, dataset: dataset.id, slide: null }))}
          onClick={(e) => {
            if (!isPlainClick(e)) return;
            e.preventDefault();
            setView('present');
          }}
        >
          {t('import.view.present')}
        </a>
      </div>
      <DrillBar rows={dataset.rows} drill={charts.drill} provinces={filters.provinces} />
      <div className="grid gap-4 xl:grid-cols-2">
        {planFigure}
        {yoyFigure}
        {trendFigure}
        {breakdownFigure}
        {mapFigure}
      </div>
      {footer}
    </div>
  );
}

/** Whether the chosen provinces have no rows at all in the dataset (an empty view, not empty charts). */
function nothingChosen(dataset: StatsDataset, provinces: readonly string[]): boolean {
  return provinces.length > 0 && !dataset.rows.some((r) => provinces.includes(r.province));
}
