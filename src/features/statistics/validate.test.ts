import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/i18n';
import { csvTable } from './parse';
import { formatProblem, MAX_PROBLEMS, type Problem } from './problems';
import { validateTable } from './validate';
import { jsonTable } from './json';

const LATEST = 2026;

function validate(csv: string) {
  const parsed = csvTable(csv);
  if (!parsed.ok) throw new Error(parsed.problems[0]?.code);
  return validateTable(parsed.table, { latestYear: LATEST });
}

function problemsOf(csv: string): Problem[] {
  const result = validate(csv);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

const zh = (p: Problem) => formatProblem(p, translator('zh-CN'), 'zh-CN');
const en = (p: Problem) => formatProblem(p, translator('en'), 'en');

describe('validateTable: accepted files', () => {
  it('reads a valid file into rows with their lines, places mapped to codes', () => {
    const result = validate(
      '年份,省份,市,县,发文数,会议计划数,备注\n2024,甘肃省,兰州市,城关区,"1,234",１２,  ok \n2024,gs,,,5,,\n',
    );
    expect(result).toEqual({
      ok: true,
      rows: [
        {
          line: 2,
          province: '620000',
          city: '兰州市',
          county: '城关区',
          year: 2024,
          documents: 1234,
          meetingsPlanned: 12,
          note: 'ok',
        },
        { line: 3, province: '620000', year: 2024, documents: 5 },
      ],
    });
  });

  it('gives every row the same key order whatever the column order', () => {
    const result = validate('发文数,年份,省份\n1,2024,甘肃\n');
    expect(result.ok && Object.keys(result.rows[0]!)).toEqual(['line', 'province', 'year', 'documents']);
  });

  it('ignores empty trailing columns Excel leaves', () => {
    expect(validate('省份,年份,发文数,,\n甘肃,2024,1,,\n').ok).toBe(true);
  });

  it('keeps the same place in different years and different places in one year', () => {
    const result = validate(
      '省份,市,年份,发文数\n甘肃,,2023,1\n甘肃,,2024,1\n甘肃,兰州,2024,1\n湖北,,2024,1\n',
    );
    expect(result.ok && result.rows).toHaveLength(4);
  });
});

describe('validateTable: column problems come first and stop the check', () => {
  it('names the missing required columns', () => {
    const problems = problemsOf('发文数,会议数\n1,2\n');
    expect(problems).toEqual([{ code: 'missingColumns', params: { columns: 'province,year' } }]);
    expect(zh(problems[0]!)).toBe('缺少必填列：省份、年份。请对照模板检查表头。');
    expect(en(problems[0]!)).toBe(
      'Required columns missing: Province (省份), Year (年份). Check the header row against the template.',
    );
  });

  it('names unknown columns and does not check rows against a misread header', () => {
    const problems = problemsOf('省份,年份,发文束,人口\n甘肃,十二,1,2\n');
    expect(problems).toEqual([{ code: 'unknownColumns', params: { headers: '发文束,人口' } }]);
    expect(zh(problems[0]!)).toBe('无法识别的列：「发文束」、「人口」。请改用模板中的列名，或删除这些列。');
  });

  it('refuses two headers for one field', () => {
    expect(problemsOf('省份,省,年份,发文数\n甘肃,甘肃,2024,1\n')).toEqual([
      { code: 'duplicateColumn', column: '省', params: { other: '省份' } },
    ]);
  });

  it('refuses a column without a header that holds data', () => {
    expect(problemsOf('省份,年份,,发文数\n甘肃,2024,9,1\n')).toEqual([
      { code: 'unnamedColumn', line: 1, params: { index: 3 } },
    ]);
  });

  it('refuses a header with no rows', () => {
    expect(problemsOf('省份,年份,发文数\n\n')).toEqual([{ code: 'noRows', params: {} }]);
  });
});

describe('validateTable: row problems', () => {
  const cases: [string, string, Partial<Problem>, string, string][] = [
    [
      'a count in words',
      '省份,年份,会议计划数\n甘肃,2024,十二\n',
      { code: 'notNumber', line: 2, column: '会议计划数', value: '十二' },
      '第2行「会议计划数」："十二" 不是数字',
      'Line 2, “会议计划数”: "十二" is not a number',
    ],
    [
      'a count with a unit',
      '省份,年份,发文数\n甘肃,2024,12项\n',
      { code: 'numberWithUnit', column: '发文数', value: '12项' },
      '第2行「发文数」："12项" 不是数字：请只填数字，不带单位',
      'Line 2, “发文数”: "12项" is not a number: write the number only, without a unit',
    ],
    [
      'a negative count',
      '省份,年份,会议数\n甘肃,2024,-3\n',
      { code: 'negative', value: '-3' },
      '第2行「会议数」："-3" 是负数，数量不能小于 0',
      'Line 2, “会议数”: "-3" is negative; a count cannot be below 0',
    ],
    [
      'a fraction',
      '省份,年份,会议数\n甘肃,2024,2.5\n',
      { code: 'notInteger', value: '2.5' },
      '第2行「会议数」："2.5" 不是整数，数量应为整数',
      'Line 2, “会议数”: "2.5" is not a whole number',
    ],
    [
      'a plan of zero',
      '省份,年份,发文数,发文计划数\n甘肃,2024,3,0\n',
      { code: 'planZero', column: '发文计划数', value: '0' },
      '第2行「发文计划数」：计划数为 0，无法计算计划完成比例（除数为零）。没有计划请留空',
      'Line 2, “发文计划数”: a plan of 0 makes the share of plan a division by zero; leave it empty if there is no plan',
    ],
    [
      'a year that is not a whole number',
      '省份,年份,发文数\n甘肃,2024.5,1\n',
      { code: 'yearInvalid', column: '年份' },
      '第2行「年份」："2024.5" 不是年份，应为四位数字，如 2024',
      'Line 2, “年份”: "2024.5" is not a year; write four digits, e.g. 2024',
    ],
    [
      'a year before 2000',
      '省份,年份,发文数\n甘肃,1999,1\n',
      { code: 'yearRange', params: { min: 2000, max: 2100 } },
      '第2行「年份」："1999" 超出可接受的年份范围（2000—2100）',
      'Line 2, “年份”: "1999" is outside the accepted years (2000–2100)',
    ],
    [
      'a future year',
      '省份,年份,发文数\n甘肃,2030,1\n',
      { code: 'yearFuture', params: { max: LATEST } },
      '第2行「年份」："2030" 是未来的年份（最晚可填 2026 年）',
      'Line 2, “年份”: "2030" is in the future (the latest accepted year is 2026)',
    ],
    [
      'an unknown province',
      '省份,年份,发文数\n兰州,2024,1\n',
      { code: 'unknownPlace', value: '兰州' },
      '第2行「省份」：无法识别的省份 "兰州"：可填省名、简称、拼音或行政区划代码（如 620000）',
      'Line 2, “省份”: "兰州" is not a recognised province: use its name, short name, pinyin or GB/T 2260 code (e.g. 620000)',
    ],
    [
      'an ambiguous province',
      '省份,年份,发文数\nsx,2024,1\n',
      { code: 'ambiguousPlace', value: 'sx' },
      '第2行「省份」："sx" 可能是 山西、陕西，请写出省名',
      'Line 2, “省份”: "sx" could be Shanxi, Shaanxi; write the name in full',
    ],
    [
      'an empty required cell',
      '省份,年份,发文数\n,2024,1\n',
      { code: 'required', column: '省份', value: '' },
      '第2行「省份」：必填，不能为空。',
      'Line 2, “省份”: required, but empty.',
    ],
    [
      'a row without any count',
      '省份,年份,发文数,备注\n甘肃,2024,,note\n',
      { code: 'noCounts', line: 2 },
      '第2行：没有任何数量：发文数、会议数等至少填写一项。',
      'Line 2: no count given: fill in at least one (documents, meetings, …).',
    ],
    [
      'a row with more fields than headers',
      '省份,年份,发文数\n甘肃,2024,1,234\n',
      { code: 'extraFields', params: { found: 4, expected: 3 } },
      '第2行：本行有 4 个字段，表头只有 3 列。可能是数字中的千位逗号未加引号（1,234 应写作 "1,234" 或 1234）。',
      'Line 2: this row has 4 fields but the header has 3 columns. A thousands comma may have split a number (write 1,234 as "1,234" or 1234).',
    ],
    [
      'a row with fewer fields than headers',
      '省份,年份,发文数,会议数\n甘肃,2024,3\n',
      { code: 'missingFields', line: 2, params: { found: 3, expected: 4 } },
      '第2行：本行只有 3 个字段，表头有 4 列：导出可能不完整。请补齐本行（空的数量也要留出逗号）。',
      'Line 2: this row has only 3 fields but the header has 4 columns: the export may be incomplete. Complete the row (an empty count still needs its comma).',
    ],
    [
      'a place name too long',
      `省份,县,年份,发文数\n甘肃,${'长'.repeat(51)},2024,1\n`,
      { code: 'textTooLong', params: { length: 51, max: 50 } },
      '第2行「县」：文字过长（51 字，最多 50 字）',
      'Line 2, “县”: text too long (51 characters, at most 50)',
    ],
  ];

  it.each(cases)('%s', (_, csv, expected, zhText, enText) => {
    const problems = problemsOf(csv);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject(expected);
    expect(zh(problems[0]!)).toBe(zhText);
    expect(en(problems[0]!)).toBe(enText);
  });

  it('names both lines of a duplicate place and year, and gives no rows', () => {
    const result = validate('省份,市,年份,发文数\n甘肃,,2024,1\n湖北,,2024,2\n甘肃省,,2024年,3\n');
    expect(result).toEqual({
      ok: false,
      problems: [{ code: 'duplicateRow', line: 4, params: { other: 2 } }],
      totalProblems: 1,
    });
    if (!result.ok) expect(zh(result.problems[0]!)).toBe('第4行：与第2行是同一地区、同一年份，只能保留一行');
  });

  it('finds a duplicate even when the first of the two rows has other problems', () => {
    const problems = problemsOf('省份,年份,发文数\n甘肃,2024,x\n甘肃,2024,1\n');
    expect(problems.map((p) => [p.code, p.line])).toEqual([
      ['notNumber', 2],
      ['duplicateRow', 3],
    ]);
  });

  it('reports identical copies of a row once, listing their lines, with the copied problem once', () => {
    const copies = Array.from({ length: 150 }, () => '甘肃,2024,十二').join('\n');
    const result = validate(`省份,年份,发文数\n${copies}\n湖北,2024,1\n`);
    expect(result).toEqual({
      ok: false,
      problems: [
        { code: 'notNumber', line: 2, column: '发文数', value: '十二', params: {} },
        { code: 'identicalRows', line: 2, params: { count: 149, lines: '3-151' } },
      ],
      totalProblems: 2,
    });
    if (!result.ok) {
      expect(zh(result.problems[1]!)).toBe(
        '第2行：与本行完全相同的行还有 149 行：第3–151行。请删除重复的行。',
      );
      expect(en(result.problems[1]!)).toBe(
        'Line 2: 149 more rows are identical to this one: lines 3–151. Delete the copies.',
      );
    }
  });

  it('reports copies of a valid row, apart or together, as one problem', () => {
    const problems = problemsOf('省份,年份,发文数\n甘肃,2024,1\n湖北,2024,1\n甘肃,2024,1\n甘肃,2024,1\n');
    expect(problems).toEqual([{ code: 'identicalRows', line: 2, params: { count: 2, lines: '4-5' } }]);
  });

  it('refuses a short row even where the missing fields are optional counts', () => {
    const problems = problemsOf('省份,年份,发文数,会议数,备注\n甘肃,2024,3,4,\n湖北,2024\n');
    expect(problems).toEqual([{ code: 'missingFields', line: 3, params: { found: 2, expected: 5 } }]);
  });

  it('removes invisible characters from names before matching, and says on which lines', () => {
    const result = validate(
      '省份,市,年份,发文数\n内\u200b蒙古,呼和\u00a0浩特,2024,1\n\ufeff甘肃,,2024,2\n湖北,武\u200d汉,2024,\u200b3\n青海,,2024,4\n',
    );
    expect(result).toEqual({
      ok: true,
      rows: [
        { line: 2, province: '150000', city: '呼和浩特', year: 2024, documents: 1 },
        { line: 3, province: '620000', year: 2024, documents: 2 },
        { line: 4, province: '420000', city: '武汉', year: 2024, documents: 3 },
        { line: 5, province: '630000', year: 2024, documents: 4 },
      ],
      invisibleRemoved: [2, 3, 4],
    });
  });

  it('keeps a no-break space between Latin words as a space', () => {
    const result = validate('省份,县,年份,发文数\nInner\u00a0Mongolia,New\u00a0Town,2024,1\n');
    expect(result.ok && result.rows[0]).toMatchObject({ province: '150000', county: 'New Town' });
  });

  it('reports every problem of every row, in line order', () => {
    const problems = problemsOf('省份,年份,发文数,会议数\nsx,1999,十二,-1\n甘肃,2024,1,1\nxx,2024,1.5,\n');
    expect(problems.map((p) => [p.line, p.code])).toEqual([
      [2, 'ambiguousPlace'],
      [2, 'yearRange'],
      [2, 'notNumber'],
      [2, 'negative'],
      [4, 'unknownPlace'],
      [4, 'notInteger'],
    ]);
  });

  it(`keeps the first ${MAX_PROBLEMS} problems and counts them all`, () => {
    const body = Array.from({ length: 150 }, (_, i) => `甘肃,${2000 + (i % 20)},x${i},y`).join('\n');
    const result = validate(`省份,年份,发文数,会议数\n${body}\n`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(MAX_PROBLEMS);
    // 300 bad counts and 130 duplicates (20 distinct years)
    expect(result.totalProblems).toBe(430);
  });

  it('reads JSON rows with the same rules, numbers as JSON numbers or text', () => {
    const text =
      '[\n{"省份":"甘肃","年份":2024,"发文数":12},\n{"province":"湖北","year":"2024","documents":"十二"}\n]';
    const parsed = jsonTable(text, JSON.parse(text));
    if (!parsed.ok) throw new Error('parse');
    const result = validateTable(parsed.table, { latestYear: LATEST });
    expect(result).toEqual({
      ok: false,
      problems: [{ code: 'notNumber', line: 3, column: 'documents', value: '十二', params: {} }],
      totalProblems: 1,
    });
  });

  it('lets JSON rows name a field differently, but not twice in one row', () => {
    const text =
      '[\n{"省份":"甘肃","年份":2024,"发文数":12},\n{"province":"湖北","year":2024,"省份":"湖北","会议数":1}\n]';
    const parsed = jsonTable(text, JSON.parse(text));
    if (!parsed.ok) throw new Error('parse');
    expect(validateTable(parsed.table, { latestYear: LATEST })).toEqual({
      ok: false,
      problems: [{ code: 'duplicateColumn', line: 3, column: 'province', params: { other: '省份' } }],
      totalProblems: 1,
    });
    const fixed = text.replace(',"省份":"湖北"', '');
    const again = jsonTable(fixed, JSON.parse(fixed));
    expect(again.ok && validateTable(again.table, { latestYear: LATEST })).toEqual({
      ok: true,
      rows: [
        { line: 2, province: '620000', year: 2024, documents: 12 },
        { line: 3, province: '420000', year: 2024, meetings: 1 },
      ],
    });
  });

  it('reports JSON values that are lists or objects, and rows that are not objects', () => {
    const text = '[{"省份":"甘肃","年份":2024,"发文数":[1]}, 5]';
    const parsed = jsonTable(text, JSON.parse(text));
    if (!parsed.ok) throw new Error('parse');
    const result = validateTable(parsed.table, { latestYear: LATEST });
    expect(result.ok ? [] : result.problems.map((p) => p.code)).toEqual(['notScalar', 'jsonRowNotObject']);
  });

  it('reports progress every 2,000 rows and at the end', () => {
    const body = Array.from({ length: 4500 }, (_, i) => `甘肃,县${i},2024,1`).join('\n');
    const parsed = csvTable(`省份,县,年份,发文数\n${body}\n`);
    if (!parsed.ok) throw new Error('parse');
    const calls: [number, number][] = [];
    validateTable(parsed.table, {
      latestYear: LATEST,
      onProgress: (done, total) => calls.push([done, total]),
    });
    expect(calls).toEqual([
      [2000, 4500],
      [4000, 4500],
      [4500, 4500],
    ]);
  });
});
