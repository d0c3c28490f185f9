import { COLUMN_BY_KEY, type ColumnKey } from '../data/stats-columns';
import type { Locale, MessageKey, Translate } from '../i18n/i18n';

/** A column key in the UI language: the template header in Chinese, "Year (年份)" in English. */
export function columnLabel(key: ColumnKey, t: Translate, locale: Locale): string {
  const header = COLUMN_BY_KEY.get(key)?.header ?? key;
  const name = t(`import.column.${key}` as MessageKey);
  return locale === 'zh-CN' ? header : `${name}${t('text.parenthetical', { text: header })}`;
}
