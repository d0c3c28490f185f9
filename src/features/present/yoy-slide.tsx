import { useUiStore } from '../../state/ui-store';
import { GroupedBarChart } from '../../components/charts/grouped-bar-chart';
import type { SlideModels } from './slide-models';
import { SlideChart } from './slide-chart';
import { SlideFigures } from './slide-figures';

const WIDTH = 840;

/** Year-on-year falls, provinces beside central organs: the overview's chart at slide size. */
export function YoySlide({ model: { chart } }: { model: SlideModels['yoy'] }) {
  const openSource = useUiStore((s) => s.openSource);
  return (
    <div className="slide-chart-layout">
      <SlideChart label={chart.conclusion} width={WIDTH}>
        <GroupedBarChart
          width={WIDTH}
          labelWidth={110}
          data={chart.data}
          series={chart.series}
          valueFormatter={chart.format}
          tickFormatter={chart.tickFormat}
          onSelect={(indicatorId, scope) => {
            const id = chart.observationAt(indicatorId, scope);
            if (id) openSource({ kind: 'observation', id });
          }}
        />
      </SlideChart>
      <SlideFigures items={chart.figures} />
    </div>
  );
}
