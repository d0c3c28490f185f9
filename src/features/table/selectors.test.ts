import { describe, expect, it } from 'vitest';
import { toCsv } from '../../data/csv';
import { INVENTED_DATASET as published, inventedObservation } from '../../data/fixtures/invented-dataset';
import { datasetSchema } from '../../data/schema';
import { translator } from '../../i18n/i18n';
import { DEFAULT_URL_STATE, type UrlState } from '../../state/url-state';
import {
  csvFileName,
  searchRows,
  selectTableRows,
  sortRows,
  tableCsvRows,
  type Sort,
  type TableRow,
} from './selectors';

// On the invented fixture (src/data/fixtures/invented-dataset.ts): no figure, place or source here is real.
const zh = translator('zh-CN');
const en = translator('en');
const filters = (f: Partial<UrlState>): UrlState => ({ ...DEFAULT_URL_STATE, ...f });
const all = selectTableRows(published, DEFAULT_URL_STATE);
const byId = (rows: readonly TableRow[], id: string) => rows.find((r) => r.id === id)!;
const ids = (rows: readonly TableRow[]) => rows.map((r) => r.id);

describe('selectTableRows', () => {
  it('without filters has one row per observation, in dataset order', () => {
    expect(ids(all)).toEqual(published.observations.map((o) => o.id));
  });

  it('a province keeps its local figures and the national ones, marked as national', () => {
    const rows = selectTableRows(published, filters({ provinces: ['420000'] }));
    const local = rows.filter((r) => !r.national);
    expect(ids(local)).toEqual(['hubei-inspection-items-2020', 'hubei-village-items-2024']);
    expect(local.every((r) => r.province?.short === '湖北')).toBe(true);
    const national = rows.filter((r) => r.national);
    expect(ids(national)).toContain('provinces-documents-2020');
    expect(national.every((r) => r.province === undefined)).toBe(true);
  });

  it('year and category narrow the rows', () => {
    const rows = selectTableRows(published, filters({ year: 2020, category: 'inspections' }));
    expect(ids(rows)).toEqual([
      'central-inspection-items-2020',
      'provinces-inspection-items-2020',
      'central-veto-items-2020',
      'hubei-inspection-items-2020',
    ]);
  });

  it('ignores the text query (searchRows applies it)', () => {
    expect(selectTableRows(published, filters({ query: 'zzzz' }))).toHaveLength(all.length);
  });

  it('leads with the stated change and keeps the computed one beside it', () => {
    const r = byId(all, 'creation-activities-2020');
    expect(r.change).toBe(-75);
    expect(r.computed).toBe(-70);
    expect(byId(all, 'central-inspection-items-2020').change).toBe(-25);
    expect(byId(all, 'provinces-documents-2020').change).toBe(-21.6);
    expect(byId(all, 'central-veto-items-2020').change).toBeNull();
  });

  it('sorts a plan-share-only datum by its share', () => {
    expect(byId(all, 'provinces-documents-2020').sortValue).toBe(81.2);
    expect(byId(all, 'provinces-inspection-items-2020').sortValue).toBe(1200);
  });
});

describe('searchRows', () => {
  const qingshi = ['hubei-inspection-items-2020', 'hubei-village-items-2024'];

  it('an empty or blank query keeps every row', () => {
    expect(searchRows(all, '')).toBe(all);
    expect(searchRows(all, ' \u3000 ')).toBe(all);
  });

  it('matches the place', () => {
    expect(ids(searchRows(all, '青石'))).toEqual(qingshi);
  });

  it('matches the English place whatever the case or width', () => {
    expect(ids(searchRows(all, 'QINGSHI'))).toEqual(qingshi);
    expect(ids(searchRows(all, 'ｑｉｎｇｓｈｉ'))).toEqual(qingshi);
  });

  it('matches the indicator name in either locale', () => {
    const zhHits = searchRows(all, byId(all, 'central-veto-items-2020').indicator.name['zh-CN']);
    const enHits = searchRows(all, byId(all, 'central-veto-items-2020').indicator.name.en);
    expect(ids(zhHits)).toContain('central-veto-items-2020');
    expect(ids(enHits)).toEqual(ids(zhHits));
  });

  it('matches the province by its name, short name, English name or pinyin', () => {
    for (const q of ['甘肃省', '甘肃', 'Gansu', 'gansu']) {
      expect(ids(searchRows(all, q)), q).toEqual([
        'gansu-provincial-projects-2024',
        'gansu-meetings-2024',
        'gansu-chat-groups-closed-2024',
      ]);
    }
  });

  it('matches the quote', () => {
    expect(ids(searchRows(all, '拟取消75%'))).toEqual(['creation-activities-2020']);
  });

  it('needs every term of a multi-word query', () => {
    expect(ids(searchRows(all, '青石 村级'))).toEqual(['hubei-village-items-2024']);
  });

  it('finds nothing for text that is nowhere', () => {
    expect(searchRows(all, 'zzzz-nowhere')).toEqual([]);
  });
});

