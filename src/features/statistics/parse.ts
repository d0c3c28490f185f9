import Papa from 'papaparse';
import { ProblemList, rejected, rejectOne, type Rejected } from './problems';
import type { RawRecord, RawTable } from './table';

export type FileFormat = 'csv' | 'json';

const DELIMITERS = [',', '\t', ';', '|'] as const;

/** The file name decides (.json, or .csv/.tsv/.txt); without a known extension, the first character does. */
export function detectFormat(fileName: string, text: string): FileFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase();
  if (ext === 'json') return 'json';
  if (ext === 'csv' || ext === 'tsv' || ext === 'txt') return 'csv';
  const first = /\S/.exec(text)?.[0];
  return first === '{' || first === '[' ? 'json' : 'csv';
}

/**
 * A spreadsheet format this app cannot read (the old binary .xls, WPS's own .et, .ods, .numbers); refused
 * by name before its bytes are read, with advice to save it as .xlsx or CSV.
 */
export function isUnreadableSpreadsheetName(fileName: string): boolean {
  return /\.(xls|et|ett|ods|numbers)$/i.test(fileName.trim());
}

/** An .xlsx workbook: a zip archive (its content decides, whatever the name says). */
export function isWorkbook(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * The delimiter, from the header row: headers are known words, so the separator that occurs most outside
 * quotes is the one. Papaparse's own guess looks at several rows and gives up on a file with one odd row.
 */
export function guessDelimiter(text: string): string {
  const firstLine = /^[^\r\n]*\S[^\r\n]*/m.exec(text)?.[0] ?? '';
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const c of firstLine) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && counts.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best: string = ',';
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

function countOf(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) n += 1;
  return n;
}

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/** CSV text to a table: the first non-blank row is the header; blank rows are skipped. */
export function csvTable(text: string): { ok: true; table: RawTable; delimiter: string } | Rejected {
  const delimiter = guessDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const data = parsed.data;
  // The line a record starts on: one line per record before it, plus the line breaks inside quoted fields.
  const breakChar = parsed.meta.linebreak === '\r' ? '\r' : '\n';
  const lines: number[] = new Array<number>(data.length);
  let line = 1;
  for (let i = 0; i < data.length; i += 1) {
    lines[i] = line;
    line += 1;
    for (const cell of data[i] ?? []) if (cell.includes(breakChar)) line += countOf(cell, breakChar);
  }

  const quoteErrors = parsed.errors.filter((e) => e.type === 'Quotes');
  if (quoteErrors.length) {
    // Papaparse can report one stray quote twice (as malformed, then as unterminated): one problem a line.
    const list = new ProblemList();
    const quoteLines = new Set(quoteErrors.map((e) => lines[e.row ?? 0] ?? 1));
    for (const line of quoteLines) list.add('csvQuotes', { line });
    return rejected(list);
  }

  const headerIndex = data.findIndex((cells) => !isBlank(cells));
  if (headerIndex < 0) return rejectOne('emptyFile');
  const headers = (data[headerIndex] ?? []).map((h) => h.replace(/^\uFEFF/, '').trim());
  const records: RawRecord[] = [];
  for (let i = headerIndex + 1; i < data.length; i += 1) {
    const cells = data[i] ?? [];
    if (!isBlank(cells)) records.push({ line: lines[i] ?? i + 1, cells });
  }
  return {
    ok: true,
    delimiter,
    table: { format: 'csv', headers, headerLine: lines[headerIndex] ?? 1, records },
  };
}
