import {
  COUNT_KEYS,
  PLAN_OF,
  REQUIRED_KEYS,
  columnOf,
  resolveHeader,
  type ColumnKey,
  type ColumnKind,
} from '../../data/stats-columns';
import {
  cellText,
  parseCount,
  parseProvince,
  parseText,
  parseYear,
  withoutInvisible,
  type Cell,
} from './cells';
import {
  compactLines,
  ProblemList,
  rejected,
  type Problem,
  type ProblemCode,
  type Rejected,
} from './problems';
import { placeKey, type StatsRow } from '../../data/stats-schema';
import { FormulaWithoutValue, type RawRecord, type RawTable } from './table';
import { columnLetter } from './cell-ref';

/** Longest place name and note accepted; longer text is a pasted paragraph, not a name. */
export const MAX_PLACE_LENGTH = 50;
export const MAX_NOTE_LENGTH = 500;
/** How often (in rows) validation reports progress. */
export const PROGRESS_EVERY = 2000;

export type ValidateOptions = {
  /** Years after this are in the future; defaults to the current year + 1 (plans are made a year ahead). */
  latestYear?: number;
  onProgress?: (done: number, total: number) => void;
};

export type Validated =
  | {
      ok: true;
      rows: StatsRow[];
      /** Set when invisible characters were removed from cells: on which lines (ascending). */
      invisibleRemoved?: number[];
    }
  | Rejected;

const PLAN_KEYS: ReadonlySet<ColumnKey> = new Set(Object.values(PLAN_OF));

// Rows keep one key order whatever the file's column order, so a backup of them diffs cleanly.
const KEY_ORDER: readonly string[] = ['line', 'province', 'city', 'county', 'year', ...COUNT_KEYS, 'note'];

type Source = { index: number; header: string };
/**
 * A field and the file's columns for it: one in a CSV file. A JSON file may name a field differently in
 * different rows ("省份" in one, "province" in the next); only a row that names it twice is a problem.
 */
type Mapped = { key: ColumnKey; kind: ColumnKind; required: boolean; sources: Source[] };

/** Headers to columns; every header problem is reported together, before any row is read. */
function mapColumns(table: RawTable, problems: ProblemList): Mapped[] {
  const letter = (index: number) => (table.sheet !== undefined ? { letter: columnLetter(index) } : {});
  const mapped = new Map<ColumnKey, Mapped>();
  const unknown: string[] = [];
  table.headers.forEach((header, index) => {
    if (header === '') {
      // Excel leaves empty columns after the last one; they matter only if they hold something.
      if (table.records.some((r) => cellText(r.cells[index]).trim() !== ''))
        problems.add('unnamedColumn', { line: table.headerLine, ...letter(index) }, { index: index + 1 });
      return;
    }
    const key = table.keys ? table.keys[index] : resolveHeader(header);
    if (!key) return void unknown.push(header);
    const field = mapped.get(key);
    if (!field) {
      const { kind, required } = columnOf(key);
      mapped.set(key, { key, kind, required, sources: [{ index, header }] });
    } else if (table.format === 'json') field.sources.push({ index, header });
    else
      problems.add(
        'duplicateColumn',
        { column: header, ...letter(index) },
        { other: field.sources[0]?.header ?? '' },
      );
  });
  if (unknown.length) problems.add('unknownColumns', {}, { headers: unknown.join(',') });
  const missing = REQUIRED_KEYS.filter((k) => !mapped.has(k));
  if (missing.length) problems.add('missingColumns', {}, { columns: missing.join(',') });
  return [...mapped.values()].sort((a, b) => KEY_ORDER.indexOf(a.key) - KEY_ORDER.indexOf(b.key));
}

type ReadContext = {
  columns: readonly Mapped[];
  /** The file's headers, and the named ones (empty headers after the last named one are Excel's). */
  headerCount: number;
  namedCount: number;
  /** A CSV row has a field for every column; a JSON row names only the fields it has. */
  fixedWidth: boolean;
  /** A workbook's table: problems name the column's letter. */
  inSheet: boolean;
  latestYear: number;
  problems: ProblemList;
  provinceCache: Map<string, Cell<string>>;
};

type Read = { row: StatsRow; ok: boolean; cleaned: boolean };

/**
 * Reads one record into a row and adds its problems. The row comes back even with problems (`ok: false`) so
 * that a duplicate of it is still found; null where the record could not be read at all.
 */
