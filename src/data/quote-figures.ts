import type { Observation, Qualifier, Unit } from './schema';

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
 * The words that follow a count of each unit in Chinese text (4次, 四五趟, 10余项, 一表). Quotes are the
 * sources' own Chinese, whatever the interface language, so these belong with the quote, not the locale
 * layer.
 */
const UNIT_WORDS: Record<Unit, readonly string[]> = {
  items: ['项', '項'],
  count: ['个', '個'],
  people: ['人', '名'],
  percent: ['%', '％'],
  times: ['次', '趟', '回'],
  minutes: ['分钟', '分鐘'],
  workdays: ['个工作日', '個工作日', '工作日'],
  days: ['天', '日'],
  signatures: ['个签字', '個簽字', '签字', '簽字', '个', '個'],
  forms: ['张', '張', '表'],
  households: ['户', '戶'],
  activities: ['项', '項', '个', '個'],
  copies: ['份'],
};

/**
 * The words that say a figure's qualifier: before the number (至少一表) or after it (4次以上, 200余个). The
 * Traditional forms are for quotes from a Traditional repost (20多個工作日).
 */
const QUALIFIER_WORDS: Record<Qualifier, { before: readonly string[]; after: readonly string[] }> = {
  'at-least': { before: ['至少', '不少于', '不少於', '不下'], after: ['以上'] },
  'more-than': { before: ['超过', '超過', '多于', '多於'], after: ['多', '余', '餘', '以上'] },
  about: { before: ['约', '約', '大约', '大約'], after: ['左右'] },
  nearly: { before: ['近', '将近', '將近', '接近'], after: [] },
  'less-than': { before: ['不到', '不足', '少于', '少於'], after: ['以下'] },
  'at-most': { before: ['最多', '不超过', '不超過', '没超过', '沒超過', '至多'], after: ['以内', '以內'] },
};

/** A figure to find in a quote, with what the datum says of it: the unit it counts, its qualifier. */
export type QuoteFigure = { n: number; unit?: Unit; qualifier?: Qualifier };
type Hints = Omit<QuoteFigure, 'n'>;

/**
 * How well the number at [start, end) fits what the datum says of it: a point where it counts the datum's
 * unit (maybe after 多 or 余), a point where its qualifier's words stand before it, or after it or its unit.
 */
function fit(text: string, start: number, end: number, { unit, qualifier }: Hints): number {
  let score = 0;
  const after = text.slice(end);
  const counted = /^[多余餘]/.test(after) ? after.slice(1) : after;
  const word = unit ? UNIT_WORDS[unit].find((w) => counted.startsWith(w)) : undefined;
  if (word) score += 1;
  if (qualifier) {
    const words = QUALIFIER_WORDS[qualifier];
    const beyond = word ? counted.slice(word.length) : after;
    if (
      words.before.some((w) => text.slice(0, start).endsWith(w)) ||
      words.after.some((w) => after.startsWith(w) || beyond.startsWith(w))
    )
      score += 1;
  }
  return score;
}

/**
 * Where `n` stands in `quote` as a whole number (not inside a longer number), trying the forms longest
 * first; digit forms win ties with numeral forms. Given what the datum says of the figure (its unit, its
 * qualifier), the place that fits it best comes first: for 1 time in 以前一年下基层四五趟，去年到年底了才第一次来,
 * the 一 of 第一次, not of 一年; for at most one form in 一天至少一表，现在是一周最多一表, the last 一. Where
 * no place fits better, the first.
 */
export function findFigure(
  quote: string,
  n: number,
  hints: Hints = {},
): { start: number; end: number } | null {
  const forms = figureForms(n)
    .map((form, order) => ({ form, order }))
    .sort((x, y) => y.form.length - x.form.length || x.order - y.order);
  const most = (hints.unit ? 1 : 0) + (hints.qualifier ? 1 : 0);
  let best: { start: number; end: number; score: number } | null = null;
  for (const { form } of forms) {
    let from = 0;
    for (;;) {
      const start = quote.indexOf(form, from);
      if (start < 0) break;
      const end = start + form.length;
      if (standsAlone(quote, start, end, form)) {
        const score = fit(quote, start, end, hints);
        if (score === most) return { start, end };
        if (!best || score > best.score) best = { start, end, score };
      }
      from = start + 1;
    }
  }
  return best && { start: best.start, end: best.end };
}

/**
 * Every number a datum carries (the baseline's year is a date, not a figure), with what the datum says of
 * it: the value and the baseline count the indicator's unit, the shares and changes percent.
 */
export function datumFigures(o: Observation, unit?: Unit): QuoteFigure[] {
  const figures: QuoteFigure[] = [];
  const add = (n: number | undefined, hints: Hints) => {
    if (n !== undefined) figures.push({ n, ...hints });
  };
  add(o.value, { unit, qualifier: o.valueQualifier });
  add(o.baseline?.value, { unit, qualifier: o.baseline?.qualifier });
  add(o.planShare, { unit: 'percent' });
  add(o.yoyChange, { unit: 'percent', qualifier: o.changeQualifier });
  add(o.statedChange, { unit: 'percent', qualifier: o.changeQualifier });
  return figures;
}

/** Where a figure stands in a quote: character offsets, end exclusive. */
export type QuoteSpan = { start: number; end: number };

/** Where each figure stands in the quote, without overlaps, in reading order. */
export function figureSpans(quote: string, figures: readonly QuoteFigure[]): QuoteSpan[] {
  const spans = figures
    .map(({ n, ...hints }) => findFigure(quote, n, hints))
    .filter((s): s is QuoteSpan => s !== null)
    .sort((a, b) => a.start - b.start);
  return spans.filter((s, i) => i === 0 || s.start >= spans[i - 1]!.end);
}
