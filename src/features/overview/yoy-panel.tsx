import type { Dataset } from '../../data/schema';
import { useT } from '../../state/use-t';
import { formatChange, formatPercent } from '../../i18n/format';
import { useUiStore } from '../../state/ui-store';
import { ChartFigure } from '../../components/ui/chart-figure';
import { EmbedButton } from './embed-button';
import { groupedBarChartHeight, LEGEND_HEIGHT } from '../../components/charts/chart-sizes';
import type { GroupedRow } from '../../components/charts/grouped-bar-chart';
import { LazyGroupedBarChart as GroupedBarChart } from '../../components/charts/lazy-charts';
import { FigureList } from './figure-list';
import { yoyConclusion } from '../../figures/overview-conclusions';
import { selectYoyChanges } from '../../figures/overview';

const SCOPES = ['provinces-aggregate', 'central-organs'] as const;
const COLORS = { 'provinces-aggregate': 'var(--chart-1)', 'central-organs': 'var(--chart-2)' } as const;

/** Year-on-year falls, provinces beside central organs; bars show the size of the fall. */
export function YoyPanel({ dataset }: { dataset: Dataset }) {
  const { t, locale } = useT();
  const openSource = useUiStore((s) => s.openSource);
  const rows = selectYoyChanges(dataset);
  const indicators = [...new Map(rows.map((r) => [r.indicator.id, r.indicator])).values()];
  const data: GroupedRow[] = indicators.map((i) => {
    const row: GroupedRow = { index: i.id, label: i.name[locale] };
    for (const scope of SCOPES) {
      const r = rows.find((x) => x.indicator.id === i.id && x.scope === scope);
      if (r) row[scope] = Math.abs(r.change);
    }
    return row;
  });
  const select = (indicatorId: string, scope: string) => {
    const r = rows.find((x) => x.indicator.id === indicatorId && x.scope === scope);
    if (r) openSource({ kind: 'observation', id: r.id });
  };
  return (
    <ChartFigure
      footer={<EmbedButton chart="yoy" title={t('yoy.title')} />}
      title={t('yoy.title')}
      conclusion={yoyConclusion(rows, { t, locale })}
      chartHeight={{ drawn: groupedBarChartHeight(data.length, SCOPES.length), fixed: LEGEND_HEIGHT }}
      chart={
        <GroupedBarChart
          data={data}
          series={SCOPES.map((s) => ({ key: s, label: t(`scope.${s}`), color: COLORS[s] }))}
          valueFormatter={(v) => `↓${formatPercent(v, locale)}`}
          tickFormatter={(v) => formatPercent(v, locale)}
          // English names ("Documents issued") need a wider column than 文件数量.
          labelWidth={locale === 'en' ? 110 : 70}
          onSelect={select}
        />
      }
    >
      <FigureList
        items={rows.map((r) => ({
          id: r.id,
          label: `${t(`scope.${r.scope}` as 'scope.national')} · ${r.indicator.name[locale]}`,
          figure: formatChange(r.change, locale, t),
        }))}
      />
    </ChartFigure>
  );
}
