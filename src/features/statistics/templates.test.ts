import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../i18n/i18n';
import { COLUMNS } from '../../data/stats-columns';
import { parseImport } from './parse-import';
import { templateCsv, templateExplanation, templateJson, templateRows } from './templates';
import { utf8 } from './test-helpers';

describe('CSV template', () => {
  it('is the Chinese header row and one row with only the place and year', () => {
    expect(templateRows()).toEqual([
      COLUMNS.map((c) => c.header),
      COLUMNS.map((c) => (c.key === 'province' ? '甘肃' : c.key === 'year' ? '2024' : '')),
    ]);
    expect(templateCsv().split('\r\n')[0]).toBe(
      '省份,市,县,年份,发文数,发文计划数,会议数,会议计划数,督查检查考核事项数,工作群数,上年发文数,上年会议数,上年督查检查考核事项数,备注',
    );
  });

  it('invents no figure: loaded as it is, it asks for a count', () => {
    expect(parseImport('template.csv', utf8(templateCsv()), undefined, { latestYear: 2026 })).toEqual({
      ok: false,
      problems: [{ code: 'noCounts', line: 2, params: {} }],
      totalProblems: 1,
    });
  });

  it('loads once a count is filled in', () => {
    const filled = templateCsv({ province: '湖北', year: 2023 }).replace('湖北,,,2023,', '湖北,,,2023,12');
    const result = parseImport('template.csv', utf8(filled), undefined, { latestYear: 2026 });
    expect(result.ok && result.rows).toEqual([{ line: 2, province: '420000', year: 2023, documents: 12 }]);
  });
});

describe('JSON template', () => {
  it('is version 1 with one row of empty counts, keyed by the headers', () => {
    const parsed = JSON.parse(templateJson()) as { version: number; rows: Record<string, unknown>[] };
    expect(parsed.version).toBe(1);
    expect(parsed.rows).toHaveLength(1);
    expect(parsed.rows[0]).toMatchObject({ 省份: '甘肃', 年份: 2024, 发文数: null, 备注: null });
    expect(Object.keys(parsed.rows[0]!)).toEqual(COLUMNS.map((c) => c.header));
  });

  it('loads once a count is filled in', () => {
    const text = templateJson().replace('"发文数": null', '"发文数": 3');
    const result = parseImport('template.json', utf8(text), undefined, { latestYear: 2026 });
    expect(result.ok && result.rows).toEqual([{ line: 4, province: '620000', year: 2024, documents: 3 }]);
  });
});

describe('templateExplanation', () => {
  it.each(LOCALES)('explains every column and the rules in %s', (locale) => {
    const text = templateExplanation(locale);
    for (const c of COLUMNS) expect(text).toContain(`${c.header}`);
    for (const c of COLUMNS) expect(text).toContain(c.key);
    expect(text).toContain('20 MB');
    expect(text).not.toMatch(/\{\w+\}/);
  });

  it('marks required columns', () => {
    expect(templateExplanation('zh-CN')).toContain('- 省份（province，必填）：');
    expect(templateExplanation('en')).toContain('- 年份 (year, required): ');
    expect(templateExplanation('en')).toContain('- 备注 (note, optional): ');
  });
});
