import { useT } from '../../state/use-t';
import { CHARTED_COUNTS, isChartedCount, type ChartedCount } from '../../data/stats-counts';
import { useUrlStateStore } from '../../state/url-state-store';
import { columnLabel } from '../../figures/column-label';
import { citiesOf, countiesOf, provinceName, type Drill } from '../../figures/stats-drill';
import type { StatsRow } from '../../data/stats-schema';

/** The count every chart shows (指标), from the shared filters so the deck follows it. */
export function CountSelect({ count }: { count: ChartedCount }) {
  const { t, locale } = useT();
  const setCount = useUrlStateStore((s) => s.setCount);
  return (
    <label className="flex items-center gap-2">
      {t('import.view.count')}
      <select
        className="rounded border border-line bg-surface px-2 py-1"
        value={count}
        onChange={(e) => isChartedCount(e.target.value) && setCount(e.target.value)}
      >
        {CHARTED_COUNTS.map((c) => (
          <option key={c} value={c}>
            {columnLabel(c, t, locale)}
          </option>
        ))}
      </select>
    </label>
  );
}

type DrillProps = { rows: readonly StatsRow[]; drill: Drill; provinces: readonly string[] };

/**
 * Where the charts are: provinces › one province's cities › one city's counties. The city choice is offered
 * only under one chosen province whose cities the file has; at the top, a hint says how to drill when the
 * file has any city or county.
 */
export function DrillBar({ rows, drill, provinces }: DrillProps) {
  const { t, locale } = useT();
  const setCity = useUrlStateStore((s) => s.setCity);
  const province = drill.province ?? (provinces.length === 1 ? provinces[0]! : null);
  const cities = province === null ? [] : citiesOf(rows, province);
  if (province === null || cities.length === 0) {
    const drillable = rows.some((r) => r.city !== undefined || r.county !== undefined);
    return drillable ? <p className="text-sm text-ink-muted">{t('import.view.drillHint')}</p> : null;
  }
  // Only cities with counties lead somewhere: choosing another would change nothing.
  const withCounties = cities.filter((c) => countiesOf(rows, province, c).length > 0);
  return (
    <nav aria-label={t('import.view.drill')} className="flex flex-wrap items-center gap-2 text-sm">
      <span className="font-semibold">{provinceName(province, locale)}</span>
      <span aria-hidden="true">›</span>
      {withCounties.length === 0 ? (
        <span>{t('import.view.scope.city', { place: provinceName(province, locale) })}</span>
      ) : (
        <label className="flex items-center gap-2">
          {t('import.view.city')}
          <select
            className="rounded border border-line bg-surface px-2 py-1"
            value={drill.city ?? ''}
            onChange={(e) => setCity(e.target.value || null)}
          >
            <option value="">{t('import.view.allCities')}</option>
            {withCounties.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
      )}
    </nav>
  );
}
