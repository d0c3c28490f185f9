import { describe, expect, it } from 'vitest';
import { translator, type Locale, type Translate } from '../../i18n/i18n';
import { DEFAULT_URL_STATE, type UrlState } from '../../state/url-state';
import { createStatsDataset } from '../../data/stats-schema';
import type { StatsRow } from '../../data/stats-schema';
import { statsCharts } from '../../figures/stats-charts';
import { SLIDE_IDS } from './selectors';
import {
  availableStatsSlides,
  buildStatsSlideModels,
  rankColumns,
  STATS_SLIDE_IDS,
} from './stats-slide-models';

// Invented rows for the test only (the same as e2e/import.spec.ts imports).
const rows: StatsRow[] = [
  { line: 2, province: '620000', year: 2023, documents: 120, documentsPlanned: 150 },
  { line: 3, province: '620000', year: 2024, documents: 90, documentsPlanned: 150 },
  { line: 4, province: '420000', year: 2023, documents: 200, documentsPlanned: 220 },
  { line: 5, province: '420000', year: 2024, documents: 150, documentsPlanned: 220 },
];
const ds = createStatsDataset({
  rows,
  fileName: 'gansu-hubei.csv',
  name: 'gansu-hubei',
  loadedAt: '2024-06-01T08:00:00.000Z',
  id: 'fixture',
});
const zh: { t: Translate; locale: Locale } = { t: translator('zh-CN'), locale: 'zh-CN' };
const en: { t: Translate; locale: Locale } = { t: translator('en'), locale: 'en' };
const build = (f: Partial<UrlState> = {}, ctx = zh, dataset = ds) =>
  buildStatsSlideModels(dataset, { ...DEFAULT_URL_STATE, ...f }, ctx);

