import { provinceShortName } from '../../data/province-names';
import { inLocale } from '../../data/localized';
import { useT } from '../../state/use-t';
import { formatChange, formatPercent } from '../../i18n/format';
import { useUiStore } from '../../state/ui-store';
import { GroupedBarChart } from '../../components/charts/grouped-bar-chart';
import type { SlideModels } from './slide-models';
import { SlideChart } from './slide-chart';
import { SlideFigures } from './slide-figures';
import { beforeAfter, placeOf } from './conclusions';

const WIDTH = 840;

/** The largest local cuts under the filters, each computed from the source's own before and after. */
export function CasesSlide({ model }: { model: SlideModels['cases'] }) {
  const { t, locale } = useT();
  const openSource = useUiStore((s) => s.openSource);
  const ctx = { t, locale };
  return (
    <div className="slide-chart-layout">
      <SlideChart label={model.conclusion} width={WIDTH}>
        <GroupedBarChart
          width={WIDTH}
          labelWidth={300}
          data={model.rows.map((r) => ({
            index: r.observation.id,
            label: t('present.cases.label', {
              province: provinceShortName(r.province, locale),
              indicator: inLocale(r.indicator.name, locale),
            }),
            value: Math.abs(r.change),
          }))}
          series={[{ key: 'value', label: t('present.cases.series'), color: 'var(--chart-good)' }]}
          valueFormatter={(v) => `↓${formatPercent(v, locale)}`}
          tickFormatter={(v) => formatPercent(v, locale)}
          onSelect={(id) => openSource({ kind: 'observation', id })}
        />
      </SlideChart>
      <SlideFigures
        items={model.rows.map((r) => ({
          id: r.observation.id,
          label: t('present.cases.item', {
            place: placeOf(r, locale),
            indicator: inLocale(r.indicator.name, locale),
            ...beforeAfter(r, ctx),
          }),
          figure: formatChange(r.change, locale, t),
        }))}
      />
    </div>
  );
}
