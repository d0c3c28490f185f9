import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/i18n';
import { parseImport } from './parse-import';
import { parseWorkbook } from './parse-workbook';
import { formatProblem, type Problem } from './problems';
import { buildXlsx, withDeclaredSize, type CellSpec, type SheetSpec } from './xlsx-builder';
import { MAX_SHEET_ROWS, MAX_SHEETS, MAX_UNPACKED_BYTES } from './xlsx';
import { utf8 } from './test-helpers';

// Invented test figures, in forms shaped like the statistical forms staff keep.
const LATEST = 2026;
const read = (
  sheets: SheetSpec[],
  options: { sheet?: string; inlineStrings?: boolean; prefix?: string } = {},
) =>
  parseWorkbook('form.xlsx', buildXlsx({ sheets, ...options }), undefined, {
    latestYear: LATEST,
    ...options,
  });

const zh = (p: Problem) => formatProblem(p, translator('zh-CN'), 'zh-CN');
const en = (p: Problem) => formatProblem(p, translator('en'), 'en');

function problemsOf(result: ReturnType<typeof read>): Problem[] {
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

/** The CSV twin of a simple form: what the same rows give when saved as CSV. */
const CSV_TWIN =
  '省份,市,年份,发文数,发文计划数\n甘肃,,2024,90,150\n甘肃,兰州,2024,30,40\n湖北,,2024,150,220\n';

const simpleForm: CellSpec[][] = [
  ['省份', '市', '年份', '发文数', '发文计划数'],
  ['甘肃', null, 2024, 90, 150],
  ['甘肃', '兰州', 2024, 30, 40],
  ['湖北', null, 2024, 150, 220],
];

describe('parseWorkbook: the same result as the CSV twin', () => {
  it('reads a plain sheet into the rows and summary its CSV twin gives, with the sheet named', () => {
    const book = read([{ name: '统计', rows: simpleForm }]);
    const csv = parseImport('form.csv', utf8(CSV_TWIN), undefined, { latestYear: LATEST });
    expect(book.ok && csv.ok).toBe(true);
    if (!book.ok || !csv.ok) return;
    expect(book.rows).toEqual(csv.rows);
    expect(book.summary).toEqual({ ...csv.summary, format: 'xlsx', encoding: undefined, sheet: '统计' });
  });

  it('reads inline strings and prefixed element names (<x:c>) the same', () => {
    const plain = read([{ name: '统计', rows: simpleForm }]);
    expect(read([{ name: '统计', rows: simpleForm }], { inlineStrings: true, prefix: 'x' })).toEqual(plain);
  });
});

describe('parseWorkbook: real forms', () => {
  it('skips a merged title row and a unit row above the header, and a merged note row below the data', () => {
    const result = read([
      {
        name: '统计',
        rows: [
          ['2024年发文开会统计表'],
          ['填报单位：（盖章）', null, null, '单位：件、次'],
          [],
          ['省份', '年份', '发文数', '会议数'],
          ['甘肃', 2024, 90, 60],
          ['湖北', 2024, 150, 70],
          ['注：本表数据为示例。'],
        ],
        merges: ['A1:D1', 'A7:D7'],
      },
    ]);
    expect(result.ok && result.rows).toEqual([
      { line: 5, province: '620000', year: 2024, documents: 90, meetings: 60 },
      { line: 6, province: '420000', year: 2024, documents: 150, meetings: 70 },
    ]);
  });

  it('maps a two-row header (发文数 over 计划 | 实际) to 发文计划数 and 发文数', () => {
    const result = read([
      {
        name: '统计',
        rows: [
          ['省份', '年份', '发文数', null, '会议数', null, '督查检查考核事项数', null],
          [null, null, '计划', '实际', '计划', '实际', '上年', '本年'],
          ['甘肃', 2024, 150, 90, 100, 60, 45, 30],
        ],
        merges: ['A1:A2', 'B1:B2', 'C1:D1', 'E1:F1', 'G1:H1'],
      },
    ]);
    expect(result.ok && result.rows).toEqual([
      {
        line: 3,
        province: '620000',
        year: 2024,
        documents: 90,
        documentsPlanned: 150,
        meetings: 60,
        meetingsPlanned: 100,
        inspections: 30,
        inspectionsPrev: 45,
      },
    ]);
  });

  it('fills the province merged over its cities into every row it spans, and never an ordinary blank', () => {
    const result = read([
      {
        name: '统计',
        rows: [
          ['省份', '市', '年份', '发文数'],
          ['甘肃', '兰州', 2024, 30],
          [null, '天水', 2024, 20],
          [null, '白银', 2024, 10],
          ['湖北', '武汉', 2024, 50],
          [null, '宜昌', 2024, 40],
        ],
        merges: ['A2:A4'],
      },
    ]);
    const problems = problemsOf(result);
    // 甘肃 covers 兰州, 天水, 白银; 宜昌's blank province is not 湖北's: it is reported, not guessed.
    expect(problems).toEqual([
      { code: 'required', line: 6, column: '省份', value: '', params: {}, sheet: '统计', letter: 'A' },
    ]);
    expect(zh(problems[0]!)).toBe('工作表「统计」第6行 A列「省份」：必填，不能为空。');
  });

  it('uses a formula cell’s cached value, and reports a formula without one at its cell', () => {
    const rows: CellSpec[][] = [
      ['省份', '年份', '发文数', '会议数'],
      ['甘肃', 2024, { f: 'SUM(Sheet2!B2:B5)', v: 90 }, 60],
      ['湖北', 2024, { f: 'C2+60' }, 70],
    ];
    const problems = problemsOf(read([{ name: '统计', rows }]));
    expect(problems).toEqual([
      {
        code: 'formulaNoValue',
        line: 3,
        column: '发文数',
        value: '=C2+60',
        params: {},
        sheet: '统计',
        letter: 'C',
      },
    ]);
    expect(zh(problems[0]!)).toBe(
      '工作表「统计」第3行 C列「发文数」：公式 =C2+60 没有计算结果。请在 Excel 或 WPS 中打开并保存一次，再导入。',
    );
    const fixed = rows.map((r) =>
      r.map((c) => (typeof c === 'object' && c && 'f' in c && c.v === undefined ? { ...c, v: 150 } : c)),
    );
    expect(read([{ name: '统计', rows: fixed }])).toMatchObject({
      ok: true,
      rows: [{ documents: 90 }, { documents: 150 }],
    });
  });

  it('names the sheet, row and column letter of a bad cell, in the same list as CSV problems', () => {
    const problems = problemsOf(
      read([
        {
          name: '统计',
          rows: [
            ['2024年发文开会统计表'],
            [],
            ['省份', '年份', '发文数'],
            ['甘肃', 2024, 1],
            ['湖北', 2024, '十二'],
          ],
          merges: ['A1:C1'],
        },
      ]),
    );
    expect(problems).toHaveLength(1);
    expect(zh(problems[0]!)).toBe('工作表「统计」第5行 C列「发文数」："十二" 不是数字');
    expect(en(problems[0]!)).toBe('Sheet “统计”, row 5, column C “发文数”: "十二" is not a number');
  });

  it('picks the sheet with a recognised header beside a notes sheet, and asks when several have one', () => {
    const notes: SheetSpec = {
      name: '填报说明',
      rows: [['填报说明'], ['1. 省份填写省级行政区名称。'], ['2. 数量填整数。']],
    };
    const one = read([notes, { name: '统计', rows: simpleForm }]);
    expect(one.ok && one.summary.sheet).toBe('统计');

    const two = read([notes, { name: '2023', rows: simpleForm }, { name: '2024', rows: simpleForm }]);
    expect(two).toMatchObject({ ok: false, sheets: ['2023', '2024'], problems: [{ code: 'chooseSheet' }] });
    expect(zh(problemsOf(two)[0]!)).toBe(
      '工作簿中有多张工作表都像数据表：「2023」「2024」。请选择要导入的一张。',
    );
    const chosen = read([notes, { name: '2023', rows: simpleForm }, { name: '2024', rows: simpleForm }], {
      sheet: '2024',
    });
    expect(chosen.ok && chosen.summary.sheet).toBe('2024');

    expect(problemsOf(read([notes]))).toEqual([{ code: 'noHeader', params: { sheets: '「填报说明」' } }]);
  });

  it('keeps numbers stored as numbers exact, and refuses a fraction as a count', () => {
    const result = read([
      {
        name: '统计',
        rows: [
          ['省份', '年份', '发文数', '会议数'],
          ['甘肃', 2024, 9007199254740991, 12.5],
        ],
      },
    ]);
    expect(problemsOf(result)).toMatchObject([{ code: 'notInteger', value: '12.5', letter: 'D' }]);
    const exact = read([
      {
        name: '统计',
        rows: [
          ['省份', '年份', '发文数'],
          ['甘肃', 2024, 9007199254740991],
        ],
      },
    ]);
    expect(exact.ok && exact.rows[0]?.documents).toBe(9007199254740991);
  });

  it('reads a date in the year column as its year only when it is 1 January of a whole year', () => {
    const jan1of2024 = 45292;
    const rows: CellSpec[][] = [
      ['省份', '年份', '发文数'],
      ['甘肃', { serial: jan1of2024, format: 'year' }, 1],
      ['湖北', { serial: jan1of2024 - 365, format: 'date' }, 1], // 2023-01-01
      ['湖南', { serial: jan1of2024 + 74, format: 'date' }, 1], // 2024-03-15
    ];
    const problems = problemsOf(read([{ name: '统计', rows }]));
    expect(problems).toEqual([
      expect.objectContaining({ code: 'yearInvalid', line: 4, value: '2024-03-15', letter: 'B' }),
    ]);
    const ok = read([{ name: '统计', rows: rows.slice(0, 3) }]);
    expect(ok.ok && ok.rows.map((r) => r.year)).toEqual([2024, 2023]);
  });
});

describe('parseWorkbook: limits protect the tab', () => {
  it('refuses a workbook whose parts declare more than the limit, before inflating anything', () => {
    const zip = buildXlsx({ sheets: [{ name: '统计', rows: simpleForm }] });
    // Declares 2 GB for the sheet (a zip bomb's declared size); the data is unchanged and never inflated.
    const bomb = withDeclaredSize(zip, 'xl/worksheets/sheet1.xml', 2 ** 31);
    const problems = problemsOf(parseWorkbook('bomb.xlsx', bomb));
    expect(problems).toEqual([
      { code: 'workbookTooLarge', params: { size: 2048, limit: MAX_UNPACKED_BYTES / 1024 / 1024 } },
    ]);
    expect(zh(problems[0]!)).toBe(
      '工作簿解压后约 2048 MB，超过上限 64 MB，未读取。请删除不需要的工作表或图片后再试。',
    );
  });

  // Building 70 MB of zeros takes a while on a loaded machine; reading it must not (it is refused unread).
  it('refuses a real zip bomb: 70 MB of zeros in a part of under 100 KB', { timeout: 30_000 }, () => {
    const padding = new Uint8Array(70 * 1024 * 1024);
    const bytes = buildXlsx({
      sheets: [{ name: '统计', rows: simpleForm }],
      extra: { 'xl/media/pad.bin': [padding, { level: 1 }] },
    });
    expect(bytes.length).toBeLessThan(400 * 1024);
    expect(problemsOf(parseWorkbook('bomb.xlsx', bytes))).toMatchObject([
      { code: 'workbookTooLarge', params: { size: 70 } },
    ]);
  });

  it('stops a part that inflates past the size it declares', () => {
    const zip = buildXlsx({ sheets: [{ name: '统计', rows: simpleForm }] });
    const liar = withDeclaredSize(zip, 'xl/worksheets/sheet1.xml', 100);
    expect(problemsOf(parseWorkbook('liar.xlsx', liar))).toEqual([{ code: 'workbookCorrupt', params: {} }]);
  });

  it(`refuses more than ${MAX_SHEETS} sheets, and a sheet that declares more than ${MAX_SHEET_ROWS} rows`, () => {
    const many = Array.from({ length: MAX_SHEETS + 1 }, (_, i) => ({ name: `S${i}`, rows: [['x']] }));
    expect(problemsOf(read(many))).toEqual([
      { code: 'tooManySheets', params: { count: MAX_SHEETS + 1, limit: MAX_SHEETS } },
    ]);
    const tall = read([{ name: '统计', rows: simpleForm, dimension: 'A1:E200000' }]);
    expect(problemsOf(tall)).toMatchObject([{ code: 'sheetTooLarge', params: { sheet: '统计' } }]);
  });

  it('refuses bytes that are not a workbook, and the old binary .xls with a clear message', () => {
    expect(problemsOf(parseWorkbook('x.xlsx', strToU8('PK\u0003\u0004 not really')))).toEqual([
      { code: 'workbookCorrupt', params: {} },
    ]);
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const legacy = parseImport('old.xls', ole);
    expect(legacy).toMatchObject({ ok: false, problems: [{ code: 'spreadsheetFile' }] });
    if (!legacy.ok) expect(zh(legacy.problems[0]!)).toContain('.xlsx');
  });
});
