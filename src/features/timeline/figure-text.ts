import { provinceFullName } from '../../data/province-names';
import { inLocale } from '../../data/localized';
import { provinceByCode } from '../../data/provinces';
import type { Observation, Unit } from '../../data/schema';
import type { Locale, Translate } from '../../i18n/i18n';
import { formatPercent, formatValue } from '../../i18n/format';
import { primaryFigure } from './selectors';

/** Where a figure is from in words: the named place, a province, or the national scope's name. */
export function placeText(o: Observation, t: Translate, locale: Locale): string {
  if (o.scope.place) return inLocale(o.scope.place, locale);
  const province = o.scope.provinceCode ? provinceByCode(o.scope.provinceCode) : undefined;
  if (province) return provinceFullName(province, locale);
  return t(`scope.${o.scope.level}` as 'scope.national');
}

/** The figure a compact link leads with, in words: "96项 → 50项", "同比下降27.7%", "77.4%"; "—" if none. */
export function figureText(o: Observation, unit: Unit, t: Translate, locale: Locale): string {
  const figure = primaryFigure(o);
  if (!figure) return '—';
  if (figure.type === 'share') return t('figure.planShare', { share: formatPercent(figure.value, locale) });
  if (figure.type === 'change') {
    const magnitude = formatPercent(Math.abs(figure.value), locale);
    const qualified = figure.qualifier ? t(`qualifier.${figure.qualifier}`, { value: magnitude }) : magnitude;
    const change = t(figure.value <= 0 ? 'change.down' : 'change.up', { value: qualified });
    return figure.yoy ? t('reductions.yoy', { change }) : change;
  }
  const value = formatValue(figure.value, unit, locale, t, figure.qualifier);
  if (!figure.baseline) return value;
  const before = formatValue(figure.baseline.value, unit, locale, t, figure.baseline.qualifier);
  return `${before} → ${value}`;
}
