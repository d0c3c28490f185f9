import { useT } from '../../state/use-t';
import { formatChange, formatNumber, formatPercent, formatPoints, formatValue } from '../../i18n/format';
import { useUiStore } from '../../state/ui-store';
import { BeforeAfterChart } from '../../components/charts/before-after-chart';
import { ChartLegend } from '../../components/charts/chart-legend';
import type { ReductionRow } from '../../figures/overview';
import { FigureButton } from '../../components/ui/figure-button';
import type { SlideModels } from './slide-models';
import { SlideChart } from './slide-chart';

const WIDTH = 540;

/**
 * Before → after where the source gives both (one chart per figure: 96 items and 822 activities do not
 * share a scale), and the other reductions as figures beside them.
 */
export function ReductionsSlide({ model }: { model: SlideModels['reductions'] }) {
  const { t, locale } = useT();
  const openSource = useUiStore((s) => s.openSource);
  const withBaseline = model.rows.filter((r) => r.observation.baseline && r.observation.value !== undefined);
  const others = model.rows.filter((r) => !withBaseline.includes(r));
  return (
    <div className="slide-split">
      {withBaseline.length > 0 ? (
        <SlideChart label={model.conclusion} width={WIDTH}>
          <ChartLegend
            items={[
              { key: 'before', label: t('reductions.before'), color: 'var(--chart-before)' },
              { key: 'after', label: t('reductions.after'), color: 'var(--chart-good)' },
            ]}
          />
          {withBaseline.map((r) => (
            <BeforeAfterChart
              key={r.id}
              width={WIDTH}
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
        </SlideChart>
      ) : null}
      <ul className="slide-facts">
        {[...withBaseline, ...others].map((r) => (
          <li key={r.id}>
            <ReductionFact row={r} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function ReductionFact({ row: r }: { row: ReductionRow }) {
  const { t, locale } = useT();
  const o = r.observation;
  const unit = r.indicator.unit;
  const change =
    o.yoyChange !== undefined
      ? t('reductions.yoy', { change: formatChange(o.yoyChange, locale, t) })
      : r.computed !== null && r.gap === null
        ? `${formatChange(r.computed, locale, t)}${t('text.parenthetical', { text: t('reductions.computedChange') })}`
        : r.stated !== null && r.gap === null
          ? `${t('reductions.statedChange')} ${formatChange(r.stated, locale, t)}`
          : null;
  return (
    <>
      <span className="slide-fact-label">
        {t(`scope.${o.scope.level}` as 'scope.national')} · {r.indicator.name[locale]}
      </span>
      <FigureButton target={{ kind: 'observation', id: o.id }}>
        <strong className="slide-fact-figure">
          {o.baseline ? `${formatValue(o.baseline.value, unit, locale, t)} → ` : ''}
          {o.value !== undefined ? formatValue(o.value, unit, locale, t, o.valueQualifier) : ''}
        </strong>
      </FigureButton>
      {change ? <span className="slide-fact-change">{change}</span> : null}
      {r.gap !== null && r.stated !== null && r.computed !== null ? (
        <span className="slide-fact-flag">
          <strong>⚠ {t('reductions.inconsistentBadge')}</strong>{' '}
          {t('reductions.inconsistentExplain', {
            stated: formatPercent(Math.abs(r.stated), locale),
            before: formatNumber(o.baseline!.value, locale),
            after: formatNumber(o.value!, locale),
            computed: formatPercent(Math.abs(r.computed), locale),
            gap: formatPoints(r.gap, locale, t),
          })}
        </span>
      ) : null}
    </>
  );
}
