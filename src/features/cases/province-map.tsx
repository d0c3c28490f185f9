import { provinceShortName } from '../../data/province-names';
import type { Dataset } from '../../data/schema';
import { useUrlStateStore } from '../../state/url-state-store';
import type { UrlState } from '../../state/url-state';
import { useT } from '../../state/use-t';
import { TileMap, type TileMapTile } from '../../components/charts/tile-map';
import { MapEmbed } from './map-embed';
import { PROVINCE_ABBR } from './province-abbr';
import {
  countUnplaced,
  figureCount,
  provinceShort,
  selectProvinceTiles,
  TILE_STEPS,
  tileIndicatorNames,
  tileMapConclusion,
} from './selectors';

const DETAIL_NAMES = 3;

/** The province tile map: counts under the year and category filters; clicking a tile toggles the province. */
export function ProvinceMap({ dataset, filters }: { dataset: Dataset; filters: UrlState }) {
  const { t, locale } = useT();
  const toggleProvince = useUrlStateStore((s) => s.toggleProvince);
  const provinceTiles = selectProvinceTiles(dataset, filters);
  const unplaced = countUnplaced(dataset, filters);

  const tiles: TileMapTile[] = provinceTiles.map((tile) => {
    const names = tileIndicatorNames(tile, locale, DETAIL_NAMES);
    const distinct = new Set(tile.rows.map((r) => r.indicator.id)).size;
    return {
      code: tile.province.code,
      label:
        locale === 'en'
          ? (PROVINCE_ABBR[tile.province.code] ?? tile.province.en)
          : provinceShortName(tile.province, locale),
      name: provinceShort(tile.province, locale),
      value: tile.count,
      valueLabel: figureCount(tile.count, t),
      selected: filters.provinces.includes(tile.province.code),
      row: tile.province.tile.row,
      col: tile.province.tile.col,
      details:
        distinct > names.length
          ? [...names, t('cases.mapDetailMore', { count: distinct - names.length })]
          : names,
    };
  });

  const steps = TILE_STEPS.map((s) => ({
    ...s,
    label:
      s.to === null
        ? t('cases.stepOpen', { from: s.from })
        : s.to === s.from
          ? String(s.from)
          : t('cases.stepRange', { from: s.from, to: s.to }),
  }));

  return (
    <section
      aria-labelledby="cases-map-title"
      className="flex flex-col gap-3 rounded-lg border border-line bg-surface p-4 shadow-sm"
    >
      <div>
        <h2 id="cases-map-title" className="text-base font-semibold">
          {t('cases.mapTitle')}
        </h2>
        <p className="mt-1 text-sm leading-snug text-ink-muted" data-testid="map-conclusion">
          {tileMapConclusion(provinceTiles, { t, locale })}
        </p>
      </div>
      <TileMap
        tiles={tiles}
        steps={steps}
        onToggle={toggleProvince}
        labels={{
          group: t('cases.mapGroup'),
          keyboardHint: t('cases.mapKeyboardHint'),
          legendTitle: t('cases.mapLegendTitle'),
          none: t('cases.mapLegendNone'),
          selected: t('cases.mapLegendSelected'),
          detailHint: t('cases.mapDetailHint'),
        }}
      />
      {unplaced > 0 ? (
        <p className="text-xs text-ink-muted" data-testid="map-unplaced">
          {unplaced === 1 ? t('cases.unplacedOne') : t('cases.unplacedOther', { count: unplaced })}
        </p>
      ) : null}
      <MapEmbed title={t('cases.mapTitle')} />
    </section>
  );
}
