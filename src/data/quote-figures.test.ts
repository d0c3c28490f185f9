import { describe, expect, it } from 'vitest';
import { datumFigures, figureForms, findFigure } from './quote-figures';
import type { Observation } from './schema';

/** The text a span covers, or null. */
function found(quote: string, n: number): string | null {
  const span = findFigure(quote, n);
  return span ? quote.slice(span.start, span.end) : null;
}

describe('figureForms', () => {
  it('gives plain digits for integers and decimals', () => {
    expect(figureForms(1434)).toContain('1434');
    expect(figureForms(53576)).toContain('53576');
    expect(figureForms(77.4)).toContain('77.4');
  });

  it('gives the magnitude of a negative number', () => {
    expect(figureForms(-27.7)).toContain('27.7');
    expect(figureForms(-27.7).some((f) => f.includes('-'))).toBe(false);
  });

  it('gives 万 forms where they are exact', () => {
    expect(figureForms(69000)).toContain('6.9万');
    expect(figureForms(720000)).toContain('72万');
    expect(figureForms(30000)).toContain('3万');
    expect(figureForms(103000)).toContain('10.3万');
    expect(figureForms(9999).some((f) => f.endsWith('万'))).toBe(false);
  });

  it('gives small Chinese numerals', () => {
    expect(figureForms(1)).toContain('一');
    expect(figureForms(2)).toEqual(expect.arrayContaining(['两', '二']));
    expect(figureForms(3)).toContain('三');
    expect(figureForms(7)).toContain('七');
    expect(figureForms(10)).toContain('十');
    expect(figureForms(15)).toContain('十五');
    expect(figureForms(20)).toContain('二十');
  });

  it('gives 半 for a half and 一半 for fifty per cent', () => {
    expect(figureForms(0.5)).toContain('半');
    expect(figureForms(-50)).toContain('一半');
  });

  it('does not give numerals for decimals other than a half', () => {
    expect(figureForms(1.5)).toEqual(['1.5']);
  });
});

