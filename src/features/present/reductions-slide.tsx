import { useUiStore } from '../../state/ui-store';
import { BeforeAfterChart } from '../../components/charts/before-after-chart';
import { ChartLegend } from '../../components/charts/chart-legend';
import { FigureButton } from '../../components/ui/figure-button';
import type { SlideModels } from './slide-models';
import { SlideChart } from './slide-chart';

const WIDTH = 540;

/**
 * Before → after where the source gives both (one chart per figure: 96 items and 822 activities do not
 * share a scale), and the other reductions as figures beside them: the overview's chart at slide size.
 */
export function ReductionsSlide({ model: { chart } }: { model: SlideModels['reductions'] }) {
  const openSource = useUiStore((s) => s.openSource);
  return (
    <div className="slide-split">
      {chart.beforeAfter.length > 0 ? (
        <SlideChart label={chart.conclusion} width={WIDTH}>
          <ChartLegend items={chart.legend} />
          {chart.beforeAfter.map((bar) => (
            <BeforeAfterChart
              key={bar.key}
              width={WIDTH}
              data={[bar]}
              valueFormatter={chart.format}
              onSelect={(id) => openSource({ kind: 'observation', id })}
            />
          ))}
        </SlideChart>
      ) : null}
      <ul className="slide-facts">
        {chart.items.map((item) => (
          <li key={item.id}>
            <span className="slide-fact-label">{item.label}</span>
            <FigureButton target={{ kind: 'observation', id: item.id }}>
              <strong className="slide-fact-figure">{item.figure}</strong>
            </FigureButton>
            {item.change ? <span className="slide-fact-change">{item.change}</span> : null}
            {item.inconsistency ? (
              <span className="slide-fact-flag">
                <strong>⚠ {chart.inconsistentBadge}</strong> {item.inconsistency}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
