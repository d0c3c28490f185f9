import { inLocale } from '../../data/localized';
import { indexDataset } from '../../data/derive';
import type { Dataset, Observation } from '../../data/schema';
import { useT } from '../../state/use-t';
import { formatAsOf, formatChange, formatPercent, formatValue } from '../../i18n/format';

/** One datum in words: what, where, when and every figure it carries. */
export function DatumSummary({ observation: o, dataset }: { observation: Observation; dataset: Dataset }) {
  const { t, locale } = useT();
  const indicator = indexDataset(dataset).indicator(o.indicator);
  if (!indicator) return null;
  const place = inLocale(o.scope.place, locale) ?? t(`scope.${o.scope.level}` as 'scope.national');
  const parts: string[] = [];
  if (o.baseline)
    parts.push(`${formatValue(o.baseline.value, indicator.unit, locale, t, o.baseline.qualifier)} →`);
  if (o.value !== undefined) parts.push(formatValue(o.value, indicator.unit, locale, t, o.valueQualifier));
  if (o.planShare !== undefined)
    parts.push(t('figure.planShare', { share: formatPercent(o.planShare, locale) }));
  if (o.yoyChange !== undefined)
    parts.push(t('reductions.yoy', { change: formatChange(o.yoyChange, locale, t) }));
  if (o.statedChange !== undefined)
    parts.push(t('figure.stated', { change: formatChange(o.statedChange, locale, t) }));
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded-md bg-surface-muted p-3 text-sm">
      <dt className="text-ink-muted">{t('source.datum')}</dt>
      <dd className="font-semibold" data-testid="datum-name">
        {inLocale(indicator.name, locale)}
      </dd>
      <dt className="text-ink-muted">{t('source.place')}</dt>
      <dd>{place}</dd>
      <dt className="text-ink-muted">{t('source.period')}</dt>
      <dd>
        {o.period.asOf ? formatAsOf(o.period.asOf, locale, t) : t('asOf.year', { year: o.period.year })}
      </dd>
      <dt className="sr-only">{t('source.datum')}</dt>
      <dd className="col-span-2 text-base font-semibold tabular-nums" data-testid="datum-figures">
        {parts.join(' ')}
      </dd>
    </dl>
  );
}
