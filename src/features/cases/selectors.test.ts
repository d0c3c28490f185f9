import { describe, expect, it } from 'vitest';
import { INVENTED_DATASET as published, inventedObservation } from '../../data/fixtures/invented-dataset';
import { datasetSchema } from '../../data/schema';
import { PROVINCES } from '../../data/provinces';
import { translator } from '../../i18n/i18n';
import { DEFAULT_URL_STATE, type UrlState } from '../../state/url-state';
import { PROVINCE_ABBR } from './province-abbr';
import {
  countUnplaced,
  figureCount,
  groupCases,
  isCase,
  mapProvenance,
  selectCases,
  selectNationalFigures,
  selectProvinceTiles,
  sortCases,
  TILE_STEPS,
  tileIndicatorNames,
  tileMapConclusion,
  type CaseRow,
} from './selectors';

// On the invented fixture (src/data/fixtures/invented-dataset.ts): no figure or place here is real.
const zh = { t: translator('zh-CN'), locale: 'zh-CN' as const };
const en = { t: translator('en'), locale: 'en' as const };
const filters = (f: Partial<UrlState> = {}): UrlState => ({ ...DEFAULT_URL_STATE, ...f });
const ids = (rows: readonly CaseRow[]) => rows.map((r) => r.id);

describe('which observations are cases', () => {
  it('takes every observation with a province code, and nothing national', () => {
    const all = selectCases(published, filters());
    const local = published.observations.filter((o) => o.scope.provinceCode !== undefined);
    expect(all).toHaveLength(10);
    expect(ids(all)).toEqual(local.map((o) => o.id));
    expect(all.every((r) => isCase(r.observation))).toBe(true);
    expect(ids(all)).not.toContain('central-meetings-2020');
  });
  it('narrows by province, year and category like every other view', () => {
    expect(ids(selectCases(published, filters({ provinces: ['620000'] })))).toEqual([
      'gansu-provincial-projects-2024',
      'gansu-meetings-2024',
      'gansu-chat-groups-closed-2024',
    ]);
    expect(selectCases(published, filters({ provinces: ['110000'] }))).toEqual([]);
    const inspections2020 = selectCases(published, filters({ year: 2020, category: 'inspections' }));
    expect(ids(inspections2020)).toEqual(['hubei-inspection-items-2020']);
  });
  it('carries the computed change from derive and the stated one from the source', () => {
    const village = selectCases(published, filters()).find((r) => r.id === 'hubei-village-items-2024')!;
    expect(village.computed).toBeCloseTo(-40, 5);
    expect(village.stated).toBeNull();
    const county = selectCases(published, filters()).find((r) => r.id === 'hubei-inspection-items-2020')!;
    expect(county.computed).toBeNull();
    expect(county.stated).toBe(-60);
  });
});

describe('national figures beside the cases', () => {
  it('keeps every national figure whatever the province filter, and never a local one', () => {
    const withProvince = selectNationalFigures(published, filters({ provinces: ['620000'] }));
    const without = selectNationalFigures(published, filters());
    expect(withProvince.map((f) => f.observation.id)).toEqual(without.map((f) => f.observation.id));
    expect(withProvince).toHaveLength(11);
    expect(withProvince.every((f) => f.observation.scope.provinceCode === undefined)).toBe(true);
  });
  it('follows the year filter', () => {
    expect(selectNationalFigures(published, filters({ year: 2024 }))).toEqual([]);
  });
});

describe('sort orders', () => {
  const all = selectCases(published, filters());

  it('by reduction: largest computed fall first, stated-only falls next, figures without a change last', () => {
    const sorted = sortCases(all, 'reduction');
    expect(ids(sorted).slice(0, 6)).toEqual([
      'shanxi-inspection-visits-2019', // 5 → 1: −80%
      'jiangsu-meeting-round-days-2021', // 2 → 0.5: −75%, Jiangsu before Gansu (code order) on a tie
      'gansu-provincial-projects-2024', // 8 → 2: −75%
      'jiangsu-media-accounts-2021', // 100 → 40: −60%
      'jiangsu-village-certificates-2024', // 10 → 5: −50%
      'hubei-village-items-2024', // 50 → 30: −40%
    ]);
    const computedCount = all.filter((r) => r.computed !== null).length;
    expect(sorted.slice(0, computedCount).every((r) => r.computed !== null)).toBe(true);
    const rest = sorted.slice(computedCount);
    expect(rest.every((r) => r.computed === null)).toBe(true);
    expect(ids(rest)).toEqual([
      'hubei-inspection-items-2020', // stated −60%
      'gansu-meetings-2024', // −35% year on year
      'jiangsu-documents-2018', // −20% year on year
      'gansu-chat-groups-closed-2024', // no change
    ]);
  });
  it('puts a rise after every fall and before figures without a change', () => {
    const rise = { ...all.find((r) => r.computed !== null)!, id: 'rise', computed: 20 };
    const none = all.find((r) => r.computed === null && r.stated === null)!;
    expect(
      ids(sortCases([none, rise, ...all.filter((r) => r.computed !== null)], 'reduction')).slice(-2),
    ).toEqual(['rise', none.id]);
  });
  it('by year: newest first, provinces in code order within a year', () => {
    const sorted = sortCases(all, 'year');
    const years = sorted.map((r) => r.observation.period.year);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(sorted[0]!.observation.period.year).toBe(2024);
    expect(sorted.at(-1)!.observation.period.year).toBe(2018);
  });
  it('by province: code order, newest first within a province', () => {
    const sorted = sortCases(all, 'province');
    const codes = sorted.map((r) => r.province!.code);
    expect(codes).toEqual([...codes].sort());
    const jiangsu = sorted.filter((r) => r.province!.code === '320000').map((r) => r.observation.period.year);
    expect(jiangsu).toEqual([2024, 2021, 2021, 2018]);
  });
  it('does not change its input', () => {
    const before = ids(all);
    sortCases(all, 'reduction');
    expect(ids(all)).toEqual(before);
  });
});