function readRecord(record: RawRecord, context: ReadContext): Read | null {
  const { columns, headerCount, latestYear, problems, provinceCache } = context;
  const { line, cells } = record;
  if (record.error) {
    problems.add(record.error, { line });
    return null;
  }
  let extra = false;
  for (let i = headerCount; i < cells.length && !extra; i += 1) extra = cellText(cells[i]).trim() !== '';
  if (extra) {
    // The values are shifted against the headers, so checking them one by one would only add noise.
    problems.add('extraFields', { line }, { found: cells.length, expected: headerCount });
    return null;
  }
  if (context.fixedWidth && cells.length < context.namedCount) {
    // A short row is a broken export: reading its missing counts as "not given" would hide that.
    problems.add('missingFields', { line }, { found: cells.length, expected: context.namedCount });
    return null;
  }
  let cleaned = false;
  const before = problems.total;
  const fail = (code: ProblemCode, source: Source, params: Record<string, string | number> = {}) =>
    problems.add(
      code,
      {
        line,
        column: source.header,
        value: cellText(cells[source.index]),
        ...(context.inSheet ? { letter: columnLetter(source.index) } : {}),
      },
      params,
    );
  // `columns` are in KEY_ORDER, so every row gets its keys in one order (and V8 one shape per key set).
  const row: Record<string, string | number> = { line };
  let counts = 0;
  for (const m of columns) {
    let source = m.sources[0] as Source;
    if (m.sources.length > 1) {
      const present = m.sources.filter((s) => cells[s.index] !== undefined);
      if (present.length > 1) {
        problems.add(
          'duplicateColumn',
          { line, column: present[1]?.header },
          { other: present[0]?.header ?? '' },
        );
        if (m.kind === 'count') counts += 1;
        continue;
      }
      source = present[0] ?? source;
    }
    let raw = cells[source.index];
    if (raw instanceof FormulaWithoutValue) {
      fail('formulaNoValue', source);
      if (m.kind === 'count') counts += 1;
      continue;
    }
    if (typeof raw === 'string') {
      const visible = withoutInvisible(raw);
      if (visible !== null) {
        raw = visible;
        cleaned = true;
      }
    }
    const kind = m.kind;
    const cell: Cell<string | number> =
      kind === 'count'
        ? parseCount(raw)
        : kind === 'year'
          ? parseYear(raw, latestYear)
          : kind === 'province'
            ? parseProvince(raw, provinceCache)
            : parseText(raw, kind === 'text' ? MAX_NOTE_LENGTH : MAX_PLACE_LENGTH);
    if (!cell.ok) {
      fail(cell.code, source, cell.params);
      if (kind === 'count') counts += 1;
      continue;
    }
    if (cell.value === undefined) {
      if (m.required) fail('required', source);
      continue;
    }
    if (kind === 'count') counts += 1;
    if (cell.value === 0 && PLAN_KEYS.has(m.key)) fail('planZero', source);
    row[m.key] = cell.value;
  }
  if (counts === 0) problems.add('noCounts', { line });
  return { row: row as unknown as StatsRow, ok: problems.total === before, cleaned };
}

/** What makes two records the same row as written: their cells exactly (and a JSON or workbook cell's type). */
function contentKey(record: RawRecord, format: RawTable['format']): string {
  const cells = format === 'csv' ? record.cells.join('\u0000') : JSON.stringify(record.cells);
  return record.error ? `${record.error}\u0000${cells}` : cells;
}

/**
 * Checks a parsed table against the format and reports every problem (the first MAX_PROBLEMS kept, all
 * counted). A file with any problem gives no rows at all: a partly loaded file would show wrong totals.
 */
export function validateTable(table: RawTable, options: ValidateOptions = {}): Validated {
  const latestYear = options.latestYear ?? new Date().getFullYear() + 1;
  const problems = new ProblemList(table.sheet);
  const columns = mapColumns(table, problems);
  if (problems.total) return rejected(problems);
  if (table.records.length === 0) {
    problems.add('noRows');
    return rejected(problems);
  }
  let namedCount = table.headers.length;
  while (namedCount > 0 && table.headers[namedCount - 1] === '') namedCount -= 1;
  const context: ReadContext = {
    columns,
    headerCount: table.headers.length,
    namedCount,
    fixedWidth: table.format === 'csv',
    inSheet: table.sheet !== undefined,
    latestYear,
    problems,
    provinceCache: new Map(),
  };
  const firstLine = new Map<string, number>();
  // Rows written out identically (a block pasted twice) are one problem listing their lines, and the
  // first copy's own problems are reported once, not once per copy.
  const copies = new Map<string, { first: number; lines: number[]; problem?: Problem['params'] }>();
  const cleanedLines: number[] = [];
  const rows: StatsRow[] = [];
  const total = table.records.length;
  table.records.forEach((record, i) => {
    if ((i + 1) % PROGRESS_EVERY === 0) options.onProgress?.(i + 1, total);
    const content = contentKey(record, table.format);
    const copy = copies.get(content);
    if (copy) {
      copy.lines.push(record.line);
      if (copy.lines.length === 1)
        copy.problem = problems.add('identicalRows', { line: copy.first }, {})?.params ?? {};
      return;
    }
    copies.set(content, { first: record.line, lines: [] });
    const read = readRecord(record, context);
    if (read?.cleaned) cleanedLines.push(record.line);
    if (read && read.row.province !== undefined && read.row.year !== undefined) {
      const key = `${placeKey(read.row)}|${read.row.year}`;
      const other = firstLine.get(key);
      if (other !== undefined) problems.add('duplicateRow', { line: read.row.line }, { other });
      else firstLine.set(key, read.row.line);
      if (read.ok && other === undefined) rows.push(read.row);
    }
  });
  for (const { lines, problem } of copies.values())
    if (problem) Object.assign(problem, { count: lines.length, lines: compactLines(lines) });
  options.onProgress?.(total, total);
  if (problems.total) return rejected(problems);
  return cleanedLines.length ? { ok: true, rows, invisibleRemoved: cleanedLines } : { ok: true, rows };
}
