import type { Locale, Translate } from './i18n';
import type { Qualifier, Unit } from '../data/schema';

/** Building an Intl formatter costs far more than using one: each is built once per locale and options. */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/**
 * How the shipped locales write numbers and dates, so a page never builds an Intl formatter while it wakes:
 * a page's first `Intl.NumberFormat` or `Intl.DateTimeFormat` initialises the browser's locale data, one
 * 40–60 ms task on a laptop and four times that on a mid-range phone — the longest task of hydration.
 * zh-CN and English group thousands with a comma and shorten large numbers in steps of 10⁴ (万, 亿, 万亿) and
 * 10³ (K, M, B, T); a unit test checks every rule here against Intl itself over a wide sweep of values. A
 * locale not described here is formatted by Intl.
 */
type Written = {
  /** A unit is 10^shift times the one before it. */
  shift: number;
  step: number;
  units: readonly string[];
  month: (year: number, month: number) => string;
  day: (year: number, month: number, day: number) => string;
};
const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
const WRITTEN: Partial<Record<Locale, Written>> = {
  'zh-CN': {
    shift: 4,
    step: 1e4,
    units: ['万', '亿', '万亿'],
    month: (y, m) => `${y}年${m}月`,
    day: (y, m, d) => `${y}年${m}月${d}日`,
  },
  en: {
    shift: 3,
    step: 1e3,
    units: ['K', 'M', 'B', 'T'],
    month: (y, m) => `${EN_MONTHS[m - 1]} ${y}`,
    day: (y, m, d) => `${EN_MONTHS[m - 1]} ${d}, ${y}`,
  },
};

/**
 * |value| ÷ 10^shift rounded half away from zero to one decimal as Intl rounds it: on the number's shortest
 * decimal form, shifted by moving its point, not by floating-point division (1.15 → 1.2 where
 * (1.15).toFixed(1) gives 1.1; 114,999,999.99999999 → 1.1亿). Its whole part and tenth digit, or null where
 * that form is exponential.
 */
function tenths(value: number, shift = 0): { whole: number; tenth: number } | null {
  const text = String(Math.abs(value));
  if (text.includes('e')) return null;
  const [intPart = '0', fraction = ''] = text.split('.');
  const digits = intPart.padStart(shift + 1, '0') + fraction;
  const point = Math.max(intPart.length, shift + 1) - shift;
  let n = Number(digits.slice(0, point + 1).padEnd(point + 1, '0'));
  if ((digits[point + 1] ?? '0') >= '5') n += 1;
  if (!Number.isSafeInteger(n)) return null;
  return { whole: Math.floor(n / 10), tenth: n % 10 };
}

