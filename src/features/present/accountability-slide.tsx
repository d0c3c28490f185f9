import { useT } from '../../state/use-t';
import { formatNumber, formatValue } from '../../i18n/format';
import { useUiStore } from '../../state/ui-store';
import { GroupedBarChart } from '../../components/charts/grouped-bar-chart';
import { FigureButton } from '../../components/ui/figure-button';
import type { SlideModels } from './slide-models';
import { SlideChart } from './slide-chart';
import { SlideFigures } from './slide-figures';

const WIDTH = 560;

/** Discipline counts as bars; the survey share, a different kind of figure, as a big number beside them. */
export function AccountabilitySlide({ model }: { model: SlideModels['accountability'] }) {
  const { t, locale } = useT();
  const openSource = useUiStore((s) => s.openSource);
  const counts = model.rows.filter(
    (r) => r.indicator.category === 'discipline' && r.observation.value !== undefined,
  );
  const shares = model.rows.filter(
    (r) => r.indicator.category === 'survey' && r.observation.value !== undefined,
  );
  const figure = (r: (typeof model.rows)[number]) =>
    formatValue(r.observation.value!, r.indicator.unit, locale, t, r.observation.valueQualifier);
  return (
    <div className="slide-split">
      {counts.length > 0 ? (
        <div className="slide-chart-layout">
          <SlideChart label={model.conclusion} width={WIDTH}>
            <GroupedBarChart
              width={WIDTH}
              labelWidth={200}
              data={counts.map((r) => ({
                index: r.observation.id,
                label: r.indicator.name[locale],
                value: r.observation.value!,
              }))}
              series={[{ key: 'value', label: t('discipline.title'), color: 'var(--chart-1)' }]}
              valueFormatter={(v) => formatNumber(v, locale)}
              onSelect={(id) => openSource({ kind: 'observation', id })}
            />
          </SlideChart>
          <SlideFigures
            items={counts.map((r) => ({
              id: r.observation.id,
              label: r.indicator.name[locale],
              figure: figure(r),
            }))}
          />
        </div>
      ) : null}
      {shares.length > 0 ? (
        <ul className="slide-facts">
          {shares.map((r) => (
            <li key={r.observation.id} className="slide-big-fact">
              <FigureButton target={{ kind: 'observation', id: r.observation.id }}>
                <strong className="slide-big-figure">{figure(r)}</strong>
              </FigureButton>
              <span className="slide-fact-label">{r.indicator.name[locale]}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
