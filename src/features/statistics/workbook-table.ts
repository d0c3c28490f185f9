import { normalizeHeader, PLAN_OF, PREV_OF, resolveHeader, type ColumnKey } from '../../data/stats-columns';
import { FormulaWithoutValue, type RawCell, type RawRecord, type RawTable } from './table';
import type { Range, Sheet, SheetCell } from './xlsx';

/*
 * A worksheet shaped like a statistical form, read as the table a CSV file gives: title rows above the
 * header skipped, a two-row header mapped to columns, merged cells filled into every cell they cover.
 */

/** A header is looked for in this many rows from the top (titles, the reporting unit, the unit of count). */
export const HEADER_SEARCH_ROWS = 20;

type Grid = (SheetCell | undefined)[][];

/**
 * The sheet's cells with each merged range's value copied into every cell of the range: the province
 * written once over its cities is every city's province. Ordinary blank cells stay blank. Ranges are clipped
 * to the cells the sheet has, so a range over a whole column costs nothing.
 */
export function fillMerges(sheet: Sheet): Grid {
  const grid: Grid = sheet.rows.map((row) => (row ? [...row] : []));
  const lastRow = grid.length - 1;
  const lastColumn = grid.reduce((n, row) => Math.max(n, row.length - 1), -1);
  for (const m of sheet.merges) {
    const value = grid[m.top]?.[m.left];
    if (!value) continue;
    for (let r = m.top; r <= Math.min(m.bottom, lastRow); r += 1) {
      const row = (grid[r] ??= []);
      for (let c = m.left; c <= Math.min(m.right, lastColumn); c += 1) row[c] = value;
    }
  }
  return grid;
}

function headerText(cell: SheetCell | undefined): string {
  if (!cell) return '';
  if (cell.t === 'string' || cell.t === 'date' || cell.t === 'error') return cell.v.trim();
  if (cell.t === 'number') return String(cell.v);
  return '';
}

// Words under (or over) a count in a two-row header: this year's actual figure, the plan, last year's.
const ROLE_WORDS: Record<'actual' | 'plan' | 'prev', readonly string[]> = {
  actual: [
    '实际',
    '实际数',
    '实际完成',
    '完成',
    '完成数',
    '实发',
    '实开',
    '本年',
    '今年',
    '当年',
    '本年度',
    '本期',
    'actual',
  ],
  plan: ['计划', '计划数', '年度计划', '计划数量', 'plan', 'planned'],
  prev: ['上年', '去年', '上年同期', '上年数', '上年度', '去年同期', '上期', 'previous year', 'last year'],
};
const ROLE = new Map(
  Object.entries(ROLE_WORDS).flatMap(([role, words]) =>
    words.map((w) => [normalizeHeader(w), role as keyof typeof ROLE_WORDS] as const),
  ),
);

function variant(base: ColumnKey, role: keyof typeof ROLE_WORDS): ColumnKey | undefined {
  if (role === 'actual') return base;
  if (role === 'plan') return (PLAN_OF as Partial<Record<ColumnKey, ColumnKey>>)[base];
  return (PREV_OF as Partial<Record<ColumnKey, ColumnKey>>)[base];
}

const BASE_COUNTS: ReadonlySet<ColumnKey> = new Set(['documents', 'meetings', 'inspections']);

/**
 * The column a two-row header stands for: 发文数 over 计划 is 发文计划数, over 实际 发文数, over 上年 上年发文数
 * (either way up); a group title over a known header (基本情况 over 省份) is that header.
 */
export function resolveHeaderPair(parent: string, child: string): ColumnKey | undefined {
  if (parent === '' || parent === child) return resolveHeader(child);
  if (child === '') return resolveHeader(parent);
  const p = resolveHeader(parent);
  const c = resolveHeader(child);
  const childRole = ROLE.get(normalizeHeader(child));
  if (p && BASE_COUNTS.has(p) && childRole) return variant(p, childRole);
  const parentRole = ROLE.get(normalizeHeader(parent));
  if (c && BASE_COUNTS.has(c) && parentRole) return variant(c, parentRole);
  return resolveHeader(parent + child) ?? resolveHeader(child + parent) ?? (p ? undefined : c);
}

type Header = {
  /** 0-based row of the header's first row, and how many rows it takes. */
  row: number;
  depth: 1 | 2;
  headers: string[];
  keys: (ColumnKey | undefined)[];
  /** Distinct columns recognised. */
  score: number;
};

function headerAt(grid: Grid, row: number, depth: 1 | 2, width: number): Header {
  const headers: string[] = [];
  const keys: (ColumnKey | undefined)[] = [];
  for (let c = 0; c < width; c += 1) {
    const parent = headerText(grid[row]?.[c]);
    const child = depth === 2 ? headerText(grid[row + 1]?.[c]) : '';
    keys.push(resolveHeaderPair(parent, child));
    headers.push(child === '' || child === parent ? parent : parent === '' ? child : `${parent}/${child}`);
  }
  const score = new Set(keys.filter(Boolean)).size;
  return { row, depth, headers, keys, score };
}

/**
 * The header of a sheet: among the first rows, the one (or the pair, for a two-row header) that names the
 * most known columns; at least two, or the sheet has no header this format knows.
 */
export function findHeader(grid: Grid): Header | null {
  const width = grid.reduce((n, row) => Math.max(n, row.length), 0);
  let best: Header | null = null;
  for (let r = 0; r < Math.min(grid.length, HEADER_SEARCH_ROWS); r += 1) {
    if (!grid[r]?.length) continue;
    const single = headerAt(grid, r, 1, width);
    const pair = headerAt(grid, r, 2, width);
    const guess = pair.score > single.score ? pair : single;
    if (!best || guess.score > best.score) best = guess;
  }
  return best && best.score >= 2 ? best : null;
}

/** A row that is one merged cell across the table (a title or a note under it), which holds no data. */
function isBannerRow(row: number, merges: readonly Range[], cells: readonly (SheetCell | undefined)[]) {
  const banner = merges.find((m) => m.top <= row && row <= m.bottom && m.right > m.left);
  if (!banner) return false;
  return cells.every((cell, c) => !cell || (banner.left <= c && c <= banner.right));
}

/** A cell as the validator reads it: numbers stay numbers, a 1-January date in the year column is its year. */
function rawCell(cell: SheetCell | undefined, key: ColumnKey | undefined): RawCell {
  if (!cell) return undefined;
  switch (cell.t) {
    case 'formula':
      return new FormulaWithoutValue(cell.formula);
    case 'date':
      return key === 'year' && cell.wholeYear !== undefined ? cell.wholeYear : cell.v;
    default:
      return cell.v;
  }
}

/** The sheet as a table for validation, or null when it has no recognised header. */
export function sheetTable(sheet: Sheet): RawTable | null {
  const grid = fillMerges(sheet);
  const header = findHeader(grid);
  if (!header) return null;
  const records: RawRecord[] = [];
  for (let r = header.row + header.depth; r < grid.length; r += 1) {
    const row = grid[r];
    if (!row || row.every((cell) => cell === undefined || (headerText(cell) === '' && cell.t === 'string')))
      continue;
    if (isBannerRow(r, sheet.merges, row)) continue;
    records.push({ line: r + 1, cells: header.headers.map((_, c) => rawCell(row[c], header.keys[c])) });
  }
  return {
    format: 'xlsx',
    headers: header.headers,
    keys: header.keys,
    headerLine: header.row + 1,
    records,
    sheet: sheet.name,
  };
}
