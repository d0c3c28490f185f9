import { useUiStore } from '../../state/ui-store';
import { GroupedBarChart } from '../../components/charts/grouped-bar-chart';
import { FigureButton } from '../../components/ui/figure-button';
import type { SlideModels } from './slide-models';
import { SlideChart } from './slide-chart';
import { SlideFigures } from './slide-figures';

const WIDTH = 560;

/** Discipline counts as bars; the survey share, a different kind of figure, as a big number beside them. */
export function AccountabilitySlide({ model: { chart } }: { model: SlideModels['accountability'] }) {
  const openSource = useUiStore((s) => s.openSource);
  return (
    <div className="slide-split">
      {chart.bars.length > 0 ? (
        <div className="slide-chart-layout">
          <SlideChart label={chart.conclusion} width={WIDTH}>
            <GroupedBarChart
              width={WIDTH}
              labelWidth={200}
              data={chart.bars}
              series={chart.series}
              valueFormatter={chart.format}
              onSelect={(id) => openSource({ kind: 'observation', id })}
            />
          </SlideChart>
          <SlideFigures items={chart.countFigures} />
        </div>
      ) : null}
      {chart.shares.length > 0 ? (
        <ul className="slide-facts">
          {chart.shares.map((share) => (
            <li key={share.id} className="slide-big-fact">
              <FigureButton target={{ kind: 'observation', id: share.id }}>
                <strong className="slide-big-figure">{share.figure}</strong>
              </FigureButton>
              <span className="slide-fact-label">{share.label}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
