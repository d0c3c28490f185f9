import type { CatalogueDataset } from '../data/catalogue';
import { formatAsOfDate, formatNumber } from '../i18n/format';
import type { Locale, Translate } from '../i18n/i18n';

/** 数据截至 in words: a year alone reads "2024年", a day "2024年12月31日". */
export function asOfText(asOf: string, locale: Locale, t: Translate): string {
  return /^\d{4}$/.test(asOf) ? t('filters.yearValue', { year: asOf }) : formatAsOfDate(asOf, locale, t);
}

/** A published dataset's facts in one line: publisher, 数据截至, years, level, rows. */
export function publishedMeta(d: CatalogueDataset, locale: Locale, t: Translate): string {
  const first = d.years[0] ?? '—';
  const last = d.years.at(-1) ?? '—';
  return t('import.ui.publishedMeta', {
    publisher: d.publisher,
    asOf: asOfText(d.asOf, locale, t),
    years:
      first === last
        ? t('filters.yearValue', { year: first })
        : t('import.ui.yearRange', { from: first, to: last }),
    level: t(`import.ui.level.${d.level}`),
    rows: formatNumber(d.rowCount, locale),
  });
}
