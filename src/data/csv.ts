/** The app's one CSV writer: RFC 4180 output that Excel (including zh-CN Excel) opens as intended. */

import { downloadBlob } from './download';

export type CsvCell = string | number | null | undefined;
export type CsvRows = readonly (readonly CsvCell[])[];

const CRLF = '\r\n';

// Spreadsheets treat a cell starting with these as a formula, so exported text could run as one
// (CSV injection). Leading whitespace (U+3000 included) does not stop Excel, and IMEs produce the
// full-width forms.
const FORMULA_START = /^\s*[=+\-@＝＋－＠]/;
const CONTROL_START = /^[\t\r]/;
// A negative number written as text is data, not a formula; prefixing it would corrupt the value.
const NEGATIVE_NUMBER = /^\s*-\d+(\.\d+)?\s*$/;
const NEEDS_QUOTES = /[",\r\n]/;

function neutralise(text: string): string {
  if (NEGATIVE_NUMBER.test(text)) return text;
  return FORMULA_START.test(text) || CONTROL_START.test(text) ? `'${text}` : text;
}

function field(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = neutralise(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Every record, the last included, ends in CRLF. */
export function toCsv(rows: CsvRows): string {
  return rows.map((row) => row.map(field).join(',') + CRLF).join('');
}

/** The BOM is what makes Excel read the file as UTF-8 rather than the system code page (GBK on zh-CN). */
export function csvBlob(rows: CsvRows): Blob {
  return new Blob(['\uFEFF' + toCsv(rows)], { type: 'text/csv;charset=utf-8' });
}

export function downloadCsv(fileName: string, rows: CsvRows): void {
  downloadBlob(fileName, csvBlob(rows));
}
