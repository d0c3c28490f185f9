import { useT } from '../../state/use-t';
import { formatChange, formatPercent } from '../../i18n/format';
import { useUiStore } from '../../state/ui-store';
import { GroupedBarChart, type GroupedRow } from '../../components/charts/grouped-bar-chart';
import type { SlideModels } from './slide-models';
import { SlideChart } from './slide-chart';
import { SlideFigures } from './slide-figures';

const WIDTH = 840;
const SCOPES = ['provinces-aggregate', 'central-organs'] as const;
const COLORS = { 'provinces-aggregate': 'var(--chart-1)', 'central-organs': 'var(--chart-2)' } as const;

/** Year-on-year falls, provinces beside central organs; bars show the size of the fall. */
export function YoySlide({ model }: { model: SlideModels['yoy'] }) {
  const { t, locale } = useT();
  const openSource = useUiStore((s) => s.openSource);
  const rows = model.rows;
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
    <div className="slide-chart-layout">
      <SlideChart label={model.conclusion} width={WIDTH}>
        <GroupedBarChart
          width={WIDTH}
          labelWidth={110}
          data={data}
          series={SCOPES.map((s) => ({ key: s, label: t(`scope.${s}`), color: COLORS[s] }))}
          valueFormatter={(v) => `↓${formatPercent(v, locale)}`}
          tickFormatter={(v) => formatPercent(v, locale)}
          onSelect={select}
        />
      </SlideChart>
      <SlideFigures
        items={rows.map((r) => ({
          id: r.id,
          label: `${t(`scope.${r.scope}` as 'scope.national')} · ${r.indicator.name[locale]}`,
          figure: formatChange(r.change, locale, t),
        }))}
      />
    </div>
  );
}
