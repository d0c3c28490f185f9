import { describe, expect, it } from 'vitest';
import { columnLetter, parseRef } from './cell-ref';
import { decodeEntities, scanXml } from './xml';
import { isDateFormat, serialToDate } from './xlsx-parts';

describe('workbook parts', () => {
  it('names columns as spreadsheets do', () => {
    expect([0, 2, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'C', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
    expect(parseRef('$AB$12')).toEqual({ row: 11, column: 27 });
    expect(parseRef('12B')).toBeNull();
  });

  it('tells date formats from number formats', () => {
    for (const code of ['yyyy"年"m"月"d"日"', 'yyyy', 'm/d/yy h:mm', '[$-804]yyyy年m月'])
      expect(isDateFormat(code), code).toBe(true);
    for (const code of ['General', '0.00', '#,##0"项"', '0%', '"年度"0', '[Red]0.0'])
      expect(isDateFormat(code), code).toBe(false);
  });

  it('turns date serials into dates, a year only for 1 January at midnight, in both systems', () => {
    expect(serialToDate(45292, false)).toEqual({ v: '2024-01-01', wholeYear: 2024 });
    expect(serialToDate(45366, false)).toEqual({ v: '2024-03-15' });
    expect(serialToDate(45292.5, false)).toEqual({ v: '2024-01-01 12:00' });
    expect(serialToDate(59, false)).toEqual({ v: '1900-02-28' });
    expect(serialToDate(61, false)).toEqual({ v: '1900-03-01' });
    expect(serialToDate(43830, true)).toEqual({ v: '2024-01-01', wholeYear: 2024 });
  });

  it('scans XML without expanding a DTD’s entities', () => {
    expect(decodeEntities('&lt;a&gt; &amp;amp; &#x4E2D;&#22269; &bomb;')).toBe('<a> &amp; 中国 &bomb;');
    const seen: string[] = [];
    scanXml(
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY bomb "boom">]><x:a b=\'1\' c="&quot;"><!-- c --><t>&bomb;</t><e/></x:a>',
      {
        open: (name, a, empty) => seen.push(`<${name} ${JSON.stringify(a)}${empty ? '/' : ''}>`),
        close: (name) => seen.push(`</${name}>`),
        text: (t) => seen.push(t),
      },
    );
    expect(seen).toEqual(['<a {"b":"1","c":"\\""}>', '<t {}>', '&bomb;', '</t>', '<e {}/>', '</e>', '</a>']);
  });
});
