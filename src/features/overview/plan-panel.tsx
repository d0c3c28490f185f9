import type { Dataset } from '../../data/schema';
import { useT } from '../../state/use-t';
import { formatPercent } from '../../i18n/format';
import { useUiStore } from '../../state/ui-store';
import { ChartFigure } from '../../components/ui/chart-figure';
import { EmbedButton } from './embed-button';
import { bulletChartHeight } from '../../components/charts/chart-sizes';
import { LazyBulletChart as BulletChart } from '../../components/charts/lazy-charts';
import { FigureList } from './figure-list';
import { planConclusion } from '../../figures/overview-conclusions';
import { selectPlanCompletion } from '../../figures/overview';

export function PlanPanel({ dataset }: { dataset: Dataset }) {
  const { t, locale } = useT();
  const openSource = useUiStore((s) => s.openSource);
  const rows = selectPlanCompletion(dataset);
  const label = (r: (typeof rows)[number]) =>
    `${t(`scope.${r.scope}` as 'scope.national')} · ${r.indicator.name[locale]}`;
  return (
    <ChartFigure
      footer={<EmbedButton chart="plan" title={t('plan.title')} />}
      title={t('plan.title')}
      conclusion={planConclusion(rows, { t, locale })}
      chartHeight={{ drawn: bulletChartHeight(rows.length) }}
      chart={
        <BulletChart
          data={rows.map((r) => ({ key: r.id, label: label(r), value: r.share }))}
          target={100}
          targetLabel={t('plan.planMark')}
          valueFormatter={(v) => formatPercent(v, locale)}
          onSelect={(id) => openSource({ kind: 'observation', id })}
        />
      }
    >
      <FigureList
        items={rows.map((r) => ({ id: r.id, label: label(r), figure: formatPercent(r.share, locale) }))}
      />
    </ChartFigure>
  );
}
