import { scopedSubject } from '../../figures/overview-conclusions';
import { joinList, midSentence } from '../../i18n/sentence';
import { provinceFullName } from '../../data/province-names';
import { inLocale } from '../../data/localized';
import type { Locale, Translate } from '../../i18n/i18n';
import { formatChange, formatDate, formatValue } from '../../i18n/format';
import { EVENT_KINDS, type PolicyEvent } from '../../data/schema';
import type { Headline } from '../../figures/overview';
import type { LocalReduction } from './selectors';

/** The deck's own captions, written from the rows each slide draws (the overview's panels have theirs). */
type Ctx = { t: Translate; locale: Locale };

/** How many headline figures fell, and which fell most. */
export function headlinesConclusion(headlines: readonly Headline[], { t, locale }: Ctx): string {
  const falls = headlines.filter((h) => h.change !== null && h.change < 0);
  const steep = falls.reduce<Headline | undefined>(
    (s, h) => (!s || h.change! < s.change! ? h : s),
    undefined,
  );
  if (headlines.length === 0) return t('present.headlines.conclusionEmpty');
  if (!steep) return t('present.headlines.conclusionNone', { count: headlines.length });
  return t(
    falls.length === headlines.length
      ? 'present.headlines.conclusionAll'
      : 'present.headlines.conclusionSome',
    {
      count: headlines.length,
      falls: falls.length,
      subject: scopedSubject(steep.observation.scope.level, steep.indicator, { t, locale }),
      change: formatChange(steep.change!, locale, t),
    },
  );
}

/** "From … to …" in words, or the one date where both ends are the same. */
export function dateRange(from: string, to: string, locale: Locale, t: Translate): string {
  const a = formatDate(from, locale);
  const b = formatDate(to, locale);
  return a === b ? a : t('present.range', { from: a, to: b });
}

/** The span of the measures and how many of each kind. */
export function timelineConclusion(events: readonly PolicyEvent[], { t, locale }: Ctx): string {
  if (events.length === 0) return t('empty.none');
  const dates = events.map((e) => e.date).sort();
  const kinds = EVENT_KINDS.flatMap((kind) => {
    const count = events.filter((e) => e.kind === kind).length;
    if (count === 0) return [];
    const key = `present.timeline.count.${kind}` as const;
    return [count === 1 ? t(`${key}.one`) : t(key, { count })];
  });
  return t(events.length === 1 ? 'present.timeline.conclusionOne' : 'present.timeline.conclusion', {
    range: dateRange(dates[0]!, dates[dates.length - 1]!, locale, t),
    count: events.length,
    kinds: joinList(kinds, t),
  });
}

/** The place a local figure is from, in words: its own place name, or its province's. */
export function placeOf(row: LocalReduction, locale: Locale): string {
  return inLocale(row.observation.scope.place, locale) ?? provinceFullName(row.province, locale);
}

/** A figure's before and after, with units and qualifiers ("198项", "32项"). */
export function beforeAfter(row: LocalReduction, { t, locale }: Ctx): { before: string; after: string } {
  const o = row.observation;
  const unit = row.indicator.unit;
  return {
    before: o.baseline ? formatValue(o.baseline.value, unit, locale, t, o.baseline.qualifier) : '—',
    after: o.value !== undefined ? formatValue(o.value, unit, locale, t, o.valueQualifier) : '—',
  };
}

/** The largest local cut under the filters, said with its before and after. */
export function casesConclusion(rows: readonly LocalReduction[], filtersText: string, ctx: Ctx): string {
  const top = rows[0];
  if (!top) return ctx.t('empty.none');
  const vars = {
    filters: filtersText,
    place: placeOf(top, ctx.locale),
    indicator: midSentence(inLocale(top.indicator.name, ctx.locale), ctx.locale),
    change: formatChange(top.change, ctx.locale, ctx.t),
    ...beforeAfter(top, ctx),
  };
  return filtersText
    ? ctx.t('present.cases.conclusionFiltered', vars)
    : ctx.t('present.cases.conclusion', vars);
}