describe('findFigure', () => {
  it('finds plain digits and returns their span', () => {
    const quote = '从2019年的96项减少至50项。';
    expect(findFigure(quote, 96)).toEqual({ start: 7, end: 9 });
    expect(found(quote, 50)).toBe('50');
  });

  it('does not find a number inside a longer number', () => {
    expect(findFigure('各省区市1434项', 4)).toBeNull();
    expect(findFigure('各省区市1434项', 143)).toBeNull();
    expect(findFigure('全年计划的77.4%', 7)).toBeNull();
    expect(findFigure('全年计划的77.4%', 77)).toBeNull();
    expect(findFigure('全年计划的77.4%', 4)).toBeNull();
    expect(findFigure('共1,434项', 434)).toBeNull();
  });

  it('finds the standalone occurrence after one inside a longer number', () => {
    const quote = '1434项，其中4项';
    expect(findFigure(quote, 4)).toEqual({ start: 8, end: 9 });
  });

  it('finds 万 forms and does not read the digits before 万 as the number', () => {
    expect(found('6.9万个', 69000)).toBe('6.9万');
    expect(found('实现72万条基础数据的集成管理', 720000)).toBe('72万');
    expect(found('用户量近3万户', 30000)).toBe('3万');
    expect(findFigure('用户量近3万户', 3)).toBeNull();
    expect(findFigure('10.3万人', 3)).toBeNull();
    expect(findFigure('10.3万人', 30000)).toBeNull();
  });

  it('finds negatives by their magnitude', () => {
    expect(found('同比下降27.7%和29.5%', -27.7)).toBe('27.7');
    expect(found('同比下降27.7%和29.5%', -29.5)).toBe('29.5');
  });

  it('finds Chinese numerals', () => {
    expect(found('现在一个月最多也就两次会', 2)).toBe('两');
    expect(found('罗江区推出减轻基层负担的“十条措施”', 10)).toBe('十');
    expect(found('只用了半天时间', 0.5)).toBe('半');
    expect(found('工作群少了一半多', -50)).toBe('一半');
  });

  it('accepts a range of numerals (四五趟) but not part of a larger numeral', () => {
    expect(found('以前一年下基层四五趟', 4)).toBe('四');
    expect(found('一张表格五六个签字。', 6)).toBe('六');
    expect(findFigure('有十五块', 5)).toBeNull();
    expect(findFigure('有二十块', 10)).toBeNull();
    expect(findFigure('有二十五块', 20)).toBeNull();
    expect(findFigure('有三百块', 3)).toBeNull();
    expect(findFigure('有一万人', 1)).toBeNull();
  });

  it('prefers digits over numerals of the same length', () => {
    const quote = '一年搞1次';
    expect(findFigure(quote, 1)).toEqual({ start: 3, end: 4 });
  });

  it('given the unit, prefers the place where the number counts it', () => {
    const quote = '以前一年下基层四五趟，去年到年底了才第一次来。';
    // Without a unit, the first 一 (of 一年, "a year"); counting times, the 一 of 第一次.
    expect(findFigure(quote, 1)).toEqual({ start: 2, end: 3 });
    expect(findFigure(quote, 1, { unit: 'times' })).toEqual({ start: 19, end: 20 });
    // The range 四五趟 counts times too.
    expect(found(quote, 4)).toBe('四');
    expect(findFigure(quote, 4, { unit: 'times' })).toEqual({ start: 7, end: 8 });
    // 多 or 余 may stand between the number and its unit.
    expect(findFigure('第10条：保留10余项', 10, { unit: 'items' })).toEqual({ start: 7, end: 9 });
    // No place counts the unit: the first place, as without one.
    expect(findFigure('一年搞一回', 1, { unit: 'items' })).toEqual({ start: 0, end: 1 });
  });

  it('given the qualifier, prefers the place its words stand beside', () => {
    const quote = '以前是一天至少一表，现在是一周最多一表。';
    // Both 一表 count forms; 至少 and 最多 tell the day's from the week's.
    expect(findFigure(quote, 1, { unit: 'forms', qualifier: 'at-least' })).toEqual({ start: 7, end: 8 });
    expect(findFigure(quote, 1, { unit: 'forms', qualifier: 'at-most' })).toEqual({ start: 17, end: 18 });
    // After the number or after its unit: 4次以上, 200余个.
    expect(findFigure('每年4次，后来4次以上', 4, { unit: 'times', qualifier: 'at-least' })).toEqual({
      start: 7,
      end: 8,
    });
    expect(findFigure('第200个，共200余个', 200, { unit: 'count', qualifier: 'more-than' })).toEqual({
      start: 7,
      end: 10,
    });
  });

  it('tries longer forms first', () => {
    // For 0.5, "一半" is tried before "半", so the span covers both characters.
    expect(found('少了一半多', 0.5)).toBe('一半');
  });

  it('returns null when the number is absent', () => {
    expect(findFigure('会议少了', 3)).toBeNull();
  });
});

describe('datumFigures', () => {
  const base: Observation = {
    id: 'x',
    indicator: 'inspection-items',
    scope: { level: 'central-organs' },
    period: { year: 2020 },
    source: 's001',
    quote: '从2019年的96项减少至50项。',
  };

  it('lists value, baseline value, plan share and changes', () => {
    expect(
      datumFigures(
        {
          ...base,
          value: 50,
          baseline: { value: 96, year: 2019 },
          planShare: 77.4,
          yoyChange: -27.7,
          statedChange: -73,
        },
        'items',
      ),
    ).toEqual([
      { n: 50, unit: 'items' },
      { n: 96, unit: 'items' },
      { n: 77.4, unit: 'percent' },
      { n: -27.7, unit: 'percent' },
      { n: -73, unit: 'percent' },
    ]);
  });

  it('leaves out the baseline year and absent figures', () => {
    expect(datumFigures({ ...base, value: 50, baseline: { value: 96, year: 2019 } })).toEqual([
      { n: 50, unit: undefined },
      { n: 96, unit: undefined },
    ]);
    expect(datumFigures({ ...base, yoyChange: -30 }, 'items')).toEqual([{ n: -30, unit: 'percent' }]);
  });
});
