import type { Dataset } from '../../data/schema';
import { useT } from '../../state/use-t';
import { useUiStore } from '../../state/ui-store';
import { ChartFigure } from '../../components/ui/chart-figure';
import { EmbedButton } from './embed-button';
import { groupedBarChartHeight } from '../../components/charts/chart-sizes';
import { LazyGroupedBarChart as GroupedBarChart } from '../../components/charts/lazy-charts';
import { FigureList } from './figure-list';
import { accountabilityChart } from '../../figures/overview-charts';
import { selectAccountability } from '../../figures/overview';

/** Discipline figures (cases, people) and the survey result. */
export function AccountabilityPanel({ dataset }: { dataset: Dataset }) {
  const { t, locale } = useT();
  const openSource = useUiStore((s) => s.openSource);
  const chart = accountabilityChart(selectAccountability(dataset), { t, locale });
  return (
    <ChartFigure
      footer={<EmbedButton chart="accountability" title={chart.title} />}
      title={chart.title}
      conclusion={chart.conclusion}
      chartHeight={{ drawn: groupedBarChartHeight(chart.bars.length, 1) }}
      chart={
        <GroupedBarChart
          data={chart.bars}
          series={chart.series}
          valueFormatter={chart.format}
          onSelect={(id) => openSource({ kind: 'observation', id })}
          labelWidth={210}
        />
      }
    >
      <FigureList items={chart.figures} />
    </ChartFigure>
  );
}
