import { scanXml } from './xml';

/*
 * The workbook's supporting parts — relationships, shared strings, cell styles (which number formats are
 * dates) — and the date serial arithmetic, for `xlsx.ts`.
 */

// Excel writes control characters in text as _xHHHH_.
const ESCAPED = /_x([0-9A-Fa-f]{4})_/g;
export const unescapeText = (text: string) =>
  text.includes('_x')
    ? text.replace(ESCAPED, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;

/** A part's path from a relationship target, relative to the part that holds the relationship. */
export function resolvePath(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.') parts.push(piece);
  }
  return parts.join('/');
}

export function relsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export type Relationship = { target: string; type: string };

export function readRelationships(xml: string | null, part: string): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  if (xml === null) return rels;
  scanXml(xml, {
    open(name, a) {
      if (name === 'Relationship' && a.Id && a.Target && a.TargetMode !== 'External')
        rels.set(a.Id, { target: resolvePath(part, a.Target), type: a.Type ?? '' });
    },
  });
  return rels;
}

/** Text of <si> items: runs' <t> joined, phonetic hints (<rPh>) left out. */
export function readSharedStrings(xml: string | null): string[] {
  const strings: string[] = [];
  if (xml === null) return strings;
  let current: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  scanXml(xml, {
    // An empty element is opened and closed, so these counts stay balanced.
    open(name) {
      if (name === 'si') current = [];
      else if (name === 'rPh') phonetic += 1;
      else if (name === 't') inText = true;
    },
    close(name) {
      if (name === 'si') {
        strings.push(unescapeText((current ?? []).join('')));
        current = null;
      } else if (name === 'rPh') phonetic = Math.max(0, phonetic - 1);
      else if (name === 't') inText = false;
    },
    text(text) {
      if (inText && phonetic === 0) current?.push(text);
    },
  });
  return strings;
}

// Built-in number formats that show a date or time (ids 14–22; 27–36 and 50–58 are the East Asian ones).
const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/** A custom format shows a date when, outside quoted text, colours and escapes, it has y, m, d, h or s. */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, '');
  return /[ymdhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** Which cell styles (by index into cellXfs) show numbers as dates. */
export function readDateStyles(xml: string | null): boolean[] {
  const dates: boolean[] = [];
  if (xml === null) return dates;
  const custom = new Map<number, string>();
  let inCellXfs = false;
  scanXml(xml, {
    open(name, a) {
      if (name === 'numFmt') custom.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(a.numFmtId ?? 0);
        const code = custom.get(id);
        dates.push(code !== undefined ? isDateFormat(code) : DATE_FORMAT_IDS.has(id));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return dates;
}

const DAY_MS = 86_400_000;

/** A date serial (days since 1900 or 1904, time as the fraction) as its date, and a year if it is 1 Jan. */
export function serialToDate(serial: number, date1904: boolean): { v: string; wholeYear?: number } {
  // The 1900 system counts a 29 February 1900 that never was (Lotus's bug, kept by Excel): day 60.
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, serial < 60 ? 31 : 30);
  const ms = epoch + Math.round(serial * DAY_MS);
  const d = new Date(ms);
  const day = d.toISOString().slice(0, 10);
  const time = d.toISOString().slice(11, 16);
  const midnight = ms % DAY_MS === 0;
  const jan1 = midnight && d.getUTCMonth() === 0 && d.getUTCDate() === 1;
  return { v: midnight ? day : `${day} ${time}`, ...(jan1 ? { wholeYear: d.getUTCFullYear() } : {}) };
}
