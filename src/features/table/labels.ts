/** Labels of the table's cells and CSV columns, in the UI language. */
import { provinceFullName } from '../../data/province-names';
import type { Province } from '../../data/provinces';
import type { Qualifier, Scope, Unit } from '../../data/schema';
import type { Locale, MessageKey, Translate } from '../../i18n/i18n';

const LOCAL_LEVEL_KEYS = {
  province: 'table.level.province',
  city: 'table.level.city',
  county: 'table.level.county',
  township: 'table.level.township',
  village: 'table.level.village',
} as const satisfies Partial<Record<Scope['level'], MessageKey>>;

/** 各省区市 / 中央和国家机关 / 全国 for national figures, the administrative level for local ones. */
export function scopeLabel(level: Scope['level'], t: Translate): string {
  if (level === 'provinces-aggregate' || level === 'central-organs' || level === 'national')
    return t(`scope.${level}`);
  return t(LOCAL_LEVEL_KEYS[level]);
}

/** The unit alone (项, 人, %), for the unit column and the CSV. */
export function unitLabel(unit: Unit, t: Translate): string {
  return t(`table.unit.${unit}`);
}

/** A qualifier as a word (以上, 约); empty where the figure is exact. */
export function qualifierLabel(qualifier: Qualifier | undefined, t: Translate): string {
  return qualifier ? t(`table.qualifier.${qualifier}`) : '';
}

/** The province's full name in the UI language (甘肃省 / Gansu). */
export function provinceName(province: Province, locale: Locale): string {
  return provinceFullName(province, locale);
}
