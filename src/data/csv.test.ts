import { describe, expect, it } from 'vitest';
import { csvBlob, toCsv } from './csv';

const cell = (value: string | number | null | undefined) => toCsv([[value]]).slice(0, -2);

describe('toCsv', () => {
  it('separates fields with commas and ends every record with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('a,b\r\nc,d\r\n');
    expect(toCsv([])).toBe('');
  });

  it('quotes fields holding a comma, quote, CR or LF and doubles inner quotes', () => {
    expect(cell('a,b')).toBe('"a,b"');
    expect(cell('say "hi"')).toBe('"say ""hi"""');
    expect(cell('line1\nline2')).toBe('"line1\nline2"');
    expect(cell('a\r\nb')).toBe('"a\r\nb"');
    expect(cell('甘肃省')).toBe('甘肃省');
  });

  it('writes numbers plainly and non-finite numbers, null and undefined as empty', () => {
    expect(toCsv([[1, -27.7, 0.5, 1200]])).toBe('1,-27.7,0.5,1200\r\n');
    expect(toCsv([[NaN, Infinity, -Infinity, null, undefined]])).toBe(',,,,\r\n');
  });

  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['  +1', "'  +1"],
    ['\u3000=1', "'\u3000=1"],
    ['\n=1', '"\'\n=1"'],
    ['＝1+1', "'＝1+1"],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠cmd', "'＠cmd"],
    ['@cmd', "'@cmd"],
    ['-1+2', "'-1+2"],
    ['+12', "'+12"],
    ['\tfoo', "'\tfoo"],
    ['\rfoo', '"\'\rfoo"'],
    ['=HYPERLINK("x","y")', '"\'=HYPERLINK(""x"",""y"")"'],
  ])('neutralises the formula-like text %j', (input, expected) => {
    expect(cell(input)).toBe(expected);
  });

  it('leaves negative numbers, as text or as numbers, untouched', () => {
    expect(cell('-12')).toBe('-12');
    expect(cell('-3.5')).toBe('-3.5');
    expect(cell(' -3.5 ')).toBe(' -3.5 ');
    expect(cell(-27.7)).toBe('-27.7');
  });

  it('leaves text with a formula character later on alone', () => {
    expect(cell('a=b')).toBe('a=b');
    expect(cell('user@example.org')).toBe('user@example.org');
    expect(cell('2020-2023')).toBe('2020-2023');
  });
});

describe('csvBlob', () => {
  it('starts with a UTF-8 BOM and holds the UTF-8 text', async () => {
    const blob = csvBlob([
      ['省份', '数量'],
      ['甘肃', 3],
    ]);
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('省份,数量\r\n甘肃,3\r\n');
  });
});
