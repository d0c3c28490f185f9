import { describe, expect, it } from 'vitest';
import { generateCsv } from './generate';
import { parseImport } from './parse-import';
import { encodeGbk, encodeUtf16, utf8 } from './test-helpers';

const OPTIONS = { latestYear: 2026 };
const CSV =
  '省份,市,年份,发文数,发文计划数,会议数\r\n甘肃,,2023,100,120,40\r\n甘肃,,2024,80,100,30\r\n湖北,武汉市,2024,"1,234",,\r\n';

describe('parseImport', () => {
  it('loads a CSV file into rows and a summary', () => {
    expect(parseImport('stats.csv', utf8(CSV), undefined, OPTIONS)).toEqual({
      ok: true,
      rows: [
        { line: 2, province: '620000', year: 2023, documents: 100, documentsPlanned: 120, meetings: 40 },
        { line: 3, province: '620000', year: 2024, documents: 80, documentsPlanned: 100, meetings: 30 },
        { line: 4, province: '420000', city: '武汉市', year: 2024, documents: 1234 },
      ],
      summary: {
        rowCount: 3,
        places: 2,
        provinces: ['420000', '620000'],
        years: [2023, 2024],
        totals: {
          documents: 1414,
          documentsPlanned: 220,
          meetings: 70,
          meetingsPlanned: null,
          inspections: null,
          workGroups: null,
          documentsPrev: null,
          meetingsPrev: null,
          inspectionsPrev: null,
        },
        format: 'csv',
        encoding: 'utf-8',
      },
    });
  });

  it('detects the encoding: GBK as Chinese Excel saves, UTF-16, UTF-8 with BOM', () => {
    const expected = parseImport('a.csv', utf8(CSV), undefined, OPTIONS);
    for (const [bytes, encoding] of [
      [encodeGbk(CSV), 'gb18030'],
      [encodeUtf16(CSV, 'le'), 'utf-16le'],
      [encodeUtf16(CSV, 'be'), 'utf-16be'],
      [new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(CSV)]), 'utf-8-bom'],
    ] as const) {
      const result = parseImport('a.csv', bytes, undefined, OPTIONS);
      expect(result.ok && result.rows).toEqual(expected.ok && expected.rows);
      expect(result.ok && result.summary.encoding).toBe(encoding);
    }
  });

  it('loads both JSON forms, and sniffs JSON without an extension', () => {
    const rows = [{ 省份: '甘肃', 年份: 2024, 发文数: 3 }];
    for (const [name, text] of [
      ['a.json', JSON.stringify({ version: 1, rows })],
      ['a.json', JSON.stringify(rows)],
      ['clipboard', JSON.stringify(rows, null, 2)],
    ] as const) {
      const result = parseImport(name, utf8(text), undefined, OPTIONS);
      expect(result.ok && result.rows.map(({ line: _, ...r }) => r)).toEqual([
        { province: '620000', year: 2024, documents: 3 },
      ]);
      expect(result.ok && result.summary.format).toBe('json');
    }
  });

  it('returns problems and no rows for a rejected file', () => {
    const result = parseImport('a.csv', utf8('省份,年份,发文数\n甘肃,2024,十二\n'), undefined, OPTIONS);
    expect(result).toEqual({
      ok: false,
      problems: [{ code: 'notNumber', line: 2, column: '发文数', value: '十二', params: {} }],
      totalProblems: 1,
    });
    expect('rows' in result).toBe(false);
  });

  it.each([
    ['an empty file', 'a.csv', '', 'emptyFile'],
    ['a file of white space', 'a.csv', ' \r\n ', 'emptyFile'],
    ['a header only', 'a.csv', '省份,年份,发文数\r\n', 'noRows'],
    ['malformed JSON', 'a.json', '[{"省份": }]', 'invalidJson'],
    [
      'a dangerous key',
      'a.json',
      '[{"省份":"甘肃","年份":2024,"发文数":1,"constructor":{}}]',
      'dangerousKey',
    ],
    ['an old .xls workbook by name', 'a.xls', 'x', 'spreadsheetFile'],
  ])('refuses %s', (_, name, text, code) => {
    expect(parseImport(name, utf8(text), undefined, OPTIONS)).toMatchObject({
      ok: false,
      problems: [{ code }],
    });
  });

  it('validates the ~170,000-value county file (time is logged, not asserted)', () => {
    const bytes = utf8(generateCsv({ level: 'county' }));
    const progress: number[] = [];
    const start = performance.now();
    const result = parseImport('county.csv', bytes, (done) => progress.push(done), OPTIONS);
    const ms = performance.now() - start;
    console.info(
      `county file: ${(bytes.length / 1e6).toFixed(1)} MB, 29,000 rows validated in ${ms.toFixed(0)} ms`,
    );
    expect(result.ok && result.summary.rowCount).toBe(29000);
    expect(progress).toEqual([...Array.from({ length: 14 }, (_, i) => (i + 1) * 2000), 29000]);
    // Generous: on a loaded two-core CI machine this large file has taken more than vitest's 5 s default.
  }, 60_000);
});
