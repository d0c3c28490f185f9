import { useT } from '../../state/use-t';
import { formatNumber } from '../../i18n/format';
import { useUrlStateStore } from '../../state/url-state-store';
import { TileMap } from '../../components/charts/tile-map';
import { statsTiles, tileSteps } from '../../figures/stats-view';
import type { StatsSlideModels } from './stats-slide-models';

/** As many of a drilled province's cities (or a city's counties) as read beside the map. */
const BREAKDOWN_SHOWN = 10;

/**
 * The count per province on the tile map, as on the statistics view: every value printed on its tile (a
 * province without one shows "—"), the chosen provinces marked; a tile toggles the province filter there and
 * here alike. Drilled into a province, its cities (or a city's counties) are listed beside the map.
 */
export function StatsMapSlide({ model }: { model: StatsSlideModels['stats-map'] }) {
  const { t, locale } = useT();
  const toggleProvince = useUrlStateStore((s) => s.toggleProvince);
  const values = new Map(model.values);
  const shown = model.breakdown.slice(0, BREAKDOWN_SHOWN);
  const rest = model.breakdown.length - shown.length;
  return (
    <div className="slide-map-split">
      <div className="slide-map">
        <TileMap
          compact
          tiles={statsTiles(values, model.selected, { t, locale })}
          steps={tileSteps(Math.max(0, ...values.values()), locale)}
          onToggle={toggleProvince}
          labels={{
            group: model.title,
            keyboardHint: t('cases.mapKeyboardHint'),
            legendTitle: model.countLabel,
            none: t('empty.none'),
            selected: t('cases.mapLegendSelected'),
            detailHint: t('cases.mapDetailHint'),
          }}
        />
      </div>
      {shown.length ? (
        <section className="slide-breakdown" data-testid="slide-breakdown">
          <h3>{model.breakdownTitle}</h3>
          <ol>
            {shown.map((a) => (
              <li key={a.key}>
                <span>{a.label}</span>
                <strong>{formatNumber(a.value, locale)}</strong>
              </li>
            ))}
          </ol>
          {rest > 0 ? <p>{t('import.view.moreAreas', { count: rest })}</p> : null}
        </section>
      ) : null}
    </div>
  );
}
