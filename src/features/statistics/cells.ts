import { matchProvince } from '../../data/province-match';
import type { ProblemCode } from './problems';
import { MAX_YEAR, MIN_YEAR } from '../../data/stats-schema';
import { FormulaWithoutValue } from './table';

/** A cell read as a value, or why it cannot be. `undefined` is an empty cell. */
export type Cell<T> =
  | { ok: true; value: T | undefined }
  | { ok: false; code: ProblemCode; params?: Record<string, string | number> };

const EMPTY: Cell<never> = { ok: true, value: undefined };

/** The text of a cell as written in the file, for messages: JSON numbers and booleans as JSON writes them. */
export function cellText(raw: unknown): string {
  if (raw === null || raw === undefined) return '';
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
  if (raw instanceof FormulaWithoutValue) return `=${raw.formula}`;
  return JSON.stringify(raw) ?? '';
}

/*
 * Characters that show as nothing (zero-width space, non-joiner, joiner, word joiner, soft hyphen, a BOM
 * in the middle of a file) or as a plain space (no-break spaces). They come with names copied from web
 * pages and documents, and make 内\u200b蒙古 a different word from 内蒙古.
 */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad\u00a0\u2007\u202f]/;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
// A no-break space between two Chinese characters is a gap no one meant; elsewhere it is a space.
const NO_BREAK_IN_HAN = /(?<=\p{Script=Han})[\u00a0\u2007\u202f]+(?=\p{Script=Han})/gu;
const NO_BREAK = /[\u00a0\u2007\u202f]/g;

/** The text without invisible characters, or null when it has none (the common case, checked cheaply). */
export function withoutInvisible(text: string): string | null {
  if (!INVISIBLE.test(text)) return null;
  return text.replace(ZERO_WIDTH, '').replace(NO_BREAK_IN_HAN, '').replace(NO_BREAK, ' ');
}

const isScalar = (raw: unknown) => raw === null || raw === undefined || typeof raw !== 'object';

/*
 * Spreadsheets write "no figure" as a dash or slash as often as an empty cell. These mean the count is not
 * given (the same as empty), not zero: a missing count is never turned into a figure.
 */
const NO_FIGURE = new Set(['-', '—', '–', '－', '/', '／', '--', '——']);

const DIGITS = /^\d+$/;
const PLAIN = /^[+-]?\d+(\.\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
// A number with a unit after it ("12项"): rejected, with a message that says to drop the unit.
const WITH_UNIT = /^[+-]?[\d,]+(\.\d+)?\s*[项个次件份场条篇人群]$/;

/** Full-width digits and separators (a Chinese IME in full-width mode) and Unicode minus signs to ASCII. */
function toAscii(text: string): string {
  return text.normalize('NFKC').replace(/[\u2212\u2012\u2013\ufe63]/g, '-');
}

function numberFromText(text: string): number | null {
  if (DIGITS.test(text)) return Number(text);
  const ascii = toAscii(text);
  if (PLAIN.test(ascii)) return Number(ascii);
  if (GROUPED.test(ascii)) return Number(ascii.replaceAll(',', ''));
  return null;
}

/**
 * A count: a whole number ≥ 0. Accepts "1,234", full-width "１２" and surrounding spaces; rejects words
 * ("十二"), units ("12项"), negatives and fractions, each with its own message.
 */
export function parseCount(raw: unknown): Cell<number> {
  if (raw === null || raw === undefined) return EMPTY;
  if (!isScalar(raw)) return { ok: false, code: 'notScalar' };
  let n: number | null = null;
  if (typeof raw === 'number') n = Number.isFinite(raw) ? raw : null;
  else if (typeof raw === 'string') {
    const text = raw.trim();
    if (text === '' || NO_FIGURE.has(text)) return EMPTY;
    n = numberFromText(text);
    if (n === null && WITH_UNIT.test(toAscii(text))) return { ok: false, code: 'numberWithUnit' };
  }
  if (n === null) return { ok: false, code: 'notNumber' };
  if (n < 0) return { ok: false, code: 'negative' };
  if (!Number.isSafeInteger(n)) return { ok: false, code: 'notInteger' };
  // "-0" is a zero, not a negative.
  return { ok: true, value: n === 0 ? 0 : n };
}

/** A year: four digits, "2024年" accepted; between MIN_YEAR and MAX_YEAR and not after `latest`. */
export function parseYear(raw: unknown, latest: number): Cell<number> {
  if (raw === null || raw === undefined) return EMPTY;
  let n: number | null = null;
  if (typeof raw === 'number') n = Number.isFinite(raw) ? raw : null;
  else if (typeof raw === 'string') {
    const text = raw.trim();
    if (text === '') return EMPTY;
    n = DIGITS.test(text) ? Number(text) : numberFromText(toAscii(text).replace(/\s*年度?$/, ''));
  }
  if (n === null || !Number.isInteger(n)) return { ok: false, code: 'yearInvalid' };
  if (n < MIN_YEAR || n > MAX_YEAR)
    return { ok: false, code: 'yearRange', params: { min: MIN_YEAR, max: MAX_YEAR } };
  if (n > latest) return { ok: false, code: 'yearFuture', params: { max: latest } };
  return { ok: true, value: n };
}

/**
 * A province: any form `matchProvince` accepts (name, short or full, traditional, pinyin, initials, English,
 * the six-digit GB/T 2260 code) to its code. An ambiguous form lists the candidates' codes.
 */
export function parseProvince(raw: unknown, cache?: Map<string, Cell<string>>): Cell<string> {
  if (!isScalar(raw) || typeof raw === 'boolean') return { ok: false, code: 'notScalar' };
  const text = cellText(raw).trim();
  if (text === '') return EMPTY;
  const cached = cache?.get(text);
  if (cached) return cached;
  const match = matchProvince(text);
  const result: Cell<string> =
    match.kind === 'match'
      ? { ok: true, value: match.province.code }
      : match.kind === 'ambiguous'
        ? {
            ok: false,
            code: 'ambiguousPlace',
            params: { candidates: match.candidates.map((p) => p.code).join(',') },
          }
        : { ok: false, code: 'unknownPlace' };
  cache?.set(text, result);
  return result;
}

/** Free text (city, county, note): trimmed, runs of white space made one space; empty is undefined. */
export function parseText(raw: unknown, max: number): Cell<string> {
  if (!isScalar(raw)) return { ok: false, code: 'notScalar' };
  const trimmed = cellText(raw).trim();
  const text = /\s/.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
  if (text === '') return EMPTY;
  if (text.length > max) return { ok: false, code: 'textTooLong', params: { length: text.length, max } };
  return { ok: true, value: text };
}
