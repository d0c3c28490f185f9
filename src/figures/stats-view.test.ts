import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/i18n';
import type { StatsRow } from '../data/stats-schema';
import { chartYear, lineRuns, planSentence, tileSteps, yearSpan, yoySentence } from './stats-view';
import { areaPlanBars, areaYoyBars, drillAreas } from './stats-drill';
import { createStatsDataset } from '../data/stats-schema';

// Invented rows for the test only.
const rows: StatsRow[] = [
  { line: 2, province: '620000', year: 2023, documents: 120, documentsPlanned: 150 },
  { line: 3, province: '620000', year: 2024, documents: 90, documentsPlanned: 150 },
  { line: 4, province: '420000', year: 2023, documents: 200, documentsPlanned: 220 },
  { line: 5, province: '420000', year: 2024, documents: 160, documentsPlanned: 220 },
  { line: 6, province: '330000', year: 2024, documents: 10, documentsPlanned: 0 as unknown as number },
];
const ctx = { t: translator('zh-CN'), locale: 'zh-CN' as const };
const provinces = () => drillAreas(rows, { level: 'province', province: null, city: null }, [], 'zh-CN');

describe('stats view', () => {
  it('picks the chosen year when the data has it, else the latest', () => {
    const ds = createStatsDataset({ rows, fileName: 'x.csv' });
    expect(chartYear(ds, 2023)).toBe(2023);
    expect(chartYear(ds, 2019)).toBe(2024);
    expect(chartYear(ds, null)).toBe(2024);
  });
  it('ranks share of plan, dropping a plan of zero instead of showing Infinity', () => {
    const bars = areaPlanBars(provinces(), 2024, 'documents');
    expect(bars.map((b) => [b.label, Math.round(b.value * 10) / 10])).toEqual([
      ['湖北', 72.7],
      ['甘肃', 60],
    ]);
    expect(bars.every((b) => Number.isFinite(b.value))).toBe(true);
    expect(planSentence(bars, 2024, '发文数', '省份', ctx)).toBe(
      '2024年有计划数的2个省份中，发文数完成计划比例最高的是湖北（72.7%），最低的是甘肃（60%）。',
    );
  });
  it('computes year on year as (this − last) / last, largest fall first', () => {
    const bars = areaYoyBars(rows, provinces(), 2024, 'documents');
    expect(bars.map((b) => [b.key, b.change])).toEqual([
      ['620000', -25],
      ['420000', -20],
    ]);
    expect(yoySentence(bars, 2024, '发文数', '省份', ctx)).toContain('2个可比省份中2个发文数同比下降');
    expect(yoySentence([], 2020, '发文数', '省份', ctx)).toBe('2020年没有可比的上年数据，无法计算同比。');
  });
  it('writes whole English sentences, in the singular for one area', () => {
    const en = { t: translator('en'), locale: 'en' as const };
    const plan = areaPlanBars(provinces(), 2024, 'documents');
    expect(planSentence(plan.slice(0, 1), 2024, 'Documents (发文数)', 'provinces', en, 'province')).toBe(
      'In 2024, only one province had a plan: 湖北, at 72.7% of plan for documents (发文数).',
    );
    const yoy = areaYoyBars(rows, provinces(), 2024, 'documents');
    expect(yoySentence(yoy.slice(0, 1), 2024, 'Documents (发文数)', 'provinces', en, 'province')).toBe(
      'In 2024, only one province can be compared: 甘肃, where documents (发文数) went down 25%.',
    );
  });
  it('writes a span of years once when it is one year', () => {
    expect(yearSpan([2023, 2023])).toBe('2023');
    expect(yearSpan([2024, 2020, 2022])).toBe('2020–2024');
    expect(yearSpan([])).toBe('—');
  });
});

describe('tileSteps', () => {
  it('shades in quarters of the largest value, each step labelled by its bound', () => {
    expect(tileSteps(800, 'zh-CN')).toEqual([
      { from: 1, to: 200, label: '≤200' },
      { from: 201, to: 400, label: '≤400' },
      { from: 401, to: 600, label: '≤600' },
      { from: 601, to: null, label: '≥601' },
    ]);
    expect(tileSteps(0, 'zh-CN')).toEqual([{ from: 0, to: null, label: '0' }]);
  });
});

describe('lineRuns', () => {
  const t = translator('zh-CN');
  it('writes file lines as runs, at most eight, then an ellipsis', () => {
    expect(lineRuns([9, 2, 3, 4, 7, 10, 3], t)).toBe('2–4、7、9–10');
    expect(lineRuns([5], t)).toBe('5');
    expect(lineRuns([], t)).toBe('');
    expect(lineRuns([1, 3, 5, 7, 9, 11, 13, 15, 17, 19], t)).toBe('1、3、5、7、9、11、13、15…');
    expect(lineRuns([4, 5], translator('en'))).toBe('4–5');
  });
});
