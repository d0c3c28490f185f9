import { inLocale } from '../../data/localized';
import type { Indicator, Observation, Qualifier } from '../../data/schema';
import type { Locale, Translate } from '../../i18n/i18n';
import { formatChange, formatPercent, formatValue } from '../../i18n/format';
import type { Province } from '../../data/provinces';
import { provinceName } from './selectors';

/** Card text written from the datum alone, so a card can never say more than its source. */
type Ctx = { t: Translate; locale: Locale };

/** A stated change with the source's own hedge: "下降30%以上" for "减少30%以上". */
export function qualifiedChange(value: number, qualifier: Qualifier | undefined, { t, locale }: Ctx): string {
  if (!qualifier) return formatChange(value, locale, t);
  const magnitude = t(`qualifier.${qualifier}`, { value: formatPercent(Math.abs(value), locale) });
  return t(value <= 0 ? 'change.down' : 'change.up', { value: magnitude });
}

/** The datum's figures in one line: "64项 → 24项", "200余个", "同比下降30%", "原文称 下降85%". */
export function figureText(o: Observation, indicator: Indicator, { t, locale }: Ctx): string {
  const unit = indicator.unit;
  const value = o.value !== undefined ? formatValue(o.value, unit, locale, t, o.valueQualifier) : null;
  if (o.baseline && value !== null)
    return `${formatValue(o.baseline.value, unit, locale, t, o.baseline.qualifier)} → ${value}`;
  if (value !== null) return value;
  if (o.yoyChange !== undefined)
    return t('reductions.yoy', { change: qualifiedChange(o.yoyChange, o.changeQualifier, { t, locale }) });
  if (o.statedChange !== undefined)
    return t('figure.stated', { change: qualifiedChange(o.statedChange, o.changeQualifier, { t, locale }) });
  if (o.planShare !== undefined) return t('figure.planShare', { share: formatPercent(o.planShare, locale) });
  return '—';
}

/**
 * Where a figure is from: "湖北省 · 咸宁市嘉鱼县", the province alone for a province-wide figure, or the
 * source's own words for a place it does not name ("东北某县", "山西省 · 运城市某县").
 */
export function placeText(o: Observation, province: Province | null, { t, locale }: Ctx): string {
  const place = inLocale(o.scope.place, locale);
  if (!province) return place ?? '—';
  const name = provinceName(province, locale);
  return place ? t('cases.place', { province: name, place }) : name;
}

/** For a place the source does not name: "原文未具名 · 地区：东北"; null for a named place. */
export function unnamedText(o: Observation, { t, locale }: Ctx): string | null {
  const region = inLocale(o.scope.region, locale);
  return o.scope.unnamed && region ? t('cases.unnamedRegion', { region }) : null;
}

/** A before → after pair in one sentence, read as the bar pair's text alternative. */
export function barPairSummary(
  o: Observation,
  indicator: Indicator,
  computed: number | null,
  { t, locale }: Ctx,
): string {
  if (!o.baseline || o.value === undefined) return '';
  return t('cases.barSummary', {
    before: formatValue(o.baseline.value, indicator.unit, locale, t, o.baseline.qualifier),
    after: formatValue(o.value, indicator.unit, locale, t, o.valueQualifier),
    change: computed === null ? '—' : formatChange(computed, locale, t),
  });
}