describe('grouping', () => {
  const all = selectCases(published, filters());
  it('keeps one ranked list when sorted by reduction', () => {
    const groups = groupCases(all, 'reduction');
    expect(groups).toHaveLength(1);
    expect(groups[0]!.heading.kind).toBe('none');
    expect(groups[0]!.rows).toHaveLength(all.length);
  });
  it('gives one group per province, each once, holding all its cases', () => {
    const groups = groupCases(all, 'province');
    expect(groups.map((g) => g.key)).toEqual(['140000', '320000', '420000', '620000']);
    expect(groups.reduce((n, g) => n + g.rows.length, 0)).toBe(all.length);
    const jiangsu = groups.find((g) => g.key === '320000')!;
    expect(jiangsu.rows).toHaveLength(4);
  });
  it('gives one group per year, newest first', () => {
    const groups = groupCases(all, 'year');
    expect(groups.map((g) => g.key)).toEqual(['2024', '2021', '2020', '2019', '2018']);
  });
  it('gives no group for no cases', () => {
    expect(groupCases([], 'reduction')).toEqual([]);
    expect(groupCases([], 'province')).toEqual([]);
  });
});

describe('tile values', () => {
  it('has one tile per provincial unit, with the counts of countByProvince', () => {
    const tiles = selectProvinceTiles(published, filters());
    expect(tiles).toHaveLength(PROVINCES.length);
    const count = (code: string) => tiles.find((t) => t.province.code === code)!.count;
    expect(count('320000')).toBe(4);
    expect(count('620000')).toBe(3);
    expect(count('420000')).toBe(2);
    expect(count('140000')).toBe(1);
    expect(count('110000')).toBe(0);
    expect(tiles.reduce((n, t) => n + t.count, 0)).toBe(selectCases(published, filters()).length);
  });
  it('ignores the province filter (the map is how provinces are chosen) but follows year and category', () => {
    const gansu = filters({ provinces: ['620000'] });
    expect(selectProvinceTiles(published, gansu).map((t) => t.count)).toEqual(
      selectProvinceTiles(published, filters()).map((t) => t.count),
    );
    const in2024 = selectProvinceTiles(published, filters({ year: 2024 }));
    expect(in2024.find((t) => t.province.code === '140000')!.count).toBe(0);
    expect(in2024.find((t) => t.province.code === '320000')!.count).toBe(1);
    expect(in2024.find((t) => t.province.code === '620000')!.count).toBe(3);
  });
  it('lists a few distinct indicator names for the detail panel', () => {
    const jiangsu = selectProvinceTiles(published, filters()).find((t) => t.province.code === '320000')!;
    const names = tileIndicatorNames(jiangsu, 'zh-CN');
    // Jiangsu has four indicators; the panel lists three, each once.
    expect(names).toEqual(['文件数量', '整合的政务新媒体', '一轮会议天数']);
  });
  it('has shade steps that cover every positive count once', () => {
    for (let n = 1; n <= 50; n++) {
      expect(TILE_STEPS.filter((s) => n >= s.from && (s.to === null || n <= s.to))).toHaveLength(1);
    }
  });
  it('has a two-letter English label for every unit', () => {
    const labels = PROVINCES.map((p) => PROVINCE_ABBR[p.code]);
    expect(labels.every((l) => l !== undefined && /^[A-Z]{2}$/.test(l))).toBe(true);
    expect(new Set(labels).size).toBe(PROVINCES.length);
  });
});

