import type { Observation, Unit } from './schema';

/**
 * Pure helpers that locate a datum's figures in its verbatim quote. Used by the provenance
 * test (every figure must stand in its quote) and by the UI (to mark the figure in the quote).
 */

const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** Single-digit Chinese numerals (and 两), which may stand side by side in a range such as 四五. */
const CN_UNIT_DIGIT = /[零〇一二两三四五六七八九]/;
/** Chinese magnitude characters: next to one of these a numeral is part of a longer number. */
const CN_MAGNITUDE = /[十百千万亿]/;
const ASCII_DIGIT = /[0-9]/;

/** Writes a decimal without floating-point noise (6.8999999 → "6.9"). */
function plain(n: number): string {
  return String(Number(n.toFixed(6)));
}

/** Chinese numeral for an integer 0–99 (10 → 十, 15 → 十五, 20 → 二十, 35 → 三十五). */
function chineseUnder100(n: number): string {
  if (n < 10) return CN_DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 1 ? '' : CN_DIGITS[tens]!) + '十' + (ones === 0 ? '' : CN_DIGITS[ones]!);
}

/**
 * The textual forms a number may take in Chinese news text, without sign: plain digits
 * (1434, 77.4), 万/亿 forms (69000 → 6.9万), and Chinese numerals for small integers
 * (2 → 两 / 二), 半 / 一半 for 0.5 and 一半 for 50 (as in 少了一半, "down by half").
 */
export function figureForms(n: number): string[] {
  if (!Number.isFinite(n)) return [];
  const a = Math.abs(n);
  const forms: string[] = [plain(a)];

  // 万 (10^4) and 亿 (10^8) forms, only where they are exact to four decimals.
  for (const [unit, size] of [
    ['万', 1e4],
    ['亿', 1e8],
  ] as const) {
    if (a < size) continue;
    const scaled = Number((a / size).toFixed(4));
    if (Math.abs(scaled * size - a) < 1e-6) forms.push(`${plain(scaled)}${unit}`);
  }

  if (Number.isInteger(a) && a <= 100) {
    if (a === 2) forms.push('两', '二');
    else if (a === 100) forms.push('一百');
    else forms.push(chineseUnder100(a));
    if (a === 50) forms.push('一半');
  }
  if (a === 0.5) forms.push('一半', '半');

  return [...new Set(forms)];
}

/** True where the match of `form` at [start, end) is not part of a longer number. */
function standsAlone(text: string, start: number, end: number, form: string): boolean {
  const before = text[start - 1] ?? '';
  const before2 = text[start - 2] ?? '';
  const after = text[end] ?? '';
  const after2 = text[end + 1] ?? '';
  const first = form[0] ?? '';
  const last = form[form.length - 1] ?? '';

  if (ASCII_DIGIT.test(first)) {
    // Digits: no digit, decimal point or thousands comma joining on either side.
    if (ASCII_DIGIT.test(before)) return false;
    if ((before === '.' || before === ',') && ASCII_DIGIT.test(before2)) return false;
    if (CN_UNIT_DIGIT.test(before) || CN_MAGNITUDE.test(before)) return false;
    if (ASCII_DIGIT.test(after)) return false;
    if ((after === '.' || after === ',') && ASCII_DIGIT.test(after2)) return false;
    // "3" in "3万" is 30000, not 3 (a 万 form carries its own 万).
    if (!CN_MAGNITUDE.test(last) && CN_MAGNITUDE.test(after)) return false;
    return true;
  }

  // Chinese numerals (and 半): never next to ASCII digits or a magnitude that extends them.
  if (ASCII_DIGIT.test(before) || ASCII_DIGIT.test(after)) return false;
  if (CN_MAGNITUDE.test(before) || CN_MAGNITUDE.test(after)) return false;
  // A unit digit beside another unit digit is a range (四五趟, 五六个), which is allowed;
  // a form ending in a magnitude followed by a unit digit is a longer number (二十 in 二十五).
  if (CN_MAGNITUDE.test(last) && CN_UNIT_DIGIT.test(after)) return false;
  // A form starting with a magnitude preceded by a unit digit is a multiple (十 in 二十).
  if (CN_MAGNITUDE.test(first) && CN_UNIT_DIGIT.test(before)) return false;
  // A bare 半 after a numeral belongs to another form (一半) or a mixed number (两半).
  if (form === '半' && CN_UNIT_DIGIT.test(before)) return false;
  return true;
}

/**
 * The words that follow a count of each unit in Chinese text (4次, 四五趟, 10余项). Quotes are the sources'
 * own Chinese, whatever the interface language, so these belong with the quote, not the locale layer.
 */
const UNIT_WORDS: Record<Unit, readonly string[]> = {
  items: ['项'],
  count: ['个'],
  people: ['人', '名'],
  percent: ['%', '％'],
  times: ['次', '趟', '回'],
  minutes: ['分钟'],
  workdays: ['个工作日', '工作日'],
  days: ['天', '日'],
  signatures: ['个签字', '签字', '个'],
  forms: ['张'],
  households: ['户'],
  activities: ['项', '个'],
};

/** True where the number ending at `end` is followed by a word of `unit`, maybe after 多 or 余. */
function countsUnit(text: string, end: number, unit: Unit): boolean {
  const rest = text.slice(/[多余]/.test(text[end] ?? '') ? end + 1 : end);
  return UNIT_WORDS[unit].some((word) => rest.startsWith(word));
}

/**
 * Where `n` stands in `quote` as a whole number (not inside a longer number), trying the forms longest
 * first; digit forms win ties with numeral forms. Given the datum's unit, a place where the number counts
 * that unit comes first: for 1 time in "以前一年下基层四五趟，去年到年底了才第一次来", the 一 of 第一次, not
 * of 一年. Otherwise the first place.
 */
export function findFigure(quote: string, n: number, unit?: Unit): { start: number; end: number } | null {
  const forms = figureForms(n)
    .map((form, order) => ({ form, order }))
    .sort((x, y) => y.form.length - x.form.length || x.order - y.order);
  let first: { start: number; end: number } | null = null;
  for (const { form } of forms) {
    let from = 0;
    for (;;) {
      const start = quote.indexOf(form, from);
      if (start < 0) break;
      const end = start + form.length;
      if (standsAlone(quote, start, end, form)) {
        if (!unit || countsUnit(quote, end, unit)) return { start, end };
        first ??= { start, end };
      }
      from = start + 1;
    }
  }
  return first;
}

/** A figure to find in a quote, with the unit it counts where known. */
export type QuoteFigure = { n: number; unit?: Unit };

/**
 * Every number a datum carries (the baseline's year is a date, not a figure): the value and the baseline
 * in the indicator's unit, the shares and changes in percent.
 */
export function datumFigures(o: Observation, unit?: Unit): QuoteFigure[] {
  const figures: QuoteFigure[] = [];
  for (const n of [o.value, o.baseline?.value]) if (n !== undefined) figures.push({ n, unit });
  for (const n of [o.planShare, o.yoyChange, o.statedChange])
    if (n !== undefined) figures.push({ n, unit: 'percent' });
  return figures;
}
