import type { Observation, Qualifier } from '../../data/schema';
import { formatAsOfDate, formatPercent, formatValue } from '../../i18n/format';
import type { Locale, Translate } from '../../i18n/i18n';
import type { TableRow } from './selectors';

/** The year, or the "to this date" of a figure counted up to a day or month. */
export function periodText(o: Observation, t: Translate, locale: Locale): string {
  if (o.period.asOf) return t('table.periodAsOf', { date: formatAsOfDate(o.period.asOf, locale, t) });
  return t('filters.yearValue', { year: o.period.year });
}

/** The figure with unit and qualifier, "before → after" where there is a baseline; null for a change-only datum. */
export function valueText(row: TableRow, t: Translate, locale: Locale): string | null {
  const o = row.observation;
  const unit = row.indicator.unit;
  if (o.value === undefined) return null;
  const value = formatValue(o.value, unit, locale, t, o.valueQualifier);
  if (!o.baseline) return value;
  return `${formatValue(o.baseline.value, unit, locale, t, o.baseline.qualifier)} → ${value}`;
}

/** The share of the annual plan, where the datum states one. */
export function planShareText(row: TableRow, t: Translate, locale: Locale): string | null {
  const share = row.observation.planShare;
  return share === undefined ? null : t('table.planShare', { share: formatPercent(share, locale) });
}

/** A change in words with its qualifier on the magnitude: "下降85%以上" / "down 85%+". */
function qualifiedChange(
  value: number,
  qualifier: Qualifier | undefined,
  locale: Locale,
  t: Translate,
): string {
  const magnitude = formatPercent(Math.abs(value), locale);
  return t(value <= 0 ? 'change.down' : 'change.up', {
    value: qualifier ? t(`qualifier.${qualifier}`, { value: magnitude }) : magnitude,
  });
}

/**
 * Every change the datum carries, as lines: stated year on year, stated against the baseline, and the
 * change its own counts give (so a datum flagged inconsistent shows both figures side by side).
 */
export function changeTexts(row: TableRow, t: Translate, locale: Locale): string[] {
  const o = row.observation;
  const lines: string[] = [];
  if (o.yoyChange !== undefined)
    lines.push(t('reductions.yoy', { change: qualifiedChange(o.yoyChange, o.changeQualifier, locale, t) }));
  if (o.statedChange !== undefined)
    lines.push(
      t('table.changeStated', { change: qualifiedChange(o.statedChange, o.changeQualifier, locale, t) }),
    );
  if (row.computed !== null)
    lines.push(t('table.changeComputed', { change: qualifiedChange(row.computed, undefined, locale, t) }));
  return lines;
}
