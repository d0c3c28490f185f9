import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../state/use-t';
import { formatNumber, formatPercent } from '../../i18n/format';
import { useFiltersStore, filtersOf } from '../../state/url-state-store';
import { serializeFilters } from '../../state/url-state';
import { isPlainClick, locationFor } from '../../state/url-sync';
import { ChartFigure } from '../../components/ui/chart-figure';
import { EmptyState } from '../../components/ui/empty-state';
import { LazyTrendChart } from '../../components/charts/lazy-charts';
import { RankedBars } from '../../components/charts/ranked-bars';
import { TileMap, type TileStep } from '../../components/charts/tile-map';
import { describeFilters } from '../../figures/describe-filters';
import type { StatsDataset } from '../../data/stats-schema';
import { columnLabel } from '../../figures/column-label';
import {
  CHARTED_COUNTS,
  chartYear,
  isChartedCount,
  planBars,
  planSentence,
  rowsFor,
  tileSteps,
  tileValues,
  trendData,
  trendLineColor,
  statsTiles,
  trendSentence,
  yoyBars,
  yoySentence,
  type ChartedCount,
} from '../../figures/stats-view';

/** Lines of the file a figure came from: every imported figure traces to its file and line. */
function linesText(lines: readonly number[], t: ReturnType<typeof useT>['t']): string {
  const shown = lines.slice(0, 3).join(t('text.listJoin'));
  return t('import.view.lines', { lines: lines.length > 3 ? `${shown}…` : shown });
}

