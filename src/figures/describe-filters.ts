import { joinList } from '../i18n/sentence';
import { provinceFullName } from '../data/province-names';
import { provinceByCode } from '../data/provinces';
import type { Locale, Translate } from '../i18n/i18n';
import type { ObservationFilters } from '../data/select';

/** The active filters in words ("甘肃省 2020年 督查检查考核"); empty when nothing is filtered. */
export function describeFilters(
  filters: ObservationFilters & { city?: string | null },
  t: Translate,
  locale: Locale,
): string {
  const parts: string[] = [];
  const names = filters.provinces.flatMap((c) => {
    const p = provinceByCode(c);
    return p ? [provinceFullName(p, locale)] : [];
  });
  if (names.length) parts.push(joinList(names, t));
  if (filters.city && names.length === 1) parts.push(filters.city);
  if (filters.year !== null) parts.push(t('filters.yearValue', { year: filters.year }));
  if (filters.category !== null) parts.push(t(`category.${filters.category}`));
  if (filters.query) parts.push(`“${filters.query}”`);
  return parts.join(' ');
}
