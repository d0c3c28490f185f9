import type { Dataset } from '../../data/schema';
import { useT } from '../../state/use-t';
import { formatNumber, formatValue } from '../../i18n/format';
import { useUiStore } from '../../state/ui-store';
import { ChartFigure } from '../../components/ui/chart-figure';
import { EmbedButton } from './embed-button';
import { groupedBarChartHeight } from '../../components/charts/chart-sizes';
import { LazyGroupedBarChart as GroupedBarChart } from '../../components/charts/lazy-charts';
import { FigureList } from './figure-list';
import { accountabilityConclusion } from '../../figures/overview-conclusions';
import { selectAccountability } from '../../figures/overview';

/** Discipline figures (cases, people) and the survey result. */
export function AccountabilityPanel({ dataset }: { dataset: Dataset }) {
  const { t, locale } = useT();
  const openSource = useUiStore((s) => s.openSource);
  const rows = selectAccountability(dataset);
  const counts = rows.filter(
    (r) => r.indicator.category === 'discipline' && r.observation.value !== undefined,
  );
  return (
    <ChartFigure
      footer={<EmbedButton chart="accountability" title={t('discipline.title')} />}
      title={t('discipline.title')}
      conclusion={accountabilityConclusion(rows, { t, locale })}
      chartHeight={{ drawn: groupedBarChartHeight(counts.length, 1) }}
      chart={
        <GroupedBarChart
          data={counts.map((r) => ({
            index: r.observation.id,
            label: r.indicator.name[locale],
            value: r.observation.value!,
          }))}
          series={[{ key: 'value', label: t('discipline.title'), color: 'var(--chart-1)' }]}
          valueFormatter={(v) => formatNumber(v, locale)}
          onSelect={(id) => openSource({ kind: 'observation', id })}
          labelWidth={210}
        />
      }
    >
      <FigureList
        items={rows.map((r) => ({
          id: r.observation.id,
          label: r.indicator.name[locale],
          figure:
            r.observation.value === undefined
              ? '—'
              : formatValue(r.observation.value, r.indicator.unit, locale, t, r.observation.valueQualifier),
        }))}
      />
    </ChartFigure>
  );
}
