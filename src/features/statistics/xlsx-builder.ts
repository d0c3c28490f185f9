import { strToU8, zipSync, type Zippable } from 'fflate';
import { columnLetter } from './cell-ref';

/*
 * Builds .xlsx files for this feature's tests (and the e2e specs): the parts Excel and WPS write, with
 * shared or inline strings, merged ranges, formulas with or without a cached value, and date styles.
 * Invented numbers only.
 */

export type CellSpec =
  | string
  | number
  | boolean
  | null
  | undefined
  /** A formula, with its cached value as Excel stores it, or none (a file no program has calculated). */
  | { f: string; v?: number | string }
  /** A date serial shown with a date format ('date', numFmt 14) or a year-only format ('year', yyyy"年"). */
  | { serial: number; format?: 'date' | 'year' };

export type SheetSpec = {
  name: string;
  rows: CellSpec[][];
  merges?: string[];
  /** The <dimension> written before the cells; by default none (WPS and many generators omit it). */
  dimension?: string;
};

export type BookSpec = {
  sheets: SheetSpec[];
  /** Strings inline in the sheet (as some generators write) instead of in sharedStrings.xml. */
  inlineStrings?: boolean;
  /** Element names with a namespace prefix (<x:c>), as the .NET Open XML SDK writes them. */
  prefix?: string;
  /** Extra parts, e.g. a large padding file for the size limits. */
  extra?: Zippable;
};

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** An .xlsx file as bytes. */
export function buildXlsx(book: BookSpec): Uint8Array {
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const p = book.prefix ? `${book.prefix}:` : '';
  const ns = book.prefix ? `xmlns:${book.prefix}="${MAIN}"` : `xmlns="${MAIN}"`;
  const shared = (s: string) => {
    let i = stringIndex.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      stringIndex.set(s, i);
    }
    return i;
  };
  const cellXml = (spec: CellSpec, ref: string): string => {
    if (spec === null || spec === undefined) return '';
    if (typeof spec === 'string')
      return book.inlineStrings
        ? `<${p}c r="${ref}" t="inlineStr"><${p}is><${p}t>${escape(spec)}</${p}t></${p}is></${p}c>`
        : `<${p}c r="${ref}" t="s"><${p}v>${shared(spec)}</${p}v></${p}c>`;
    if (typeof spec === 'number') return `<${p}c r="${ref}"><${p}v>${spec}</${p}v></${p}c>`;
    if (typeof spec === 'boolean') return `<${p}c r="${ref}" t="b"><${p}v>${spec ? 1 : 0}</${p}v></${p}c>`;
    if ('serial' in spec)
      return `<${p}c r="${ref}" s="${spec.format === 'year' ? 2 : 1}"><${p}v>${spec.serial}</${p}v></${p}c>`;
    const type = typeof spec.v === 'string' ? ' t="str"' : '';
    const value = spec.v === undefined ? '' : `<${p}v>${escape(String(spec.v))}</${p}v>`;
    return `<${p}c r="${ref}"${type}><${p}f>${escape(spec.f)}</${p}f>${value}</${p}c>`;
  };
  const files: Zippable = {};
  book.sheets.forEach((sheet, i) => {
    const rows = sheet.rows
      .map((cells, r) => {
        const inner = cells.map((c, col) => cellXml(c, `${columnLetter(col)}${r + 1}`)).join('');
        return inner ? `<${p}row r="${r + 1}">${inner}</${p}row>` : '';
      })
      .join('');
    const merges = sheet.merges?.length
      ? `<${p}mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<${p}mergeCell ref="${m}"/>`).join('')}</${p}mergeCells>`
      : '';
    const dimension = sheet.dimension ? `<${p}dimension ref="${sheet.dimension}"/>` : '';
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}worksheet ${ns} xmlns:r="${REL}">${dimension}<${p}sheetData>${rows}</${p}sheetData>${merges}</${p}worksheet>`,
    );
  });
  const sheetList = book.sheets
    .map((s, i) => `<${p}sheet name="${escape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('');
  files['xl/workbook.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}workbook ${ns} xmlns:r="${REL}"><${p}sheets>${sheetList}</${p}sheets></${p}workbook>`,
  );
  const n = book.sheets.length;
  const sheetRels = book.sheets
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join('');
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}">${sheetRels}<Relationship Id="rId${n + 1}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId${n + 2}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  );
  files['xl/styles.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>`,
  );
  files['xl/sharedStrings.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t xml:space="preserve">${escape(s)}</t></si>`).join('')}</sst>`,
  );
  files['_rels/.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  files['[Content_Types].xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
  );
  return zipSync({ ...files, ...book.extra });
}

/**
 * The same archive with one part's declared uncompressed size in the central directory changed: a zip
 * bomb that declares more than the limit, or one that lies about how much it inflates to.
 */
export function withDeclaredSize(zip: Uint8Array, part: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const name = strToU8(part);
  for (let i = out.length - 46; i >= 0; i -= 1) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const length = view.getUint16(i + 28, true);
    if (length === name.length && name.every((b, k) => out[i + 46 + k] === b)) {
      view.setUint32(i + 24, size, true);
      return out;
    }
  }
  throw new Error(`no part ${part}`);
}
