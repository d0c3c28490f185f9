import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CATEGORIES } from '../data/schema';
import { CHARTED_COUNTS } from '../data/stats-counts';
import { PROVINCES } from '../data/provinces';
import {
  DEFAULT_URL_STATE,
  isDefaultUrlState,
  parseUrlState,
  serializeUrlState,
  type UrlState,
} from './url-state';

describe('parseUrlState', () => {
  it('reads every field', () => {
    expect(
      parseUrlState('?province=620000,420000&year=2020&category=inspections&q=%E4%BC%9A%E8%AE%AE'),
    ).toEqual({
      provinces: ['620000', '420000'],
      year: 2020,
      category: 'inspections',
      query: '会议',
      slide: null,
      dataset: null,
      count: 'documents',
      city: null,
    });
    expect(parseUrlState('?dataset=ds-1a2b').dataset).toBe('ds-1a2b');
    expect(parseUrlState('?dataset=%3Cx%3E').dataset).toBeNull();
    expect(parseUrlState('?slide=3').slide).toBe(3);
    expect(parseUrlState('?slide=0').slide).toBeNull();
    expect(parseUrlState('?slide=x').slide).toBeNull();
  });
  it('gives the defaults for an empty query string', () => {
    expect(parseUrlState('')).toEqual(DEFAULT_URL_STATE);
    expect(parseUrlState('?')).toEqual(DEFAULT_URL_STATE);
  });
  it('drops a junk value field by field, keeping the good ones', () => {
    expect(parseUrlState('?province=999999,620000,abc&year=20x0&category=nonsense')).toEqual({
      ...DEFAULT_URL_STATE,
      provinces: ['620000'],
    });
    expect(parseUrlState('?year=1850').year).toBeNull();
    expect(parseUrlState('?year=2020.5').year).toBeNull();
    expect(parseUrlState('?year=-2020').year).toBeNull();
    expect(parseUrlState('?category=__proto__').category).toBeNull();
    expect(parseUrlState('?province=%3Cscript%3E').provinces).toEqual([]);
  });
  it('ignores unknown parameters and de-duplicates provinces', () => {
    expect(parseUrlState('?utm_source=mail&province=620000,620000')).toEqual({
      ...DEFAULT_URL_STATE,
      provinces: ['620000'],
    });
  });
  it('bounds the search text', () => {
    expect(parseUrlState(`?q=${'a'.repeat(500)}`).query).toHaveLength(100);
  });
});

describe('serializeUrlState', () => {
  it('leaves defaults out of the URL', () => {
    expect(serializeUrlState(DEFAULT_URL_STATE)).toBe('');
    expect(isDefaultUrlState(DEFAULT_URL_STATE)).toBe(true);
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, year: 2024 })).toBe('?year=2024');
  });
  it('writes provinces as readable comma-separated codes', () => {
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, provinces: ['620000', '420000'] })).toBe(
      '?province=620000,420000',
    );
  });
});

describe('the chosen count and the drilled city', () => {
  it('keeps the count, leaving documents (the default) out of the URL', () => {
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, count: 'meetings' })).toBe('?count=meetings');
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, count: 'documents' })).toBe('');
    expect(parseUrlState('?count=meetings').count).toBe('meetings');
    expect(parseUrlState('?count=junk').count).toBe('documents');
  });
  it('keeps a city only under exactly one province', () => {
    expect(parseUrlState('?province=620000&city=兰州市').city).toBe('兰州市');
    expect(parseUrlState('?province=620000,420000&city=兰州市').city).toBeNull();
    expect(parseUrlState('?city=兰州市').city).toBeNull();
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, provinces: ['620000', '420000'], city: '兰州市' })).toBe(
      '?province=620000,420000',
    );
  });
});

describe('round trips', () => {
  const filters: fc.Arbitrary<UrlState> = fc
    .record({
      provinces: fc.uniqueArray(fc.constantFrom(...PROVINCES.map((p) => p.code)), { maxLength: 5 }),
      year: fc.option(fc.integer({ min: 2000, max: 2100 }), { nil: null }),
      category: fc.option(fc.constantFrom(...CATEGORIES), { nil: null }),
      query: fc.string({ maxLength: 100 }).map((s) => s.trim()),
      slide: fc.option(fc.integer({ min: 1, max: 999 }), { nil: null }),
      dataset: fc.option(fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/), { nil: null }),
      count: fc.constantFrom(...CHARTED_COUNTS),
      // eslint-disable-next-line no-control-regex -- names with control characters are what parse drops
      city: fc.option(fc.stringMatching(/^[^\s\u0000-\u001f][^\u0000-\u001f]{0,38}[^\s\u0000-\u001f]$/), {
        nil: null,
      }),
    })
    // A city is a drill-down under one province: with any other choice it is not part of the filters.
    .map((f) => ({ ...f, city: f.provinces.length === 1 ? f.city : null }));
  it('parse(serialize(f)) is f for every valid filter', () => {
    fc.assert(
      fc.property(filters, (f) => {
        expect(parseUrlState(serializeUrlState(f))).toEqual(f);
      }),
    );
  });
  it('serialize(parse(s)) is stable for any query string', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const once = serializeUrlState(parseUrlState(s));
        expect(serializeUrlState(parseUrlState(once))).toBe(once);
      }),
    );
  });
});
