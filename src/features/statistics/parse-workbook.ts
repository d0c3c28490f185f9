import { checkSize } from './decode';
import { summarize, type ImportOptions, type ImportResult, type ProgressCallback } from './parse-import';
import { compactLines, rejectOne, type Rejected } from './problems';
import { validateTable } from './validate';
import { sheetTable } from './workbook-table';
import { readWorkbook } from './xlsx';
import type { RawTable } from './table';

export type WorkbookOptions = ImportOptions & {
  /** The sheet the user chose where several have a recognised header. */
  sheet?: string;
};

const quotedList = (names: readonly string[]) => names.map((n) => `「${n}」`).join('');

/**
 * The one entry for an .xlsx file, in the import worker and in Node (the publishing command): the file's
 * bytes to the same result a CSV file gives — rows and a summary, or every problem with its sheet, row and
 * column. Pure: no DOM, no worker globals. It is loaded only when a workbook is chosen.
 */
export function parseWorkbook(
  _fileName: string,
  bytes: Uint8Array,
  onProgress?: ProgressCallback,
  options: WorkbookOptions = {},
): ImportResult {
  const tooLarge = checkSize(bytes.length);
  if (tooLarge) return tooLarge;
  const workbook = readWorkbook(bytes);
  if (!workbook.ok) {
    const { fault } = workbook;
    return rejectOne(fault.code, {}, 'params' in fault ? fault.params : {});
  }
  const { sheets } = workbook;
  let table: RawTable | null;
  if (options.sheet !== undefined) {
    const sheet = sheets.find((s) => s.name === options.sheet);
    if (!sheet) return rejectOne('sheetNotFound', {}, { sheet: options.sheet });
    table = sheetTable(sheet);
    if (!table) return rejectOne('noHeader', {}, { sheets: quotedList([sheet.name]) });
  } else {
    const tables = sheets.flatMap((s) => {
      const t = sheetTable(s);
      return t ? [t] : [];
    });
    if (tables.length === 0)
      return rejectOne('noHeader', {}, { sheets: quotedList(sheets.map((s) => s.name)) });
    if (tables.length > 1) {
      const names = tables.map((t) => t.sheet ?? '');
      const choice: Rejected = rejectOne('chooseSheet', {}, { sheets: quotedList(names) });
      return { ...choice, sheets: names };
    }
    table = tables[0] ?? null;
  }
  if (!table) return rejectOne('noHeader', {}, { sheets: '' });
  const validated = validateTable(table, { ...options, onProgress });
  if (!validated.ok) return validated;
  const summary = summarize(validated.rows, 'xlsx');
  summary.sheet = table.sheet;
  const invisible = validated.invisibleRemoved;
  if (invisible) summary.invisibleRemoved = { count: invisible.length, lines: compactLines(invisible) };
  return { ok: true, rows: validated.rows, summary };
}