/** The same charts as the published data, on a dataset the user loaded, under the shared filters. */
export function StatsDashboard({ dataset }: { dataset: StatsDataset }) {
  const { t, locale } = useT();
  const filters = useFiltersStore(useShallow(filtersOf));
  const toggleProvince = useFiltersStore((s) => s.toggleProvince);
  const setView = useFiltersStore((s) => s.setView);
  const [count, setCount] = useState<ChartedCount>('documents');
  const year = chartYear(dataset, filters.year);
  const ctx = { t, locale };
  const countLabel = columnLabel(count, t, locale);
  const badge = dataset.synthetic ? (
    <span
      className="rounded bg-warn-soft px-1.5 text-xs font-semibold text-warn"
      data-testid="synthetic-label"
    >
      {t('synthetic.banner')}
    </span>
  ) : null;

  const rows = useMemo(() => rowsFor(dataset.rows, filters.provinces), [dataset, filters.provinces]);
  const plan = useMemo(
    () => (year === null ? [] : planBars(rows, year, 'documents', locale)),
    [rows, year, locale],
  );
  const yoy = useMemo(
    () => (year === null ? [] : yoyBars(rows, year, count, locale)),
    [rows, year, count, locale],
  );
  const trendView = useMemo(
    () => trendData(dataset.rows, filters.provinces, count, locale, t('import.view.total')),
    [dataset, filters.provinces, count, locale, t],
  );
  // The trend does not depend on the year: the same element lets React skip the chart on a year change.
  const trendChart = useMemo(
    () => (
      <LazyTrendChart
        data={trendView.data}
        series={trendView.series.map((s, i) => ({ ...s, color: trendLineColor(i) }))}
        valueFormatter={(v) => formatNumber(v, locale)}
      />
    ),
    [trendView, locale],
  );
  const values = useMemo(
    () => (year === null ? new Map<string, number>() : tileValues(dataset.rows, year, count)),
    [dataset, year, count],
  );

  if (year === null || rows.length === 0) {
    return (
      <EmptyState
        title={t('filters.emptyTitle', { filters: describeFilters(filters, t, locale) || dataset.name })}
        hint={t('filters.emptyHint')}
      />
    );
  }

  const steps: TileStep[] = tileSteps(Math.max(0, ...values.values()), locale);

  return (
    <div className="flex flex-col gap-4" data-testid="stats-dashboard" data-year={year}>
      {dataset.synthetic ? (
        <p
          role="note"
          className="rounded border-2 border-warn bg-warn-soft p-2 text-center font-semibold text-warn"
        >
          {t('synthetic.banner')} · {t('import.sample.note')}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <span className="font-semibold">{t('import.view.heading', { name: dataset.name, year })}</span>
        <label className="flex items-center gap-2">
          {t('import.view.count')}
          <select
            className="rounded border border-line bg-surface px-2 py-1"
            value={count}
            onChange={(e) => isChartedCount(e.target.value) && setCount(e.target.value)}
          >
            {CHARTED_COUNTS.map((c) => (
              <option key={c} value={c}>
                {columnLabel(c, t, locale)}
              </option>
            ))}
          </select>
        </label>
        {/* A real link (copy it, open it in a new tab); a plain click opens the deck without a reload. */}
        <a
          className="btn ml-auto border-accent font-semibold text-accent no-underline"
          href={locationFor('present', serializeFilters({ ...filters, dataset: dataset.id, slide: null }))}
          onClick={(e) => {
            if (!isPlainClick(e)) return;
            e.preventDefault();
            setView('present');
          }}
        >
          {t('import.view.present')}
        </a>
      </div>
      <div className="grid gap-4 xl:grid-cols-2">
        <ChartFigure
          title={t('import.view.planTitle', { year })}
          conclusion={planSentence(plan, year, columnLabel('documents', t, locale), ctx)}
          badge={badge}
          chartHeight={24 + plan.length * 16}
          chart={
            plan.length ? (
              <RankedBars
                rows={plan.map((b) => ({
                  key: b.key,
                  label: b.label,
                  value: b.value,
                  valueLabel: formatPercent(b.value, locale),
                  tone: b.value > 100 ? 'warn' : 'neutral',
                }))}
                mark={{ value: 100, label: t('plan.planMark') }}
              />
            ) : null
          }
        >
          <p className="text-xs text-ink-muted">
            {plan
              .slice(0, 4)
              .map(
                (b) =>
                  `${b.label} ${formatPercent(b.value, locale)}${t('text.parenthetical', { text: linesText(b.lines, t) })}`,
              )
              .join(' · ')}
          </p>
        </ChartFigure>
        <ChartFigure
          title={t('import.view.yoyTitle', { year, what: countLabel })}
          conclusion={yoySentence(yoy, year, countLabel, ctx)}
          badge={badge}
          chartHeight={yoy.length * 16}
          chart={
            yoy.length ? (
              <RankedBars
                rows={yoy.map((b) => ({
                  key: b.key,
                  label: b.label,
                  value: b.change,
                  valueLabel: `${b.change < 0 ? '↓' : '↑'}${formatPercent(Math.abs(b.change), locale)}`,
                  tone: b.change < 0 ? 'good' : 'warn',
                }))}
              />
            ) : null
          }
        />
        <ChartFigure
          title={t('import.view.trendTitle', { what: countLabel })}
          conclusion={trendSentence(trendView.data, filters.provinces, countLabel, ctx)}
          badge={badge}
          chart={trendChart}
        />
        <section
          aria-labelledby="stats-map-title"
          className="flex flex-col gap-2 rounded-lg border border-line bg-surface p-4 shadow-sm"
        >
          <div className="flex flex-wrap items-baseline gap-2">
            <h2 id="stats-map-title" className="text-base font-semibold">
              {t('import.view.mapTitle', { year, what: countLabel })}
            </h2>
            {badge}
          </div>
          <p className="text-sm text-ink-muted">
            {t('import.view.mapSentence', { count: values.size, what: countLabel, year })}
          </p>
          <TileMap
            tiles={statsTiles(values, filters.provinces, ctx, countLabel)}
            steps={steps}
            onToggle={toggleProvince}
            labels={{
              group: t('import.view.mapTitle', { year, what: countLabel }),
              keyboardHint: t('cases.mapKeyboardHint'),
              legendTitle: countLabel,
              none: t('empty.none'),
              selected: t('cases.mapLegendSelected'),
              detailHint: t('cases.mapDetailHint'),
            }}
          />
        </section>
      </div>
    </div>
  );
}
