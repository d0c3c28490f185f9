import { declaredSize, inflateEntry, listZip, ZipError, type ZipEntry } from './zip';
import { parseRef } from './cell-ref';
import { scanXml } from './xml';
import {
  readDateStyles,
  readRelationships,
  readSharedStrings,
  relsPath,
  serialToDate,
  unescapeText,
} from './xlsx-parts';

/*
 * Reads an .xlsx workbook (SpreadsheetML in a zip, as Excel and WPS save it) into sheets of typed cells,
 * with merged ranges and each formula's cached value. Pure: runs in the import worker and in Node.
 * Limits are checked on what the archive declares, before anything is inflated.
 */

/** What the archive may unpack to in all; a year of county statistics is a few MB. */
export const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;
export const MAX_SHEETS = 50;
/** Rows and columns of one sheet (a form of every county for ten years is ~30,000 rows). */
export const MAX_SHEET_ROWS = 100_000;
export const MAX_SHEET_COLUMNS = 200;

export type SheetCell =
  | { t: 'string'; v: string }
  | { t: 'number'; v: number }
  /** A number formatted as a date: its calendar date, and the year when it is 1 January at midnight. */
  | { t: 'date'; v: string; wholeYear?: number }
  | { t: 'boolean'; v: boolean }
  /** An error value such as #DIV/0!. */
  | { t: 'error'; v: string }
  /** A formula the file holds no computed value for (written by a program, never opened in Excel). */
  | { t: 'formula'; formula: string };

export type Range = { top: number; left: number; bottom: number; right: number };

export type Sheet = {
  name: string;
  /** rows[r][c], 0-based; a missing row or cell is empty. */
  rows: (SheetCell | undefined)[][];
  merges: Range[];
};

export type WorkbookFault =
  | { code: 'workbookCorrupt' }
  | { code: 'workbookTooLarge'; params: { size: number; limit: number } }
  | { code: 'tooManySheets'; params: { count: number; limit: number } }
  | { code: 'sheetTooLarge'; params: { sheet: string; rows: number; columns: number } };

export type Workbook = { ok: true; sheets: Sheet[] } | { ok: false; fault: WorkbookFault };

const MB = 1024 * 1024;

function parseRange(ref: string): Range | null {
  const [a, b = a] = ref.split(':');
  const from = parseRef(a ?? '');
  const to = parseRef(b ?? '');
  if (!from || !to) return null;
  return {
    top: Math.min(from.row, to.row),
    left: Math.min(from.column, to.column),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.column, to.column),
  };
}

const decoder = new TextDecoder('utf-8');

type SheetContext = {
  strings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
};

class SheetTooLarge extends Error {
  constructor(
    readonly rows: number,
    readonly columns: number,
  ) {
    super('sheet too large');
  }
}

/** One worksheet's cells and merged ranges. Throws SheetTooLarge past MAX_SHEET_ROWS or _COLUMNS. */
function readSheet(name: string, xml: string, context: SheetContext): Sheet {
  const rows: (SheetCell | undefined)[][] = [];
  const merges: Range[] = [];
  let row = -1;
  let column = -1;
  // The cell being read: its type, style, and the text of its <v>, <f> and inline string.
  let type = '';
  let style = 0;
  let value: string | null = null;
  let formula: string | null = null;
  let inline: string | null = null;
  let into: 'v' | 'f' | 'is' | null = null;
  const limit = (r: number, c: number) => {
    if (r >= MAX_SHEET_ROWS || c >= MAX_SHEET_COLUMNS) throw new SheetTooLarge(r + 1, c + 1);
  };
  scanXml(xml, {
    open(tag, a) {
      switch (tag) {
        case 'dimension': {
          // Declared before the cells: a sheet that says it is too large is refused before they are read.
          const range = parseRange(a.ref ?? '');
          if (range) limit(range.bottom, range.right);
          break;
        }
        case 'row':
          row = a.r ? Number(a.r) - 1 : row + 1;
          column = -1;
          limit(row, 0);
          break;
        case 'c': {
          const at = a.r ? parseRef(a.r) : null;
          if (at) row = at.row;
          column = at ? at.column : column + 1;
          limit(row, column);
          type = a.t ?? 'n';
          style = Number(a.s ?? 0);
          value = formula = inline = null;
          break;
        }
        case 'v':
          into = 'v';
          value = '';
          break;
        case 'f':
          formula = formula ?? '';
          into = 'f';
          break;
        case 'is':
          inline = '';
          into = 'is';
          break;
        case 'rPh':
          into = null;
          break;
        case 'mergeCell': {
          const range = parseRange(a.ref ?? '');
          if (range) merges.push(range);
          break;
        }
      }
    },
    close(tag) {
      if (tag === 'c') store();
      else if (tag === 'v' || tag === 'f' || tag === 'is') into = null;
      else if (tag === 'rPh' && inline !== null) into = 'is';
    },
    text(text) {
      if (into === 'v') value += text;
      else if (into === 'f') formula += text;
      else if (into === 'is') inline += text;
    },
  });

  function store() {
    const cell = toCell();
    if (!cell) return;
    (rows[row] ??= [])[column] = cell;
  }

  function toCell(): SheetCell | undefined {
    if (type === 'inlineStr') return inline === null ? undefined : { t: 'string', v: unescapeText(inline) };
    if (value === null) {
      // A shared formula's followers carry an empty <f>; the formula text is the group's, not needed here.
      return formula !== null ? { t: 'formula', formula: formula || '…' } : undefined;
    }
    switch (type) {
      case 's': {
        const s = context.strings[Number(value)];
        return s === undefined ? undefined : { t: 'string', v: s };
      }
      case 'str':
        return { t: 'string', v: unescapeText(value) };
      case 'b':
        return { t: 'boolean', v: value.trim() === '1' };
      case 'e':
        return { t: 'error', v: value };
      case 'd':
        return { t: 'date', v: value.slice(0, 10) };
      default: {
        if (value.trim() === '') return undefined;
        const n = Number(value);
        if (!Number.isFinite(n)) return { t: 'string', v: value };
        if (context.dateStyles[style]) return { t: 'date', ...serialToDate(n, context.date1904) };
        return { t: 'number', v: n };
      }
    }
  }
  return { name, rows, merges };
}

