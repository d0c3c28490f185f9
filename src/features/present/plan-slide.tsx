import { useT } from '../../state/use-t';
import { useUiStore } from '../../state/ui-store';
import { BulletChart } from '../../components/charts/bullet-chart';
import type { SlideModels } from './slide-models';
import { SlideChart } from './slide-chart';
import { SlideFigures } from './slide-figures';

const WIDTH = 840;

/** Share of the annual plan reached, against the plan mark: the overview's plan chart at slide size. */
export function PlanSlide({ model: { chart } }: { model: SlideModels['plan'] }) {
  const { locale } = useT();
  const openSource = useUiStore((s) => s.openSource);
  return (
    <div className="slide-chart-layout">
      <SlideChart label={chart.conclusion} width={WIDTH}>
        <BulletChart
          width={WIDTH}
          labelWidth={locale === 'en' ? 300 : 170}
          data={chart.bars}
          target={chart.target}
          targetLabel={chart.targetLabel}
          valueFormatter={chart.format}
          onSelect={(id) => openSource({ kind: 'observation', id })}
        />
      </SlideChart>
      <SlideFigures items={chart.figures} />
    </div>
  );
}