describe('tile map conclusion', () => {
  it('is computed from the tiles', () => {
    const tiles = selectProvinceTiles(published, filters());
    expect(tileMapConclusion(tiles, zh)).toBe('共4个省份有地方数据，江苏最多（4条）。');
    expect(tileMapConclusion(tiles, en)).toBe('4 provinces have local figures; Jiangsu has the most (4).');
  });
  it('follows the filters', () => {
    const tiles = selectProvinceTiles(published, filters({ year: 2024 }));
    expect(tileMapConclusion(tiles, zh)).toBe('共3个省份有地方数据，甘肃最多（3条）。');
  });
  it('names every province on a tie', () => {
    const tiles = selectProvinceTiles(published, filters()).map((t) =>
      t.province.code === '620000' ? { ...t, count: 4 } : t,
    );
    expect(tileMapConclusion(tiles, zh)).toBe('共4个省份有地方数据，江苏、甘肃并列最多（各4条）。');
    expect(tileMapConclusion(tiles, en)).toBe(
      '4 provinces have local figures; Jiangsu and Gansu have the most (4 each).',
    );
  });
  it('speaks of one province in the singular', () => {
    const tiles = selectProvinceTiles(published, filters()).map((t) =>
      t.province.code === '320000' ? t : { ...t, count: 0 },
    );
    expect(tileMapConclusion(tiles, en)).toBe('Only Jiangsu has local figures (4).');
    expect(tileMapConclusion(tiles, zh)).toBe('只有江苏有地方数据（4条）。');
  });
  it('says so when no province has a figure', () => {
    const tiles = selectProvinceTiles(published, filters({ year: 2022 }));
    expect(tileMapConclusion(tiles, zh)).toBe('所选条件下各省份均无地方数据。');
  });
  it('counts figures in words', () => {
    expect(figureCount(3, zh.t)).toBe('3条数据');
    expect(figureCount(1, en.t)).toBe('1 figure');
    expect(figureCount(0, en.t)).toBe('0 figures');
  });
});

describe('a place the source does not name', () => {
  // Invented (测试用): an unnamed county with only a region, and one in a named province.
  const region = { 'zh-CN': '测试地区', en: 'Test region' };
  const base = inventedObservation('hubei-village-items-2024');
  const regionOnly = {
    ...base,
    id: 'unnamed-region-only-2024',
    scope: {
      level: 'county' as const,
      unnamed: true as const,
      region,
      place: { 'zh-CN': '测试地区某县', en: 'a county in Test region' },
    },
  };
  const inProvince = {
    ...base,
    id: 'unnamed-in-hubei-2024',
    scope: {
      ...regionOnly.scope,
      provinceCode: '420000',
      place: { 'zh-CN': '东湖市某县', en: 'a county in Donghu' },
    },
  };
  const ds = datasetSchema.parse({
    ...published,
    observations: [...published.observations, regionOnly, inProvince],
  });

  it('is a case, with no province where the source gives none', () => {
    const rows = selectCases(ds, filters());
    expect(rows.find((r) => r.id === regionOnly.id)?.province).toBeNull();
    expect(rows.find((r) => r.id === inProvince.id)?.province?.code).toBe('420000');
    expect(isCase(regionOnly)).toBe(true);
  });

  it('has no tile: the map counts it apart, and a named province’s unnamed place stays on that province’s tile', () => {
    const tiles = selectProvinceTiles(ds, filters());
    expect(tiles.flatMap((t) => t.rows).map((r) => r.id)).not.toContain(regionOnly.id);
    expect(tiles.find((t) => t.province.code === '420000')!.rows.map((r) => r.id)).toContain(inProvince.id);
    expect(countUnplaced(ds, filters())).toBe(1);
    expect(countUnplaced(ds, filters({ year: 2020 }))).toBe(0);
  });

  it('is grouped last, under its own heading, when sorted by province', () => {
    const groups = groupCases(selectCases(ds, filters()), 'province');
    expect(groups.at(-1)!.heading).toEqual({ kind: 'unnamed' });
    expect(ids(groups.at(-1)!.rows)).toEqual([regionOnly.id]);
  });

  it('is left out when a province is chosen', () => {
    expect(ids(selectCases(ds, filters({ provinces: ['420000'] })))).not.toContain(regionOnly.id);
  });
});

describe("mapProvenance (the embedded map's stamp and sources)", () => {
  it('is the latest 截至 among the figures on the tiles, and their sources', () => {
    const { asOf, sources } = mapProvenance(published, filters({ year: 2019 }));
    expect(asOf).toEqual({ kind: 'date', iso: '2019-05' });
    expect(sources.map((s) => s.id)).toEqual(['s102']);
  });
  it('ignores the province filter, as the tiles do', () => {
    expect(mapProvenance(published, filters({ provinces: ['620000'] }))).toEqual(
      mapProvenance(published, filters()),
    );
  });
});
