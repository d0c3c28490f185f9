import { provinceShortName } from '../../data/province-names';
import type { Locale, MessageKey, Translate } from '../../i18n/i18n';
import { PROVINCES } from '../../data/provinces';
import type { ColumnKey } from '../../data/stats-columns';
import { columnLabel } from '../../figures/column-label';

/**
 * Why a file or a row was rejected. Each code has a message `import.problem.<code>` in every locale;
 * `params` fill its placeholders (lists are stored comma-joined and rendered in the UI language).
 */
export const PROBLEM_CODES = [
  // The file as a whole
  'tooLarge',
  'emptyFile',
  'spreadsheetFile',
  'workbookCorrupt',
  'workbookTooLarge',
  'tooManySheets',
  'sheetTooLarge',
  'noHeader',
  'chooseSheet',
  'sheetNotFound',
  'binaryFile',
  'undecodable',
  'noRows',
  'csvQuotes',
  'invalidJson',
  'dangerousKey',
  'jsonShape',
  'jsonVersion',
  'backupInvalid',
  // Columns (checked before any row)
  'missingColumns',
  'unknownColumns',
  'duplicateColumn',
  'unnamedColumn',
  // Rows and cells
  'extraFields',
  'missingFields',
  'jsonRowNotObject',
  'notScalar',
  'required',
  'noCounts',
  'notNumber',
  'numberWithUnit',
  'negative',
  'notInteger',
  'planZero',
  'yearInvalid',
  'yearRange',
  'yearFuture',
  'unknownPlace',
  'ambiguousPlace',
  'textTooLong',
  'formulaNoValue',
  'duplicateRow',
  'identicalRows',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export type Problem = {
  code: ProblemCode;
  /** 1-based line in the file; absent for a problem of the whole file. */
  line?: number;
  /** The header as written in the file. */
  column?: string;
  /** The cell as written in the file. */
  value?: string;
  /** A workbook's sheet, and the column's letter there (C), as the spreadsheet program shows them. */
  sheet?: string;
  letter?: string;
  params: Record<string, string | number>;
};

/** A UI shows this many problems; the total is still counted. */
export const MAX_PROBLEMS = 100;

/** Collects problems, keeping the first MAX_PROBLEMS and counting all. */
export class ProblemList {
  readonly kept: Problem[] = [];
  total = 0;
  /** A workbook's sheet, named in every problem of a row or a column. */
  constructor(private readonly sheet?: string) {}
  /** Returns the problem when it is kept, so a caller can complete its params later (a list of lines). */
  add(
    code: ProblemCode,
    where: Omit<Problem, 'code' | 'params'> = {},
    params: Problem['params'] = {},
  ): Problem | undefined {
    this.total += 1;
    if (this.kept.length >= MAX_PROBLEMS) return undefined;
    const inSheet = this.sheet !== undefined && (where.line !== undefined || where.column !== undefined);
    const problem: Problem = inSheet
      ? { code, ...where, sheet: this.sheet, params }
      : { code, ...where, params };
    this.kept.push(problem);
    return problem;
  }
}

export type Rejected = {
  ok: false;
  problems: Problem[];
  totalProblems: number;
  /** A workbook with several data sheets: their names, for the user to choose one (problem chooseSheet). */
  sheets?: string[];
};

export function rejected(list: ProblemList): Rejected {
  return { ok: false, problems: list.kept, totalProblems: list.total };
}

export function rejectOne(
  code: ProblemCode,
  where: Omit<Problem, 'code' | 'params'> = {},
  params = {},
): Rejected {
  const list = new ProblemList();
  list.add(code, where, params);
  return rejected(list);
}

// Cells can hold anything; a message quotes at most this much of one.
const MAX_QUOTED = 40;

function quoted(value: string): string {
  return value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED)}…` : value;
}

function provinceName(code: string, locale: Locale): string {
  const p = PROVINCES.find((x) => x.code === code);
  if (!p) return code;
  return provinceShortName(p, locale);
}

// A list of lines quotes this many runs ("4–152, 160") and then says how many more there are.
const MAX_RUNS = 8;

/** Ascending line numbers as runs: [3,4,5,9] → "3-5,9", the form `lines` params are stored in. */
export function compactLines(lines: readonly number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < lines.length;) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1] === (lines[j] ?? 0) + 1) j += 1;
    runs.push(i === j ? String(lines[i]) : `${lines[i]}-${lines[j]}`);
    i = j + 1;
  }
  return runs.join(',');
}

/** Lines stored by `compactLines` as the UI lists them: "4–152、160". */
export function formatLines(stored: string, t: Translate): string {
  const runs = stored.split(',').filter(Boolean);
  const shown = runs.slice(0, MAX_RUNS).map((r) => r.replace('-', '–'));
  const text = shown.join(t('text.listJoin'));
  return runs.length > MAX_RUNS ? t('import.problem.moreRuns', { text, more: runs.length - MAX_RUNS }) : text;
}

function renderParams(p: Problem, t: Translate, locale: Locale): Record<string, string | number> {
  const list = (items: string[]) => items.join(t('text.listJoin'));
  const out: Record<string, string | number> = { ...p.params, value: quoted(p.value ?? '') };
  const split = (name: string) =>
    String(p.params[name] ?? '')
      .split(',')
      .filter(Boolean);
  if ('candidates' in p.params)
    out.candidates = list(split('candidates').map((c) => provinceName(c, locale)));
  if ('columns' in p.params && p.code === 'missingColumns')
    out.columns = list(split('columns').map((k) => columnLabel(k as ColumnKey, t, locale)));
  if ('lines' in p.params) out.lines = formatLines(String(p.params.lines), t);
  if ('headers' in p.params)
    out.headers = list(split('headers').map((h) => t('import.problem.quotedHeader', { header: h })));
  return out;
}

/**
 * One problem as a sentence in the UI language, with where it is:
 * zh `第12行「会议计划数」："十二" 不是数字`, en `Line 12, “会议计划数”: "十二" is not a number`.
 */
export function formatProblem(p: Problem, t: Translate, locale: Locale): string {
  const message = t(`import.problem.${p.code}` as MessageKey, renderParams(p, t, locale));
  if (p.sheet !== undefined) {
    const where = {
      sheet: p.sheet,
      line: p.line ?? 0,
      letter: p.letter ?? '',
      column: p.column ?? '',
      message,
    };
    if (p.line !== undefined && p.column !== undefined) return t('import.problem.atSheetLineColumn', where);
    if (p.line !== undefined) return t('import.problem.atSheetLine', where);
    if (p.column !== undefined) return t('import.problem.atSheetColumn', where);
  }
  if (p.line !== undefined && p.column !== undefined)
    return t('import.problem.atLineColumn', { line: p.line, column: p.column, message });
  if (p.line !== undefined) return t('import.problem.atLine', { line: p.line, message });
  if (p.column !== undefined) return t('import.problem.atColumn', { column: p.column, message });
  return message;
}

/** "2,345 problems; the first 100 are listed", or just the count when every problem is listed. */
export function formatProblemCount(shown: number, total: number, t: Translate): string {
  return shown < total
    ? t('import.problem.countTruncated', { shown, total })
    : t('import.problem.count', { total });
}
