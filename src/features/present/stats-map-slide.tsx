import { useT } from '../../state/use-t';
import { useFiltersStore } from '../../state/url-state-store';
import { TileMap } from '../../components/charts/tile-map';
import { statsTiles, tileSteps } from '../../figures/stats-view';
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
        tiles={statsTiles(values, model.selected, { t, locale })}
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
