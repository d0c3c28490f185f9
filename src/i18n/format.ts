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
 * Numbers follow each locale's own conventions through Intl:
 * zh-CN groups by 万 (69000 → 6.9万), en by thousands (69K).
 */
export function formatNumber(value: number, locale: Locale): string {
  if (!Number.isFinite(value)) return '—';
  const abs = Math.abs(value);
  if (abs >= 10000) {
    return numberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
  }
  return numberFormat(locale, { maximumFractionDigits: 1 }).format(value);
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
  const n = numberFormat(locale, { maximumFractionDigits: 1 }).format(Math.abs(value));
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
