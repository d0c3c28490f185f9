import { describe, expect, it } from 'vitest';
import { csvTable, detectFormat, guessDelimiter, isUnreadableSpreadsheetName } from './parse';

function table(text: string) {
  const result = csvTable(text);
  if (!result.ok) throw new Error(result.problems[0]?.code);
  return result;
}

describe('detectFormat', () => {
  it.each([
    ['data.json', 'x', 'json'],
    ['DATA.JSON', 'x', 'json'],
    ['data.csv', '[1]', 'csv'],
    ['data.tsv', '{', 'csv'],
    ['data.txt', '[', 'csv'],
    ['data', ' \n[{"省份":"甘肃"}]', 'json'],
    ['data', '{"rows":[]}', 'json'],
    ['data.dat', '省份,年份', 'csv'],
    ['', '省份,年份', 'csv'],
  ])('%s starting %j is %s', (name, text, format) => {
    expect(detectFormat(name, text)).toBe(format);
  });
});

describe('isUnreadableSpreadsheetName', () => {
  it.each(['a.XLS', 'a.et', 'a.ods', 'a.numbers'])('%s cannot be read', (name) =>
    expect(isUnreadableSpreadsheetName(name)).toBe(true),
  );
  it.each(['a.csv', 'a.json', 'a.xlsx', 'xls'])('%s is not', (name) =>
    expect(isUnreadableSpreadsheetName(name)).toBe(false),
  );
});

describe('guessDelimiter', () => {
  it.each([
    ['省份,年份,发文数\n', ','],
    ['省份\t年份\t发文数\n', '\t'],
    ['省份;年份;发文数\n', ';'],
    ['省份|年份|发文数\n', '|'],
    ['\n\n省份;年份\n甘肃,2024\n', ';'],
    ['"省份,全称";年份;发文数\n', ';'],
    ['省份\n', ','],
  ])('%j → %j', (text, delimiter) => {
    expect(guessDelimiter(text)).toBe(delimiter);
  });
});

describe('csvTable', () => {
  it('takes the first non-blank row as the header and skips blank rows, keeping file lines', () => {
    const result = table('\r\n省份,年份\r\n甘肃,2024\r\n\r\n,\r\n湖北,2023\r\n');
    expect(result.table.headers).toEqual(['省份', '年份']);
    expect(result.table.headerLine).toBe(2);
    expect(result.table.records.map((r) => [r.line, r.cells])).toEqual([
      [3, ['甘肃', '2024']],
      [6, ['湖北', '2023']],
    ]);
  });

  it('counts the line breaks inside quoted fields', () => {
    const result = table('省份,年份,备注\n甘肃,2024,"两行\n说明"\n湖北,2023,"三\n行\n说明"\n湖南,2022,x\n');
    expect(result.table.records.map((r) => r.line)).toEqual([2, 4, 7]);
    expect(result.table.records[0]?.cells[2]).toBe('两行\n说明');
  });

  it('reads tab- and semicolon-separated files and quoted thousands', () => {
    expect(table('省份\t发文数\n甘肃\t"1,234"\n').table.records[0]?.cells).toEqual(['甘肃', '1,234']);
    expect(table('省份;发文数\n甘肃;1,234\n').table.records[0]?.cells).toEqual(['甘肃', '1,234']);
  });

  it('trims headers and drops a stray BOM', () => {
    expect(table('\uFEFF 省份 , 年份\n').table.headers).toEqual(['省份', '年份']);
  });

  it('reports an unclosed quote at its line', () => {
    const result = csvTable('省份,年份,备注\n甘肃,2024,x\n湖北,2023,"oops\n湖南,2022,y\n');
    expect(result).toMatchObject({ ok: false, problems: [{ code: 'csvQuotes', line: 3 }] });
  });

  it('reports a stray quote once, however Papaparse counts it', () => {
    for (const text of [
      '省份,年份,发文数\r\n甘肃,2024,"12\r\n青海,2024,5\r\n',
      '省份,年份,发文数\n甘肃,"20"24,12\n',
    ])
      expect(csvTable(text)).toEqual({
        ok: false,
        problems: [{ code: 'csvQuotes', line: 2, params: {} }],
        totalProblems: 1,
      });
  });

  it('calls a file of blank rows empty', () => {
    expect(csvTable('\n , \n')).toMatchObject({ ok: false, problems: [{ code: 'emptyFile' }] });
  });
});
