import { describe, expect, it } from 'vitest';
import { LOCALES, messagesOf, translator } from '../../i18n/i18n';
import {
  compactLines,
  formatLines,
  formatProblem,
  formatProblemCount,
  MAX_PROBLEMS,
  PROBLEM_CODES,
  ProblemList,
  type Problem,
  type ProblemCode,
} from './problems';

/** Params of the shape each code is created with, so every placeholder of every message gets a value. */
const PARAMS: Record<ProblemCode, Problem['params']> = {
  tooLarge: { size: '25.3', limit: 20 },
  emptyFile: {},
  spreadsheetFile: {},
  workbookCorrupt: {},
  workbookTooLarge: { size: 2048, limit: 64 },
  tooManySheets: { count: 51, limit: 50 },
  sheetTooLarge: { sheet: '统计', rows: 100000, columns: 200 },
  noHeader: { sheets: '「说明」' },
  chooseSheet: { sheets: '「2023」「2024」' },
  sheetNotFound: { sheet: '统计' },
  binaryFile: {},
  undecodable: {},
  noRows: {},
  csvQuotes: {},
  invalidJson: { position: 7, near: '}' },
  dangerousKey: { key: '__proto__' },
  jsonShape: {},
  jsonVersion: { found: '2', supported: 1 },
  backupInvalid: { path: 'rows.0.year', detail: 'Too small', supported: 1 },
  missingColumns: { columns: 'province,year' },
  unknownColumns: { headers: '人口' },
  duplicateColumn: { other: '省份' },
  unnamedColumn: { index: 3 },
  extraFields: { found: 4, expected: 3 },
  missingFields: { found: 2, expected: 3 },
  jsonRowNotObject: {},
  notScalar: {},
  required: {},
  noCounts: {},
  notNumber: {},
  numberWithUnit: {},
  negative: {},
  notInteger: {},
  planZero: {},
  yearInvalid: {},
  yearRange: { min: 2000, max: 2100 },
  yearFuture: { max: 2026 },
  unknownPlace: {},
  ambiguousPlace: { candidates: '140000,610000' },
  textTooLong: { length: 51, max: 50 },
  formulaNoValue: {},
  duplicateRow: { other: 2 },
  identicalRows: { count: 149, lines: '3-151' },
};

describe('problem messages', () => {
  it.each(LOCALES)('every code has a message in %s, and every message a code', (locale) => {
    const keys = Object.keys(messagesOf(locale)).filter((k) => k.startsWith('import.problem.'));
    const layout = [
      'atLineColumn',
      'atLine',
      'atColumn',
      'atSheetLineColumn',
      'atSheetLine',
      'atSheetColumn',
      'quotedHeader',
      'count',
      'countTruncated',
      'moreRuns',
    ];
    expect(keys.map((k) => k.slice('import.problem.'.length)).sort()).toEqual(
      [...PROBLEM_CODES, ...layout].sort(),
    );
  });

  it.each(LOCALES)('every code renders in %s with no placeholder left', (locale) => {
    const t = translator(locale);
    for (const code of PROBLEM_CODES) {
      for (const where of [
        {},
        { line: 3 },
        { line: 3, column: '发文数', value: 'x' },
        { column: '省' },
        { sheet: '统计', line: 3, column: '发文数', letter: 'C', value: 'x' },
        { sheet: '统计', line: 3 },
        { sheet: '统计', column: '省', letter: 'A' },
      ]) {
        const text = formatProblem({ code, params: PARAMS[code], ...where }, t, locale);
        expect(text, `${code} ${JSON.stringify(where)}`).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it('shortens a long quoted value', () => {
    const text = formatProblem(
      { code: 'notNumber', line: 2, column: '发文数', value: 'x'.repeat(100), params: {} },
      translator('en'),
      'en',
    );
    expect(text).toBe(`Line 2, “发文数”: "${'x'.repeat(40)}…" is not a number`);
  });

  it('places a problem of a column or of the whole file', () => {
    const t = translator('zh-CN');
    expect(
      formatProblem({ code: 'duplicateColumn', column: '省', params: { other: '省份' } }, t, 'zh-CN'),
    ).toBe('「省」列：与「省份」是同一项数据，只能保留一列。');
    expect(formatProblem({ code: 'emptyFile', params: {} }, t, 'zh-CN')).toBe('文件是空的。');
  });
});

describe('lists of lines', () => {
  it('are stored as runs and listed with the runs joined, the rest counted', () => {
    expect(compactLines([3, 4, 5, 9, 11, 12])).toBe('3-5,9,11-12');
    const t = translator('zh-CN');
    expect(formatLines('3-5,9,11-12', t)).toBe('3–5、9、11–12');
    const many = compactLines(Array.from({ length: 20 }, (_, i) => 2 + i * 2));
    expect(formatLines(many, translator('en'))).toBe('2, 4, 6, 8, 10, 12, 14, 16 and 12 more');
  });
});

describe('ProblemList', () => {
  it(`keeps ${MAX_PROBLEMS} and counts all`, () => {
    const list = new ProblemList();
    for (let i = 0; i < 250; i += 1) list.add('notNumber', { line: i + 2 });
    expect(list.kept).toHaveLength(MAX_PROBLEMS);
    expect(list.kept[99]?.line).toBe(101);
    expect(list.total).toBe(250);
  });

  it('says how many are listed', () => {
    expect(formatProblemCount(100, 250, translator('zh-CN'))).toBe('共 250 个问题，以下列出前 100 个');
    expect(formatProblemCount(3, 3, translator('en'))).toBe('Problems found: 3');
  });
});
