import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCount, parseProvince, parseText, parseYear } from './cells';

const ok = (value: unknown) => ({ ok: true, value });
const fail = (code: string) => expect.objectContaining({ ok: false, code });

describe('parseCount', () => {
  it.each([
    ['12', 12],
    ['0', 0],
    [' 12 ', 12],
    ['\u300012\u3000', 12],
    ['1,234', 1234],
    ['1,234,567', 1234567],
    ['１２', 12],
    ['１，２３４', 1234],
    ['12.0', 12],
    ['+5', 5],
    ['-0', 0],
    [7, 7],
    [0, 0],
  ])('reads %j as %d', (raw, value) => {
    expect(parseCount(raw)).toEqual(ok(value));
  });

  it.each(['', '  ', '-', '—', '/', null, undefined])('reads %j as no figure (not zero)', (raw) => {
    expect(parseCount(raw)).toEqual(ok(undefined));
  });

  it.each([
    ['十二', 'notNumber'],
    ['12项', 'numberWithUnit'],
    ['12 个', 'numberWithUnit'],
    ['1,234次', 'numberWithUnit'],
    ['1e3', 'notNumber'],
    ['12,34', 'notNumber'],
    ['1 234', 'notNumber'],
    ['abc', 'notNumber'],
    [true, 'notNumber'],
    [Number.NaN, 'notNumber'],
    [Number.POSITIVE_INFINITY, 'notNumber'],
    ['-3', 'negative'],
    ['−3', 'negative'],
    [-1, 'negative'],
    ['1.5', 'notInteger'],
    [2.5, 'notInteger'],
    ['99999999999999999999', 'notInteger'],
    [[1], 'notScalar'],
    [{ value: 1 }, 'notScalar'],
  ])('refuses %j (%s)', (raw, code) => {
    expect(parseCount(raw)).toEqual(fail(code));
  });

  it('reads any whole number written plainly, grouped, full-width or padded', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 1e12 }),
        fc.constantFrom('plain', 'grouped', 'fullWidth', 'padded'),
        (n, form) => {
          const plain = String(n);
          const text =
            form === 'grouped'
              ? n.toLocaleString('en-US')
              : form === 'fullWidth'
                ? [...plain].map((d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).join('')
                : form === 'padded'
                  ? ` ${plain}\t`
                  : plain;
          expect(parseCount(text)).toEqual(ok(n));
        },
      ),
    );
  });
});

describe('parseYear', () => {
  it.each([
    ['2024', 2024],
    [2024, 2024],
    [' 2024 ', 2024],
    ['2024年', 2024],
    ['2024年度', 2024],
    ['２０２４', 2024],
    ['2000', 2000],
    ['2026', 2026],
  ])('reads %j as %d', (raw, year) => {
    expect(parseYear(raw, 2026)).toEqual(ok(year));
  });
  it.each([
    ['二〇二四', 'yearInvalid'],
    ['2024.5', 'yearInvalid'],
    [2024.5, 'yearInvalid'],
    ['24年', 'yearRange'],
    ['1999', 'yearRange'],
    ['2101', 'yearRange'],
    ['2027', 'yearFuture'],
    [true, 'yearInvalid'],
  ])('refuses %j (%s)', (raw, code) => {
    expect(parseYear(raw, 2026)).toEqual(fail(code));
  });
  it('says which years are accepted', () => {
    expect(parseYear('1999', 2026)).toMatchObject({ params: { min: 2000, max: 2100 } });
    expect(parseYear('2030', 2026)).toMatchObject({ params: { max: 2026 } });
  });
});

describe('parseProvince', () => {
  it.each([
    ['甘肃', '620000'],
    ['甘肃省', '620000'],
    ['甘肅', '620000'],
    ['gansu', '620000'],
    ['Gansu', '620000'],
    ['gs', '620000'],
    ['620000', '620000'],
    [620000, '620000'],
    [' 广西壮族自治区 ', '450000'],
    ['广西省', '450000'],
    ['内蒙', '150000'],
  ])('maps %j to %s', (raw, code) => {
    expect(parseProvince(raw)).toEqual(ok(code));
  });
  it('lists the candidates of an ambiguous form', () => {
    expect(parseProvince('sx')).toEqual({
      ok: false,
      code: 'ambiguousPlace',
      params: { candidates: '140000,610000' },
    });
  });
  it.each(['兰州', '62', '中国', 'xyz'])('does not know %j', (raw) => {
    expect(parseProvince(raw)).toEqual(fail('unknownPlace'));
  });
  it('answers repeated values from the cache', () => {
    const cache = new Map();
    expect(parseProvince('甘肃', cache)).toBe(parseProvince('甘肃', cache));
  });
});

describe('parseText', () => {
  it('trims and folds white space; empty is no value', () => {
    expect(parseText('  城关 区 ', 50)).toEqual(ok('城关 区'));
    expect(parseText('a\n\tb', 50)).toEqual(ok('a b'));
    expect(parseText('   ', 50)).toEqual(ok(undefined));
    expect(parseText(12, 50)).toEqual(ok('12'));
  });
  it('refuses text over the limit', () => {
    expect(parseText('x'.repeat(51), 50)).toEqual({
      ok: false,
      code: 'textTooLong',
      params: { length: 51, max: 50 },
    });
  });
});