function groupThousands(whole: number): string {
  return String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function writtenNumber(value: number, locale: Locale, compact: boolean): string | null {
  const rules = WRITTEN[locale];
  if (!rules) return null;
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  const abs = Math.abs(value);
  let unit = -1;
  if (compact) while (unit < rules.units.length - 1 && abs >= rules.step ** (unit + 2)) unit += 1;
  let t = tenths(abs, unit < 0 ? 0 : rules.shift * (unit + 1));
  // A figure that rounds up to a whole step (99,995 → 10.0万 → 10万; 999,950 → 1000K → 1M) takes the next unit.
  if (t && compact && t.whole >= rules.step && unit < rules.units.length - 1) {
    unit += 1;
    t = tenths(abs, rules.shift * (unit + 1));
  }
  if (!t) return null;
  const whole = unit < 0 ? groupThousands(t.whole) : String(t.whole);
  return `${sign}${whole}${t.tenth ? `.${t.tenth}` : ''}${unit < 0 ? '' : rules.units[unit]}`;
}

/**
 * Numbers follow each locale's own conventions through Intl:
 * zh-CN groups by 万 (69000 → 6.9万), en by thousands (69K).
 */
export function formatNumber(value: number, locale: Locale): string {
  if (!Number.isFinite(value)) return '—';
  const compact = Math.abs(value) >= 10000;
  const options: Intl.NumberFormatOptions = compact
    ? { notation: 'compact', maximumFractionDigits: 1 }
    : { maximumFractionDigits: 1 };
  return writtenNumber(value, locale, compact) ?? numberFormat(locale, options).format(value);
}

/** A ratio in percent, e.g. 77.4 → "77.4%". */
export function formatPercent(value: number, _locale: Locale): string {
  if (!Number.isFinite(value)) return '—';
  // Both shipped locales write a ratio as "77.4%"; plain arithmetic spares an Intl formatter on the
  // first paint. A locale that writes it otherwise (e.g. "77,4 %") gets an Intl branch here.
  const rounded = Math.round(value * 10) / 10;
  return `${Object.is(rounded, -0) ? 0 : rounded}%`;
}

/** The magnitude of a change in percent, with its direction in words (never by colour or sign alone). */
export function formatChange(value: number, locale: Locale, t: Translate): string {
  if (!Number.isFinite(value)) return '—';
  const magnitude = formatPercent(Math.abs(value), locale);
  return t(value <= 0 ? 'change.down' : 'change.up', { value: magnitude });
}

/** A difference between two percentages: 百分点, not %. */
export function formatPoints(value: number, locale: Locale, t: Translate): string {
  if (!Number.isFinite(value)) return '—';
  const n = formatNumber(Math.abs(value), locale);
  return t('change.points', { value: n });
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/**
 * A figure with its unit and qualifier: 200 more-than count → "200余个" / "over 200"; 5 at-least
 * signatures → "5个签字以上" / "at least 5 signatures". 余/over binds to the number, every other
 * qualifier to the whole amount; English takes the singular unit for 1.
 */
export function formatValue(
  value: number,
  unit: Unit,
  locale: Locale,
  t: Translate,
  qualifier?: Qualifier,
): string {
  let number = unit === 'percent' ? formatPercent(value, locale) : formatNumber(value, locale);
  if (qualifier === 'more-than') number = t('qualifier.more-than', { value: number });
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  const one = rules.select(value) === 'one';
  const amount = t(one ? `unit.${unit}.one` : `unit.${unit}`, { value: number });
  return qualifier && qualifier !== 'more-than' ? t(`qualifier.${qualifier}`, { value: amount }) : amount;
}

const MONTH_END_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True where an ISO date is the last day of its month ("截至11月30日" reads as "11月底"). */
function isMonthEnd(iso: string): boolean {
  const m = MONTH_END_RE.exec(iso);
  if (!m) return false;
  const [, y, mo, d] = m;
  const last = new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate();
  return Number(d) === last;
}

/** A partial ISO date (YYYY-MM or YYYY-MM-DD) in the locale's words: 2020年11月 / November 2020. */
export function formatDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (y === undefined || m === undefined) return iso;
  const rules = WRITTEN[locale];
  if (rules && Number.isInteger(y) && m >= 1 && m <= 12) return d ? rules.day(y, m, d) : rules.month(y, m);
  const date = new Date(Date.UTC(y, m - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions = d
    ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
    : { year: 'numeric', month: 'long', timeZone: 'UTC' };
  return dateFormat(locale, options).format(date);
}

/** A "截至" date in words: a month-end day reads as "2020年11月底" / "the end of November 2020". */
export function formatAsOfDate(iso: string, locale: Locale, t: Translate): string {
  if (isMonthEnd(iso)) return t('date.monthEnd', { date: formatDate(iso.slice(0, 7), locale) });
  return formatDate(iso, locale);
}

/** The stamp every figure carries: "数据截至 2020年11月底". */
export function formatAsOf(iso: string, locale: Locale, t: Translate): string {
  return t('asOf.stamp', { date: formatAsOfDate(iso, locale, t) });
}
