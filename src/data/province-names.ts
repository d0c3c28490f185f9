import type { TextLocale } from './localized';
import type { Province } from './provinces';

/**
 * A province's names in Traditional characters, from its `traditional` forms: those list the short form
 * then the full one where both differ from the Simplified ([遼寧, 遼寧省]), only the full one where the
 * short form is the same in both scripts ([西藏自治區]), and nothing where neither differs (北京市).
 * Further forms (台灣 beside 臺灣) are spellings people type, not the ones shown.
 */
function traditionalNames(p: Province): { short: string; name: string } {
  const [first, second] = p.traditional;
  if (first === undefined) return { short: p.short, name: p.name };
  if (second === undefined) return { short: p.short, name: first };
  return { short: first, name: second };
}

/** The full name in a locale: 甘肃省 / 甘肅省 / Gansu. */
export function provinceFullName(p: Province, locale: TextLocale): string {
  if (locale === 'en') return p.en;
  return locale === 'zh-Hant' ? traditionalNames(p).name : p.name;
}

/** The short name of running text and charts in a locale: 甘肃 / 甘肅 / Gansu. */
export function provinceShortName(p: Province, locale: TextLocale): string {
  if (locale === 'en') return p.en;
  return locale === 'zh-Hant' ? traditionalNames(p).short : p.short;
}
