import type { Dataset } from '../../data/schema';
import { useT } from '../../state/use-t';
import { useUiStore } from '../../state/ui-store';
import { ChartFigure } from '../../components/ui/chart-figure';
import { EmbedButton } from './embed-button';
import { beforeAfterChartHeight, LEGEND_HEIGHT } from '../../components/charts/chart-sizes';
import { LazyBeforeAfterChart as BeforeAfterChart } from '../../components/charts/lazy-charts';
import { ChartLegend } from '../../components/charts/chart-legend';
import { FigureButton } from '../../components/ui/figure-button';
import { reductionsChart, type ReductionItem } from '../../figures/overview-charts';
import { selectOtherReductions } from '../../figures/overview';

/** Inspection items and other national reductions; a source that disagrees with itself shows both figures. */
export function ReductionsPanel({ dataset }: { dataset: Dataset }) {
  const { t, locale } = useT();
  const openSource = useUiStore((s) => s.openSource);
  const chart = reductionsChart(selectOtherReductions(dataset), { t, locale });
  return (
    <ChartFigure
      footer={<EmbedButton chart="reductions" title={chart.title} />}
      title={chart.title}
      conclusion={chart.conclusion}
      // The legend, then one chart per item, a 4 px gap (gap-1) between each.
      chartHeight={{
        drawn: chart.beforeAfter.length * beforeAfterChartHeight(1),
        fixed: LEGEND_HEIGHT + 4 * chart.beforeAfter.length,
      }}
      chart={
        <div className="flex flex-col gap-1">
          <ChartLegend items={chart.legend} />
          {chart.beforeAfter.map((bar) => (
            <BeforeAfterChart
              key={bar.key}
              data={[bar]}
              valueFormatter={chart.format}
              onSelect={(id) => openSource({ kind: 'observation', id })}
            />
          ))}
        </div>
      }
    >
      <ul className="grid gap-2 text-sm sm:grid-cols-2">
        {chart.items.map((item) => (
          <li key={item.id} className="rounded-md bg-surface-muted p-2">
            <ReductionFigure item={item} badge={chart.inconsistentBadge} />
          </li>
        ))}
      </ul>
    </ChartFigure>
  );
}

function ReductionFigure({ item, badge }: { item: ReductionItem; badge: string }) {
  return (
    <div className="flex flex-col gap-0.5" data-testid="reduction-item">
      <span className="text-ink-muted">{item.label}</span>
      <FigureButton target={{ kind: 'observation', id: item.id }} className="self-start text-left">
        <strong className="text-lg tabular-nums">{item.figure}</strong>
      </FigureButton>
      {item.change ? <span className="text-good">{item.change}</span> : null}
      {item.inconsistency ? (
        <span
          className="rounded border border-warn bg-warn-soft px-2 py-1 text-ink"
          data-testid="inconsistency"
        >
          <strong className="text-warn">⚠ {badge}</strong>
          <br />
          {item.inconsistency}
        </span>
      ) : null}
    </div>
  );
}
