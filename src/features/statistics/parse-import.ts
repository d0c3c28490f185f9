import type { CountKey } from '../../data/stats-columns';
import { decodeBytes, type TextEncodingName } from './decode';
import { totals } from '../../data/derive-stats';
import { backupFromValue, isBackupValue } from './backup';
import { jsonTable, safeJsonParse } from './json';
import { csvTable, detectFormat, isUnreadableSpreadsheetName } from './parse';
import type { RawTable } from './table';
import { compactLines, rejectOne, type Rejected } from './problems';
import { indexRows } from '../../data/stats-index';
import { placeKey, type StatsDataset, type StatsRow } from '../../data/stats-schema';
import { validateTable, type ValidateOptions } from './validate';

export type ImportSummary = {
  rowCount: number;
  /** Distinct places (province, city, county) in the file. */
  places: number;
  /** Province codes present, ascending. */
  provinces: string[];
  years: [number, number];
  /** Each count over all provinces and years, no place counted twice; null where no row has it. */
  totals: Record<CountKey, number | null>;
  format: 'csv' | 'json' | 'xlsx';
  /** A text file's encoding; a workbook has none. */
  encoding?: TextEncodingName;
  /** The workbook sheet the rows were read from. */
  sheet?: string;
  /** Set when invisible characters were removed from cells: on how many lines, and which (`compactLines`). */
  invisibleRemoved?: { count: number; lines: string };
};

export type ImportResult =
  | {
      ok: true;
      rows: StatsRow[];
      summary: ImportSummary;
      /**
       * Set when the file was one of this app's backups: the data set as saved, to be used as it is, since
       * it keeps its name and its `synthetic` flag (a restored sample must still say it is invented).
       */
      backup?: StatsDataset;
    }
  | Rejected;

export type ImportOptions = Pick<ValidateOptions, 'latestYear'>;

export type ProgressCallback = (done: number, total: number) => void;

export function summarize(
  rows: readonly StatsRow[],
  format: ImportSummary['format'],
  encoding?: TextEncodingName,
): ImportSummary {
  const index = indexRows(rows);
  return {
    rowCount: rows.length,
    places: new Set(rows.map(placeKey)).size,
    provinces: index.provinces,
    years: [index.years[0] ?? 0, index.years[index.years.length - 1] ?? 0],
    totals: totals(rows),
    format,
    ...(encoding ? { encoding } : {}),
  };
}

/**
 * The whole pipeline for one text file, free of the DOM so it runs in a worker or in Node: size and
 * encoding, CSV or JSON, every check. A workbook goes to `parseWorkbook` (see `isWorkbook`). `onProgress` hears about every PROGRESS_EVERY validated rows.
 */
export function parseImport(
  fileName: string,
  bytes: Uint8Array,
  onProgress?: ProgressCallback,
  options: ImportOptions = {},
): ImportResult {
  if (isUnreadableSpreadsheetName(fileName)) return rejectOne('spreadsheetFile');
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return decoded;
  const { text, encoding } = decoded;
  if (text.trim() === '') return rejectOne('emptyFile');
  let table: RawTable;
  if (detectFormat(fileName, text) === 'json') {
    const json = safeJsonParse(text);
    if (!json.ok) return json;
    if (isBackupValue(json.value)) {
      const restored = backupFromValue(text, json.value);
      if (!restored.ok) return restored;
      const { rows } = restored.dataset;
      onProgress?.(rows.length, rows.length);
      return { ok: true, rows, summary: summarize(rows, 'json', encoding), backup: restored.dataset };
    }
    const parsed = jsonTable(text, json.value);
    if (!parsed.ok) return parsed;
    table = parsed.table;
  } else {
    const parsed = csvTable(text);
    if (!parsed.ok) return parsed;
    table = parsed.table;
  }
  const validated = validateTable(table, { ...options, onProgress });
  if (!validated.ok) return validated;
  const summary = summarize(validated.rows, table.format, encoding);
  const invisible = validated.invisibleRemoved;
  if (invisible) summary.invisibleRemoved = { count: invisible.length, lines: compactLines(invisible) };
  return { ok: true, rows: validated.rows, summary };
}
