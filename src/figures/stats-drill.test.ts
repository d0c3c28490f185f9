import { describe, expect, it } from 'vitest';
import type { StatsRow } from '../data/stats-schema';
import {
  areaPlanBars,
  areaValues,
  areaYoyBars,
  citiesOf,
  countiesOf,
  drillAreas,
  drillOf,
  type Drill,
} from './stats-drill';

/*
 * An invented county-level file, for the test only: 甘肃 and 湖北, two cities each, two counties per city,
 * 2023 and 2024. A county's documents are 10 × its number (1…8) in 2024 and 20 × in 2023; meetings half.
 */
const PLACES = [
  ['620000', '兰州市', '榆中县'],
  ['620000', '兰州市', '皋兰县'],
  ['620000', '天水市', '秦安县'],
  ['620000', '天水市', '甘谷县'],
  ['420000', '武汉市', '江夏区'],
  ['420000', '武汉市', '黄陂区'],
  ['420000', '宜昌市', '远安县'],
  ['420000', '宜昌市', '兴山县'],
] as const;
const rows: StatsRow[] = [2023, 2024].flatMap((year, y) =>
  PLACES.map(([province, city, county], i) => {
    const documents = (i + 1) * (year === 2024 ? 10 : 20);
    return {
      line: 2 + y * PLACES.length + i,
      province,
      city,
      county,
      year,
      documents,
      documentsPlanned: 100,
      meetings: documents / 2,
      meetingsPlanned: 40,
    };
  }),
);
const areas = (drill: Drill, provinces: string[] = []) => drillAreas(rows, drill, provinces, 'zh-CN');

describe('drillOf', () => {
  it('charts provinces until exactly one is chosen', () => {
    expect(drillOf(rows, [], null)).toEqual({ level: 'province', province: null, city: null });
    expect(drillOf(rows, ['620000', '420000'], '兰州市').level).toBe('province');
  });
  it("charts one chosen province's cities, then one chosen city's counties", () => {
    expect(drillOf(rows, ['620000'], null)).toEqual({ level: 'city', province: '620000', city: null });
    expect(drillOf(rows, ['620000'], '兰州市')).toEqual({
      level: 'county',
      province: '620000',
      city: '兰州市',
    });
  });
  it('ignores a city the province does not have, and a province the file does not have', () => {
    expect(drillOf(rows, ['620000'], '武汉市').level).toBe('city');
    expect(drillOf(rows, ['110000'], null).level).toBe('province');
  });
  it('drills a province whose counties have no city straight to its counties', () => {
    const loose: StatsRow[] = [{ line: 2, province: '330000', county: '安吉县', year: 2024, documents: 5 }];
    expect(drillOf(loose, ['330000'], null)).toEqual({ level: 'county', province: '330000', city: null });
    expect(
      areaValues(drillAreas(loose, drillOf(loose, ['330000'], null), ['330000'], 'zh-CN'), 2024, 'documents'),
    ).toEqual([{ key: '330000||安吉县', label: '安吉县', value: 5, lines: [2] }]);
  });
});

describe('drill areas', () => {
  it('names cities and counties in file order', () => {
    expect(citiesOf(rows, '620000')).toEqual(['兰州市', '天水市']);
    expect(countiesOf(rows, '620000', '天水市')).toEqual(['秦安县', '甘谷县']);
  });
  it('sums a province over its counties, and a city over its own counties', () => {
    const byProvince = areaValues(
      areas({ level: 'province', province: null, city: null }),
      2024,
      'documents',
    );
    // 甘肃 2024: 10+20+30+40; 湖北 2024: 50+60+70+80.
    expect(byProvince.map((a) => [a.label, a.value])).toEqual([
      ['湖北', 260],
      ['甘肃', 100],
    ]);
    const cities = areaValues(areas(drillOf(rows, ['620000'], null), ['620000']), 2024, 'documents');
    expect(cities).toEqual([
      { key: '620000|天水市', label: '天水市', value: 70, lines: [12, 13] },
      { key: '620000|兰州市', label: '兰州市', value: 30, lines: [10, 11] },
    ]);
    const counties = areaValues(areas(drillOf(rows, ['620000'], '兰州市'), ['620000']), 2024, 'documents');
    expect(counties.map((a) => [a.label, a.value])).toEqual([
      ['皋兰县', 20],
      ['榆中县', 10],
    ]);
  });
  it('measures the chosen count against its own plan at every level', () => {
    const cities = areas(drillOf(rows, ['420000'], null), ['420000']);
    // 宜昌 2024 meetings: (70 + 80) / 2 = 75 of a plan of 2 × 40; 武汉: (50 + 60) / 2 = 55 of 80.
    expect(areaPlanBars(cities, 2024, 'meetings').map((b) => [b.label, b.actual, b.plan, b.value])).toEqual([
      ['宜昌市', 75, 80, 93.75],
      ['武汉市', 55, 80, 68.75],
    ]);
  });
  it('computes year on year per county from the county rows of the year before', () => {
    const counties = areas(drillOf(rows, ['620000'], '天水市'), ['620000']);
    const yoy = areaYoyBars(rows, counties, 2024, 'documents');
    // Every county halves from 2023 to 2024.
    expect(yoy.map((b) => [b.label, b.previous, b.value, b.change])).toEqual([
      ['秦安县', 60, 30, -50],
      ['甘谷县', 80, 40, -50],
    ]);
  });
  it('leaves out an area without a figure: "no data", never 0', () => {
    const partial = rows.filter((r) => !(r.county === '榆中县' && r.year === 2024));
    const counties = drillAreas(partial, drillOf(partial, ['620000'], '兰州市'), ['620000'], 'zh-CN');
    expect(areaValues(counties, 2024, 'documents').map((a) => a.label)).toEqual(['皋兰县']);
  });
});