describe('sortRows', () => {
  const sorted = (sort: Sort) => sortRows(all, sort, 'zh-CN', zh);
  const present = (rows: readonly TableRow[], pick: (r: TableRow) => number | null) =>
    rows.map(pick).filter((v): v is number => v !== null);

  it('without a sort keeps dataset order', () => {
    expect(sorted(null)).toBe(all);
  });

  it('sorts by value both ways, rows without a value last', () => {
    for (const direction of ['ascending', 'descending'] as const) {
      const rows = sorted({ key: 'value', direction });
      const values = present(rows, (r) => r.sortValue);
      const expected = [...values].sort((a, b) => (direction === 'ascending' ? a - b : b - a));
      expect(values).toEqual(expected);
      const firstNull = rows.findIndex((r) => r.sortValue === null);
      expect(rows.slice(firstNull).every((r) => r.sortValue === null)).toBe(true);
    }
    expect(sorted({ key: 'value', direction: 'descending' })[0]!.id).toBe('discipline-people-handled-2020');
  });

  it('sorts by change: the steepest fall first when ascending, rows without a change last', () => {
    const rows = sorted({ key: 'change', direction: 'ascending' });
    expect(rows[0]!.id).toBe('shanxi-inspection-visits-2019');
    expect(rows[0]!.change).toBe(-80);
    expect(rows.at(-1)!.change).toBeNull();
    const down = sorted({ key: 'change', direction: 'descending' });
    expect(down[0]!.change).toBe(-12.4);
    expect(down.at(-1)!.change).toBeNull();
  });

  it('keeps dataset order among ties', () => {
    const rows = sorted({ key: 'change', direction: 'ascending' }).filter((r) => r.change === -20);
    expect(ids(rows)).toEqual(['provinces-inspection-items-2020', 'jiangsu-documents-2018']);
  });

  it('sorts Chinese text by pinyin and English text alphabetically', () => {
    const chongqing = { ...inventedObservation('jiangsu-documents-2018'), id: 'chongqing-documents-2018' };
    chongqing.scope = { level: 'province', provinceCode: '500000' };
    const withChongqing = selectTableRows(
      { ...published, observations: [...published.observations, chongqing] },
      DEFAULT_URL_STATE,
    );
    const zhNames = sortRows(withChongqing, { key: 'province', direction: 'ascending' }, 'zh-CN', zh)
      .filter((r) => r.province)
      .map((r) => r.province!.short);
    // 重庆 reads chóngqìng: pinyin order (重庆 甘肃 湖北 江苏 山西), not stroke or code-point order.
    expect([...new Set(zhNames)]).toEqual(['重庆', '甘肃', '湖北', '江苏', '山西']);
    const enNames = sortRows(all, { key: 'province', direction: 'ascending' }, 'en', en)
      .filter((r) => r.province)
      .map((r) => r.province!.en);
    expect(enNames).toEqual([...enNames].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('sorts by period: year, then the date a figure counts to', () => {
    const years = sorted({ key: 'period', direction: 'ascending' }).map((r) => r.observation.period.year);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    const y2020 = sorted({ key: 'period', direction: 'ascending' }).filter(
      (r) => r.observation.period.year === 2020,
    );
    expect(y2020[0]!.observation.period.asOf).toBe('2020-09');
  });

  it('sorts national scopes before local ones', () => {
    const rows = sorted({ key: 'scope', direction: 'ascending' });
    expect(rows[0]!.national).toBe(true);
    expect(rows.at(-1)!.observation.scope.level).toBe('village');
  });
});

describe('tableCsvRows', () => {
  const csv = tableCsvRows(all, zh, 'zh-CN');
  const header = csv[0]!;
  const column = (name: string) => header.indexOf(name);
  const record = (id: string) => csv.find((row) => row.at(-1) === id)!;

  it('has a header in the UI language and one record per row', () => {
    expect(csv).toHaveLength(all.length + 1);
    expect(header.slice(0, 3)).toEqual(['指标', '范围', '省份']);
    expect(header).toContain('原文摘录');
    expect(tableCsvRows([], en, 'en')[0]!.slice(0, 3)).toEqual(['Indicator', 'Scope', 'Province']);
  });

  it('writes figures as numbers, not formatted text', () => {
    const docs = record('provinces-documents-2020');
    expect(docs[column('同比变化（%）')]).toBe(-21.6);
    expect(docs[column('占全年计划比例（%）')]).toBe(81.2);
    expect(docs[column('年份')]).toBe(2020);
    expect(docs[column('截至日期')]).toBe('2020-11-30');
    expect(record('provinces-inspection-items-2020')[column('数值')]).toBe(1200);
    expect(record('discipline-cases-2020')[column('数值')]).toBe(52000);
  });

  it('keeps the baseline, the stated and the computed change and the inconsistency flag', () => {
    const r = record('creation-activities-2020');
    expect(r[column('基数')]).toBe(1000);
    expect(r[column('数值')]).toBe(300);
    expect(r[column('原文所述变化（%）')]).toBe(-75);
    expect(r[column('按数字计算变化（%）')]).toBe(-70);
    expect(r[column('原文数字不一致')]).toBe('是');
    expect(record('central-inspection-items-2020')[column('原文数字不一致')]).toBe('');
  });

  it('names qualifiers in words and carries the source and the verbatim quote', () => {
    const r = record('hubei-inspection-items-2020');
    expect(r[column('变化限定')]).toBe('以上');
    expect(r[column('省份')]).toBe('湖北省');
    expect(r[column('地点')]).toBe('东湖市青石县');
    expect(r[column('原文摘录')]).toBe(inventedObservation('hubei-inspection-items-2020').quote);
    expect(r[column('来源标题')]).toBe('测试用虚构报道乙');
    expect(r[column('来源')]).toBe('虚构日报');
  });

  it('leaves the province empty for a national figure', () => {
    expect(record('provinces-documents-2020')[column('省份')]).toBe('');
  });

  it('follows the rows it is given, in their order', () => {
    const some = sortRows(searchRows(all, '青石'), { key: 'value', direction: 'ascending' }, 'zh-CN', zh);
    expect(
      tableCsvRows(some, zh, 'zh-CN')
        .slice(1)
        .map((r) => r.at(-1)),
    ).toEqual(ids(some));
  });

  it('becomes a CSV with plain negative numbers and neutralised formula text', () => {
    const poisoned = datasetSchema.parse({
      ...published,
      observations: published.observations.map((o) =>
        o.id === 'hubei-village-items-2024'
          ? { ...o, scope: { ...o.scope, place: { 'zh-CN': '=HYPERLINK("http://x","y")', en: '@x' } } }
          : o,
      ),
    });
    const text = toCsv(tableCsvRows(selectTableRows(poisoned, DEFAULT_URL_STATE), zh, 'zh-CN'));
    expect(text.split('\r\n')[0]).toMatch(/^指标,范围,省份,地点,/);
    expect(text).toContain(',-21.6,');
    expect(text).toContain(`,"'=HYPERLINK(""http://x"",""y"")",`);
  });
});

describe('csvFileName', () => {
  it('names the filters in ASCII', () => {
    expect(csvFileName(DEFAULT_URL_STATE)).toBe('jianfu-data.csv');
    expect(csvFileName(filters({ year: 2020 }))).toBe('jianfu-data-2020.csv');
    expect(
      csvFileName(
        filters({ provinces: ['620000', '420000'], year: 2024, category: 'inspections', query: '嘉鱼' }),
      ),
    ).toBe('jianfu-data-gansu-hubei-2024-inspections-search.csv');
  });
});
