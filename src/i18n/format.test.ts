import { describe, expect, it } from 'vitest';
import {
  formatAsOf,
  formatChange,
  formatDate,
  formatNumber,
  formatPercent,
  formatPoints,
  formatValue,
} from './format';
import { translator } from './i18n';

const zh = translator('zh-CN');
const en = translator('en');
const hant = translator('zh-Hant');

describe('formatNumber', () => {
  it('groups large Chinese numbers by 万', () => {
    expect(formatNumber(69000, 'zh-CN')).toBe('6.9万');
    expect(formatNumber(103000, 'zh-CN')).toBe('10.3万');
    expect(formatNumber(1434, 'zh-CN')).toBe('1,434');
  });
  it('groups Traditional Chinese numbers by 萬 and 億, through Intl', () => {
    expect(formatNumber(69000, 'zh-Hant')).toBe('6.9萬');
    expect(formatNumber(123000000, 'zh-Hant')).toBe('1.2億');
    expect(formatNumber(1434, 'zh-Hant')).toBe('1,434');
    expect(formatValue(69000, 'count', 'zh-Hant', hant)).toBe('6.9萬個');
  });
  it('uses thousands in English', () => {
    expect(formatNumber(69000, 'en')).toBe('69K');
  });
  it('never prints NaN or Infinity', () => {
    expect(formatNumber(Number.NaN, 'zh-CN')).toBe('—');
    expect(formatNumber(Infinity, 'en')).toBe('—');
  });
});

describe('percentages and changes', () => {
  it('formats a share of plan', () => {
    expect(formatPercent(77.4, 'zh-CN')).toBe('77.4%');
  });
  it('states the direction of a change in words', () => {
    expect(formatChange(-27.7, 'zh-CN', zh)).toBe('下降27.7%');
    expect(formatChange(5, 'en', en)).toBe('up 5%');
  });
  it('uses 百分点 for a difference of percentages', () => {
    expect(formatPoints(3.7, 'zh-CN', zh)).toBe('3.7个百分点');
    expect(formatPoints(-3.7, 'en', en)).toBe('3.7 points');
  });
});

describe('formatValue', () => {
  it('adds the unit and qualifier', () => {
    expect(formatValue(200, 'count', 'zh-CN', zh, 'more-than')).toBe('200余个');
    expect(formatValue(85, 'percent', 'zh-CN', zh, 'at-least')).toBe('85%以上');
    expect(formatValue(69000, 'count', 'zh-CN', zh)).toBe('6.9万个');
    expect(formatValue(50, 'items', 'en', en)).toBe('50 items');
    expect(formatValue(5, 'signatures', 'zh-CN', zh, 'at-least')).toBe('5个签字以上');
    expect(formatValue(5, 'signatures', 'en', en, 'at-least')).toBe('at least 5 signatures');
    expect(formatValue(200, 'count', 'en', en, 'more-than')).toBe('over 200');
    expect(formatValue(30, 'minutes', 'zh-CN', zh, 'less-than')).toBe('不到30分钟');
  });
  it('uses the singular in English for one', () => {
    expect(formatValue(1, 'times', 'en', en)).toBe('1 time');
    expect(formatValue(1, 'activities', 'en', en)).toBe('1 activity');
    expect(formatValue(1, 'times', 'zh-CN', zh)).toBe('1次');
  });
});

describe('dates', () => {
  it('reads a month-end date as 月底', () => {
    expect(formatAsOf('2020-11-30', 'zh-CN', zh)).toBe('数据截至 2020年11月底');
    expect(formatAsOf('2020-11-30', 'en', en)).toBe('Data to the end of November 2020');
  });
  it('writes Traditional Chinese dates through Intl', () => {
    expect(formatAsOf('2020-11-30', 'zh-Hant', hant)).toBe('數據截至 2020年11月底');
    expect(formatDate('2020-06-03', 'zh-Hant')).toBe('2020年6月3日');
    expect(formatChange(-27.7, 'zh-Hant', hant)).toBe('下降27.7%');
  });
  it('keeps other dates as they are', () => {
    expect(formatAsOf('2020-06-03', 'zh-CN', zh)).toBe('数据截至 2020年6月3日');
    expect(formatDate('2019-03', 'zh-CN')).toBe('2019年3月');
  });
});

describe('numbers and dates written without Intl agree with Intl', () => {
  // The page formats zh-CN and English by rule so that it never initialises Intl while it wakes; Intl is
  // the reference those rules must match, value for value.
  const sweep: number[] = [0, -0, 0.04, 0.05, 0.95, 1.05, 1.15, 2.25, 9999.95, 99995, 999950, 9999950];
  for (let e = -2; e <= 15; e++) {
    for (const m of [1, 1.04, 1.05, 1.15, 1.2345, 1.5, 2.25, 3.14159, 4.95, 5.55, 9.95, 9.99, 9.9995]) {
      sweep.push(m * 10 ** e, -m * 10 ** e);
    }
  }
  for (let i = 0; i < 3000; i++) sweep.push(Math.round(Math.sin(i) * 10 ** (i % 14) * 100) / 100);
  for (const locale of ['zh-CN', 'en'] as const) {
    it(`formatNumber matches Intl.NumberFormat in ${locale} for ${sweep.length} values`, () => {
      const compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
      const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
      const wrong = sweep.filter(
        (v) => formatNumber(v, locale) !== (Math.abs(v) >= 10000 ? compact : plain).format(v),
      );
      expect(wrong.map((v) => [v, formatNumber(v, locale)])).toEqual([]);
    });
    it(`formatDate matches Intl.DateTimeFormat in ${locale} for every day of 2019–2024`, () => {
      const day = new Intl.DateTimeFormat(locale, {
        year: 'numeric',
        month: 'long',
        day: 'numeric',
        timeZone: 'UTC',
      });
      const month = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' });
      const wrong: string[] = [];
      for (let t = Date.UTC(2019, 0, 1); t <= Date.UTC(2024, 11, 31); t += 86_400_000) {
        const iso = new Date(t).toISOString().slice(0, 10);
        if (formatDate(iso, locale) !== day.format(new Date(t))) wrong.push(iso);
        if (iso.endsWith('-01') && formatDate(iso.slice(0, 7), locale) !== month.format(new Date(t)))
          wrong.push(iso.slice(0, 7));
      }
      expect(wrong).toEqual([]);
    });
  }
});
