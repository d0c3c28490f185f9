import type { Dataset } from '../../data/schema';
import { useT } from '../../state/use-t';
import { formatChange, formatNumber, formatPercent, formatPoints, formatValue } from '../../i18n/format';
import { useUiStore } from '../../state/ui-store';
import { ChartFigure } from '../../components/ui/chart-figure';
import { EmbedButton } from './embed-button';
import { beforeAfterChartHeight, LEGEND_HEIGHT } from '../../components/charts/chart-sizes';
import { LazyBeforeAfterChart as BeforeAfterChart } from '../../components/charts/lazy-charts';
import { ChartLegend } from '../../components/charts/chart-legend';
import { FigureButton } from '../../components/ui/figure-button';
import { reductionsConclusion } from '../../figures/overview-conclusions';
import { selectOtherReductions, type ReductionRow } from '../../figures/overview';

/** Inspection items and other national reductions; a source that disagrees with itself shows both figures. */
export function ReductionsPanel({ dataset }: { dataset: Dataset }) {
  const { t, locale } = useT();
  const openSource = useUiStore((s) => s.openSource);
  const rows = selectOtherReductions(dataset);
  const withBaseline = rows.filter((r) => r.observation.baseline && r.observation.value !== undefined);
  const valueOnly = rows.filter((r) => !withBaseline.includes(r));
  return (
    <ChartFigure
      footer={<EmbedButton chart="reductions" title={t('reductions.title')} />}
      title={t('reductions.title')}
      conclusion={reductionsConclusion(rows, { t, locale })}
      // The legend, then one chart per item, a 4 px gap (gap-1) between each.
      chartHeight={{
        drawn: withBaseline.length * beforeAfterChartHeight(1),
        fixed: LEGEND_HEIGHT + 4 * withBaseline.length,
      }}
      chart={
        <div className="flex flex-col gap-1">
          <ChartLegend
            items={[
              { key: 'before', label: t('reductions.before'), color: 'var(--chart-before)' },
              { key: 'after', label: t('reductions.after'), color: 'var(--chart-good)' },
            ]}
          />
          {withBaseline.map((r) => (
            <BeforeAfterChart
              key={r.id}
              data={[
                {
                  key: r.id,
                  label: r.indicator.name[locale],
                  before: r.observation.baseline!.value,
                  after: r.observation.value!,
                },
              ]}
              valueFormatter={(v) => formatNumber(v, locale)}
              onSelect={(id) => openSource({ kind: 'observation', id })}
            />
          ))}
        </div>
      }
    >
      <ul className="grid gap-2 text-sm sm:grid-cols-2">
        {[...withBaseline, ...valueOnly].map((r) => (
          <li key={r.id} className="rounded-md bg-surface-muted p-2">
            <ReductionItem row={r} />
          </li>
        ))}
      </ul>
    </ChartFigure>
  );
}

function ReductionItem({ row: r }: { row: ReductionRow }) {
  const { t, locale } = useT();
  const o = r.observation;
  const unit = r.indicator.unit;
  return (
    <div className="flex flex-col gap-0.5" data-testid="reduction-item">
      <span className="text-ink-muted">
        {t(`scope.${o.scope.level}` as 'scope.national')} · {r.indicator.name[locale]}
      </span>
      <FigureButton target={{ kind: 'observation', id: o.id }} className="self-start text-left">
        <strong className="text-lg tabular-nums">
          {o.baseline ? `${formatValue(o.baseline.value, unit, locale, t)} → ` : ''}
          {o.value !== undefined ? formatValue(o.value, unit, locale, t, o.valueQualifier) : ''}
        </strong>
      </FigureButton>
      {o.yoyChange !== undefined ? (
        <span className="text-good">
          {t('reductions.yoy', { change: formatChange(o.yoyChange, locale, t) })}
        </span>
      ) : null}
      {r.computed !== null && r.stated === null ? (
        <span className="text-good">
          {formatChange(r.computed, locale, t)}
          {t('text.parenthetical', { text: t('reductions.computedChange') })}
        </span>
      ) : null}
      {r.gap !== null && r.stated !== null && r.computed !== null ? (
        <span
          className="rounded border border-warn bg-warn-soft px-2 py-1 text-ink"
          data-testid="inconsistency"
        >
          <strong className="text-warn">⚠ {t('reductions.inconsistentBadge')}</strong>
          <br />
          {t('reductions.inconsistentExplain', {
            stated: formatPercent(Math.abs(r.stated), locale),
            before: formatNumber(o.baseline!.value, locale),
            after: formatNumber(o.value!, locale),
            computed: formatPercent(Math.abs(r.computed), locale),
            gap: formatPoints(r.gap, locale, t),
          })}
        </span>
      ) : r.stated !== null && o.yoyChange === undefined ? (
        <span className="text-good">
          {t('reductions.statedChange')} {formatChange(r.stated, locale, t)}
        </span>
      ) : null}
    </div>
  );
}
