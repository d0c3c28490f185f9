import type { Locale, Translate } from './i18n';

/**
 * A label as it reads inside a sentence. English labels are written as headings ("Meetings held"); within a
 * sentence their first letter is lower case ("the steepest fall was in meetings held by …"), unless the
 * label starts with an abbreviation (CPC …). Chinese has no case.
 */
export function midSentence(label: string, locale: Locale): string {
  if (locale !== 'en') return label;
  const [first = '', second = ''] = label;
  return second && second === second.toLowerCase() ? first.toLowerCase() + label.slice(1) : label;
}

/** Items as a list in running text: 江苏、甘肃 / Jiangsu and Gansu / Jiangsu, Gansu and Hubei. */
export function joinList(items: readonly string[], t: Translate): string {
  if (items.length < 2) return items[0] ?? '';
  return t('text.listLast', { head: items.slice(0, -1).join(t('text.listJoin')), last: items.at(-1)! });
}
