import { PROVINCES } from '../../data/provinces';
import { useT } from '../../i18n/use-t';
import { formatNumber } from '../../i18n/format';
import { useFiltersStore } from '../../state/filters-store';
import { TileMap } from '../../components/charts/tile-map';
import { tileSteps } from '../import/stats-view';
import type { StatsSlideModels } from './stats-slide-models';

/**
 * The count per province on the tile map, as on the import view: every value printed on its tile, the
 * chosen provinces marked; a tile toggles the province filter there and here alike.
 */
export function StatsMapSlide({ model }: { model: StatsSlideModels['stats-map'] }) {
  const { t, locale } = useT();
  const toggleProvince = useFiltersStore((s) => s.toggleProvince);
  const values = new Map(model.values);
  const title = t('import.view.mapTitle', { year: model.year, what: model.countLabel });
  return (
    <div className="slide-map">
      <TileMap
        compact
        tiles={PROVINCES.map((p) => {
          const v = values.get(p.code) ?? null;
          return {
            code: p.code,
            label: locale === 'en' ? p.en.slice(0, 4) : p.short,
            name: locale === 'en' ? p.en : p.short,
            value: v,
            valueLabel: v === null ? t('empty.none') : formatNumber(v, locale),
            selected: model.selected.includes(p.code),
            row: p.tile.row,
            col: p.tile.col,
            details: [],
          };
        })}
        steps={tileSteps(Math.max(0, ...values.values()), locale)}
        onToggle={toggleProvince}
        labels={{
          group: title,
          keyboardHint: t('cases.mapKeyboardHint'),
          legendTitle: model.countLabel,
          none: t('empty.none'),
          selected: t('cases.mapLegendSelected'),
          detailHint: t('cases.mapDetailHint'),
        }}
      />
    </div>
  );
}
