import type { Dataset } from '../../data/schema';
import { useT } from '../../state/use-t';
import { useUiStore } from '../../state/ui-store';
import { ChartFigure } from '../../components/ui/chart-figure';
import { EmbedButton } from './embed-button';
import { bulletChartHeight } from '../../components/charts/chart-sizes';
import { LazyBulletChart as BulletChart } from '../../components/charts/lazy-charts';
import { FigureList } from './figure-list';
import { planChart } from '../../figures/overview-charts';
import { selectPlanCompletion } from '../../figures/overview';

export function PlanPanel({ dataset }: { dataset: Dataset }) {
  const { t, locale } = useT();
  const openSource = useUiStore((s) => s.openSource);
  const chart = planChart(selectPlanCompletion(dataset), { t, locale });
  return (
    <ChartFigure
      footer={<EmbedButton chart="plan" title={chart.title} />}
      title={chart.title}
      conclusion={chart.conclusion}
      chartHeight={{ drawn: bulletChartHeight(chart.bars.length) }}
      chart={
        <BulletChart
          data={chart.bars}
          target={chart.target}
          targetLabel={chart.targetLabel}
          valueFormatter={chart.format}
          onSelect={(id) => openSource({ kind: 'observation', id })}
        />
      }
    >
      <FigureList items={chart.figures} />
    </ChartFigure>
  );
}