describe('buildStatsSlideModels', () => {
  it('builds every slide of the imported deck, with ids the published deck does not use', () => {
    const m = build();
    expect(Object.keys(m).sort()).toEqual([...STATS_SLIDE_IDS].sort());
    expect([...availableStatsSlides(m)].sort()).toEqual([...STATS_SLIDE_IDS].sort());
    for (const id of STATS_SLIDE_IDS) expect(SLIDE_IDS as readonly string[]).not.toContain(id);
  });

  it('titles the deck with the dataset, its file, what it covers and the filters', () => {
    const cover = build()['stats-title'];
    expect(cover.title).toBe('gansu-hubei');
    expect(cover.fileText).toBe('文件：gansu-hubei.csv · 2024年6月1日导入 · 4行');
    expect(cover.coverageText).toBe('覆盖：2023年至2024年，2个省份');
    expect(cover.filtersText).toBe('范围：文件中全部省份');
    expect(cover.yearText).toBe('各图表年份：2024年（趋势图为全部年份）');
    expect(build({ provinces: ['620000'], year: 2023 })['stats-title'].filtersText).toBe(
      '范围：甘肃省 2023年',
    );
  });

  it('computes each chart slide from the file, with its conclusion, year stamp and the file lines', () => {
    const m = build();
    // Share of plan = actual / plan: 湖北 150/220 = 68.2%, 甘肃 90/150 = 60%.
    expect(m['stats-plan'].conclusion).toBe(
      '2024年有计划数的2个省份中，发文数完成计划比例最高的是湖北（68.2%），最低的是甘肃（60%）。',
    );
    expect(m['stats-plan'].stamp).toBe('数据截至 2024年');
    expect(m['stats-plan'].sourceLine).toBe(
      '来源：导入文件「gansu-hubei.csv」（2024年6月1日导入），第3、5行，共2行',
    );
    // Year on year = (this − last) / last: both −25%, from the 2023 rows on lines 2 and 4.
    expect(m['stats-yoy'].conclusion).toMatch(/^2024年2个可比省份中2个发文数同比下降；.+下降25%。$/);
    expect(m['stats-yoy'].sourceLine).toBe(
      '来源：导入文件「gansu-hubei.csv」（2024年6月1日导入），第2–5行，共4行',
    );
    expect(m['stats-trend'].data).toEqual([
      { year: 2023, total: 320 },
      { year: 2024, total: 240 },
    ]);
    expect(m['stats-trend'].conclusion).toBe('合计发文数，2023年至2024年。');
    expect(m['stats-trend'].stamp).toBe('2023–2024年数据');
    expect(m['stats-map'].values).toEqual([
      ['420000', 150],
      ['620000', 90],
    ]);
    expect(m['stats-map'].conclusion).toBe(
      '2024年有2个省份有发文数数据；方块上的数字为该省数值，颜色越深数值越大。',
    );
    expect(m['stats-map'].sourceLine).toMatch(/第3、5行，共2行$/);
    expect(m['stats-end'].sourceLine).toBe('来源：导入文件「gansu-hubei.csv」（2024年6月1日导入），共4行');
  });

  it('draws the statistics view chart models, not a copy of them', () => {
    const m = build({}, zh, ds);
    const charts = statsCharts(ds.rows, { provinces: [], city: null, year: 2024, count: 'documents' }, zh);
    expect(charts.plan.bars).toHaveLength(2);
    expect(m['stats-plan'].bars).toEqual(charts.plan.bars);
    expect(m['stats-plan'].conclusion).toBe(charts.plan.conclusion);
    expect(m['stats-yoy'].conclusion).toBe(charts.yoy.conclusion);
    expect(m['stats-trend'].data).toEqual(charts.trend.view.data);
  });

  it('follows the chosen count: meetings against the meeting plan on every chart slide', () => {
    const withMeetings = createStatsDataset({
      rows: rows.map((r, i) => ({ ...r, meetings: 50 + i * 10, meetingsPlanned: 100 })),
      fileName: 'gansu-hubei.csv',
      id: 'meetings',
    });
    const m = build({ count: 'meetings' }, zh, withMeetings);
    // 湖北 2024: 80 of a plan of 100; 甘肃 2024: 60 of 100.
    expect(m['stats-plan'].title).toBe('2024年各省会议数占全年计划的比例');
    expect(m['stats-plan'].bars.map((b) => [b.label, b.value])).toEqual([
      ['湖北', 80],
      ['甘肃', 60],
    ]);
    expect(m['stats-yoy'].title).toBe('2024年各省会议数同比变化（按降幅排序）');
    expect(m['stats-trend'].title).toBe('会议数逐年变化');
    expect(m['stats-trend'].data).toEqual([
      { year: 2023, total: 50 + 70 },
      { year: 2024, total: 60 + 80 },
    ]);
    expect(m['stats-map'].title).toBe('2024年各省会议数');
    expect(m['stats-map'].values).toEqual([
      ['420000', 80],
      ['620000', 60],
    ]);
  });

  it('follows the province and year filters as the import view does', () => {
    const y2023 = build({ year: 2023 });
    expect(y2023['stats-plan'].year).toBe(2023);
    expect(y2023['stats-plan'].stamp).toBe('数据截至 2023年');
    // No 2022 rows: no year on year for 2023, so that slide is skipped.
    expect([...availableStatsSlides(y2023)]).not.toContain('stats-yoy');
    // A year the file lacks charts the latest, as on the import view.
    expect(build({ year: 2019 })['stats-plan'].year).toBe(2024);

    const gansu = build({ provinces: ['620000'] });
    expect(gansu['stats-plan'].bars.map((b) => b.label)).toEqual(['甘肃']);
    expect(gansu['stats-trend'].series.map((x) => [x.key, x.label])).toEqual([['total', '甘肃']]);
    expect(gansu['stats-plan'].sourceLine).toMatch(/第3行，共1行$/);
    // The map shows every province, as on the import view, and marks the chosen.
    expect(gansu['stats-map'].values).toHaveLength(2);
    expect(gansu['stats-map'].selected).toEqual(['620000']);

    // A province the file does not have: only the title and closing slides remain.
    expect([...availableStatsSlides(build({ provinces: ['110000'] }))].sort()).toEqual([
      'stats-end',
      'stats-title',
    ]);
  });

  it('leaves only the title and closing slides for a dataset without rows', () => {
    const empty = createStatsDataset({ rows: [], fileName: 'empty.csv', id: 'empty' });
    expect([...availableStatsSlides(build({}, zh, empty))].sort()).toEqual(['stats-end', 'stats-title']);
  });

  it('speaks English in English', () => {
    const m = build({}, en);
    expect(m['stats-plan'].stamp).toBe('Data to 2024');
    expect(m['stats-plan'].sourceLine).toBe(
      'Source: imported file “gansu-hubei.csv” (imported June 1, 2024), lines 3, 5 (2 lines)',
    );
    expect(m['stats-plan'].conclusion).toMatch(/^Of the 2 provinces with a plan in 2024, Hubei/);
  });
});

describe('rankColumns', () => {
  it('splits a long ranking into at most three columns, in rank order', () => {
    const n = (k: number) => Array.from({ length: k }, (_, i) => i);
    expect(rankColumns(n(10))).toEqual([n(10)]);
    expect(rankColumns(n(11)).map((c) => c.length)).toEqual([6, 5]);
    expect(rankColumns(n(31)).map((c) => c.length)).toEqual([11, 11, 9]);
    expect(rankColumns(n(34)).flat()).toEqual(n(34));
    expect(rankColumns([])).toEqual([]);
  });
});
