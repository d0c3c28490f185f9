import { midSentence } from '../i18n/sentence';
import { inLocale } from '../data/localized';
import type { Locale, Translate } from '../i18n/i18n';
import { formatAsOfDate, formatChange, formatPercent, formatValue } from '../i18n/format';
import type { Indicator, Observation, Scope } from '../data/schema';

type ScopeLevel = Scope['level'];
import { lowestShare, steepestFall, type PlanRow, type ReductionRow, type YoyRow } from './overview';

/** Every chart's caption is written from the data it draws, so it can never disagree with the bars. */
type Ctx = { t: Translate; locale: Locale };

const name = (i: Indicator, locale: Locale) => inLocale(i.name, locale);

/**
 * A scope's figure as the subject of a sentence, by the locale's own template: 中央和国家机关会议数量 /
 * "meetings held by central and state organs" (never "Central and state organs Meetings held").
 */
export function scopedSubject(scope: ScopeLevel, indicator: Indicator, { t, locale }: Ctx): string {
  return t('sentence.scopedIndicator', {
    scope: t(`scopeInSentence.${scope}` as 'scopeInSentence.national'),
    indicator: midSentence(name(indicator, locale), locale),
  });
}

function asOfDate(o: Observation | undefined, locale: Locale, t: Translate): string {
  const iso = o?.period.asOf;
  if (!iso) return o ? t('asOf.year', { year: o.period.year }) : '';
  return formatAsOfDate(iso, locale, t);
}

/**
 * Says how the shares of plan stand, true of every row it is given: "below" only under 100%, exactly 100% is
 * "reached", and it counts the rows it has (四项 only when there are four).
 */
export function planConclusion(rows: readonly PlanRow[], { t, locale }: Ctx): string {
  const low = lowestShare(rows);
  if (!low) return t('empty.none');
  const date = asOfDate(low.observation, locale, t);
  const above = rows.filter((r) => r.share > 100).length;
  if (above > 0) return t('plan.conclusionAbove', { date, count: above });
  const reached = rows.filter((r) => r.share === 100).length;
  if (reached === rows.length) return t('plan.conclusionAllReached', { date, count: reached });
  const lowest = {
    date,
    subject: scopedSubject(low.scope, low.indicator, { t, locale }),
    share: formatPercent(low.share, locale),
  };
  if (reached > 0) return t('plan.conclusionReached', { ...lowest, reached, below: rows.length - reached });
  if (rows.length === 4) return t('plan.conclusion', lowest);
  if (rows.length === 1) return t('plan.conclusionOne', lowest);
  return t('plan.conclusionBelow', { ...lowest, count: rows.length });
}

export function yoyConclusion(rows: readonly YoyRow[], { t, locale }: Ctx): string {
  const steep = steepestFall(rows);
  if (!steep) return t('empty.none');
  const provinces = (category: string) =>
    rows.find((r) => r.scope === 'provinces-aggregate' && r.indicator.category === category);
  const docs = provinces('documents');
  const meetings = provinces('meetings');
  return t('yoy.conclusion', {
    subject: scopedSubject(steep.scope, steep.indicator, { t, locale }),
    drop: formatPercent(Math.abs(steep.change), locale),
    docs: docs ? formatPercent(Math.abs(docs.change), locale) : '—',
    meetings: meetings ? formatPercent(Math.abs(meetings.change), locale) : '—',
  });
}

export function reductionsConclusion(rows: readonly ReductionRow[], { t, locale }: Ctx): string {
  const central = rows.find((r) => r.indicator.category === 'inspections' && r.observation.baseline);
  if (!central || central.computed === null) return t('empty.none');
  return t('reductions.conclusion', {
    before: central.observation.baseline!.value,
    after: central.observation.value ?? '—',
    drop: formatPercent(Math.abs(central.computed), locale),
  });
}

export function accountabilityConclusion(
  rows: readonly { indicator: Indicator; observation: Observation }[],
  { t, locale }: Ctx,
): string {
  const find = (id: string) => rows.find((r) => r.indicator.id === id);
  const cases = find('discipline-cases');
  const people = find('discipline-people-handled');
  const survey = find('survey-burden-easing');
  if (!cases || !people) return t('empty.none');
  const fmt = (r: typeof cases) =>
    r.observation.value === undefined
      ? '—'
      : formatValue(r.observation.value, r.indicator.unit, locale, t, r.observation.valueQualifier);
  return t('discipline.conclusion', {
    date: asOfDate(cases.observation, locale, t),
    cases: fmt(cases),
    people: fmt(people),
    survey: survey ? fmt(survey) : '—',
  });
}

/** "各省区市发文同比下降27.7%"-style one-liner for a headline card. */
export function headlineSentence(label: string, change: number | null, { t, locale }: Ctx): string {
  return change === null ? label : `${label} ${formatChange(change, locale, t)}`;
}
