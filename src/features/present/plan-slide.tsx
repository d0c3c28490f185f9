import { useT } from '../../state/use-t';
import { formatPercent } from '../../i18n/format';
import { useUiStore } from '../../state/ui-store';
import { BulletChart } from '../../components/charts/bullet-chart';
import type { SlideModels } from './slide-models';
import { SlideChart } from './slide-chart';
import { SlideFigures } from './slide-figures';

const WIDTH = 840;

/** Share of the annual plan reached, against the plan mark. */
export function PlanSlide({ model }: { model: SlideModels['plan'] }) {
  const { t, locale } = useT();
  const openSource = useUiStore((s) => s.openSource);
  const label = (r: (typeof model.rows)[number]) =>
    `${t(`scope.${r.scope}` as 'scope.national')} · ${r.indicator.name[locale]}`;
  return (
    <div className="slide-chart-layout">
      <SlideChart label={model.conclusion} width={WIDTH}>
        <BulletChart
          width={WIDTH}
          labelWidth={locale === 'en' ? 300 : 170}
          data={model.rows.map((r) => ({ key: r.id, label: label(r), value: r.share }))}
          target={100}
          targetLabel={t('plan.planMark')}
          valueFormatter={(v) => formatPercent(v, locale)}
          onSelect={(id) => openSource({ kind: 'observation', id })}
        />
      </SlideChart>
      <SlideFigures
        items={model.rows.map((r) => ({ id: r.id, label: label(r), figure: formatPercent(r.share, locale) }))}
      />
    </div>
  );
}
