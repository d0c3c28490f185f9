import type { Dataset } from '../../data/schema';
import { useT } from '../../state/use-t';
import { useUiStore } from '../../state/ui-store';
import { ChartFigure } from '../../components/ui/chart-figure';
import { EmbedButton } from './embed-button';
import { groupedBarChartHeight, LEGEND_HEIGHT } from '../../components/charts/chart-sizes';
import { LazyGroupedBarChart as GroupedBarChart } from '../../components/charts/lazy-charts';
import { FigureList } from './figure-list';
import { yoyChart } from '../../figures/overview-charts';
import { selectYoyChanges } from '../../figures/overview';

/** Year-on-year falls, provinces beside central organs; bars show the size of the fall. */
export function YoyPanel({ dataset }: { dataset: Dataset }) {
  const { t, locale } = useT();
  const openSource = useUiStore((s) => s.openSource);
  const chart = yoyChart(selectYoyChanges(dataset), { t, locale });
  return (
    <ChartFigure
      footer={<EmbedButton chart="yoy" title={chart.title} />}
      title={chart.title}
      conclusion={chart.conclusion}
      chartHeight={{
        drawn: groupedBarChartHeight(chart.data.length, chart.series.length),
        fixed: LEGEND_HEIGHT,
      }}
      chart={
        <GroupedBarChart
          data={chart.data}
          series={chart.series}
          valueFormatter={chart.format}
          tickFormatter={chart.tickFormat}
          // English names ("Documents issued") need a wider column than 文件数量.
          labelWidth={locale === 'en' ? 110 : 70}
          onSelect={(indicatorId, scope) => {
            const id = chart.observationAt(indicatorId, scope);
            if (id) openSource({ kind: 'observation', id });
          }}
        />
      }
    >
      <FigureList items={chart.figures} />
    </ChartFigure>
  );
}
