import { describe, expect, it } from 'vitest';
import { COLUMNS, COUNT_KEYS, normalizeHeader, REQUIRED_KEYS, resolveHeader } from './stats-columns';

describe('columns', () => {
  it('has every count, and province and year are the required columns', () => {
    expect(COLUMNS.filter((c) => c.kind === 'count').map((c) => c.key)).toEqual([...COUNT_KEYS]);
    expect(REQUIRED_KEYS).toEqual(['province', 'year']);
  });

  it('never lets one form name two columns', () => {
    const owner = new Map<string, string>();
    for (const c of COLUMNS)
      for (const form of [c.header, c.key, ...c.aliases]) {
        const n = normalizeHeader(form);
        expect(owner.get(n) ?? c.key, `${form} names ${owner.get(n)} and ${c.key}`).toBe(c.key);
        owner.set(n, c.key);
      }
  });
});

describe('resolveHeader', () => {
  it.each([
    ['省份', 'province'],
    ['省', 'province'],
    ['province', 'province'],
    ['Province', 'province'],
    [' 省份 ', 'province'],
    ['\uFEFF省份', 'province'],
    ['省（区、市）', 'province'],
    ['市', 'city'],
    ['县', 'county'],
    ['区县', 'county'],
    ['年份', 'year'],
    ['年度', 'year'],
    ['YEAR', 'year'],
    ['发文数', 'documents'],
    ['发文计划数', 'documentsPlanned'],
    ['documentsPlanned', 'documentsPlanned'],
    ['documents_planned', 'documentsPlanned'],
    ['Documents Planned', 'documentsPlanned'],
    ['会议计划数', 'meetingsPlanned'],
    ['督查检查考核事项数', 'inspections'],
    ['工作群数', 'workGroups'],
    ['上年发文数', 'documentsPrev'],
    ['上年会议数', 'meetingsPrev'],
    ['上年督查检查考核事项数', 'inspectionsPrev'],
    ['备注', 'note'],
    ['发文数（件）', 'documents'],
    ['会议数(次)', 'meetings'],
    ['ｐｒｏｖｉｎｃｅ', 'province'],
  ])('%s → %s', (header, key) => {
    expect(resolveHeader(header)).toBe(key);
  });

  it.each(['', '发文束', '人口', 'population', '发文数（件）（次）'])('does not know %s', (header) => {
    expect(resolveHeader(header)).toBeUndefined();
  });
});