/**
 * The sheets of an .xlsx workbook, in tab order (hidden ones too; chart sheets left out), or why it cannot
 * be read. The archive's declared size and the number of sheets are checked before any sheet is inflated.
 */
export function readWorkbook(bytes: Uint8Array): Workbook {
  const listing = listZip(bytes);
  if (!listing.ok) return { ok: false, fault: { code: 'workbookCorrupt' } };
  const { entries } = listing;
  const size = declaredSize(entries);
  if (size > MAX_UNPACKED_BYTES)
    return {
      ok: false,
      fault: {
        code: 'workbookTooLarge',
        params: { size: Math.round(size / MB), limit: MAX_UNPACKED_BYTES / MB },
      },
    };
  const text = (path: string): string | null => {
    const entry: ZipEntry | undefined = entries.get(path);
    return entry ? decoder.decode(inflateEntry(bytes, entry)) : null;
  };
  try {
    const root = readRelationships(text('_rels/.rels'), '');
    const main =
      [...root.values()].find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
    const workbookXml = text(main);
    if (workbookXml === null) return { ok: false, fault: { code: 'workbookCorrupt' } };
    const listed: { name: string; id: string }[] = [];
    let date1904 = false;
    scanXml(workbookXml, {
      open(name, a) {
        if (name === 'sheet') listed.push({ name: a.name ?? '', id: a.id ?? '' });
        else if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
      },
    });
    if (listed.length > MAX_SHEETS)
      return {
        ok: false,
        fault: { code: 'tooManySheets', params: { count: listed.length, limit: MAX_SHEETS } },
      };
    const rels = readRelationships(text(relsPath(main)), main);
    const ofType = (suffix: string) => [...rels.values()].find((r) => r.type.endsWith(suffix))?.target;
    const sharedStrings = ofType('/sharedStrings');
    const styles = ofType('/styles');
    const context: SheetContext = {
      strings: readSharedStrings(sharedStrings ? text(sharedStrings) : null),
      dateStyles: readDateStyles(styles ? text(styles) : null),
      date1904,
    };
    const sheets: Sheet[] = [];
    for (const { name, id } of listed) {
      const rel = rels.get(id);
      if (!rel || !rel.type.endsWith('/worksheet')) continue;
      const xml = text(rel.target);
      if (xml === null) return { ok: false, fault: { code: 'workbookCorrupt' } };
      try {
        sheets.push(readSheet(name, xml, context));
      } catch (error) {
        if (!(error instanceof SheetTooLarge)) throw error;
        const fault = {
          code: 'sheetTooLarge',
          params: { sheet: name, rows: MAX_SHEET_ROWS, columns: MAX_SHEET_COLUMNS },
        } as const;
        return { ok: false, fault };
      }
    }
    return { ok: true, sheets };
  } catch (error) {
    // A part that inflates past its declared size is a zip bomb or damage: either way, not read.
    if (error instanceof ZipError) return { ok: false, fault: { code: 'workbookCorrupt' } };
    throw error;
  }
}
