import { filterEvents, filterObservations, isNationalScope } from '../../data/select';
import { latestAsOf, type AsOf } from '../../data/as-of';
import {
  EVENT_KINDS,
  type Dataset,
  type Observation,
  type PolicyEvent,
  type Source,
} from '../../data/schema';
import type { UrlState } from '../../state/url-state';

type EventKind = PolicyEvent['kind'];

const YEAR_MONTH_RE = /^(\d{4})-(\d{2})$/;

/**
 * A partial ISO date as a sortable day (YYYY-MM-DD). A bare month is its first day where it opens a
 * period (an event "in March" may be on the 1st) and its last day where it closes a count ("截至3月").
 */
export function dayOf(iso: string, edge: 'start' | 'end'): string {
  const m = YEAR_MONTH_RE.exec(iso);
  if (!m) return iso;
  if (edge === 'start') return `${iso}-01`;
  const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
  return `${iso}-${String(last).padStart(2, '0')}`;
}

/**
 * The day a figure describes: its 截至 date, or — for a figure given only by year — the last day of that
 * year, since a whole year's figure is complete, and can be reported, only once the year is over.
 */
export function observationDay(o: Observation): string {
  return o.period.asOf ? dayOf(o.period.asOf, 'end') : `${o.period.year}-12-31`;
}

export type EventPeriod = {
  event: PolicyEvent;
  /** The next event's date (the period runs up to, not including, that day); null for the last event. */
  until: string | null;
  /** Figures whose day falls in the period: national first, then by day, then in dataset order. */
  observations: Observation[];
};

export type Periods = {
  /** One per event, in date order. */
  periods: EventPeriod[];
  /** Figures from before the first event. */
  before: Observation[];
};

/** National figures lead, then the earliest; the sort is stable, so ties keep the dataset's order. */
function byNationalThenDay(a: Observation, b: Observation): number {
  const national = Number(isNationalScope(b)) - Number(isNationalScope(a));
  if (national !== 0) return national;
  return compareDays(observationDay(a), observationDay(b));
}

function compareDays(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Cuts time at each event: an event's period runs from its date to the next event's date, the last
 * event's to the end of the data. Every observation lands in exactly one period, or in `before`.
 */
export function assignPeriods(events: readonly PolicyEvent[], observations: readonly Observation[]): Periods {
  const sorted = [...events].sort((a, b) => compareDays(dayOf(a.date, 'start'), dayOf(b.date, 'start')));
  const starts = sorted.map((e) => dayOf(e.date, 'start'));
  const buckets: Observation[][] = sorted.map(() => []);
  const before: Observation[] = [];
  for (const o of observations) {
    const day = observationDay(o);
    // The latest event that started on or before the figure's day.
    let i = starts.length - 1;
    while (i >= 0 && starts[i]! > day) i--;
    (i >= 0 ? buckets[i]! : before).push(o);
  }
  return {
    periods: sorted.map((event, i) => ({
      event,
      until: sorted[i + 1]?.date ?? null,
      observations: buckets[i]!.sort(byNationalThenDay),
    })),
    before: before.sort(byNationalThenDay),
  };
}

export type TimelineSummary = {
  /** Date of the first and last event shown; null when none is shown. */
  from: string | null;
  to: string | null;
  events: number;
  /** Events by kind, in the schema's kind order, kinds with none left out. */
  kinds: { kind: EventKind; count: number }[];
  /** Figures linked from the events shown (national + local); those from before the first event are apart. */
  figures: number;
  national: number;
  local: number;
  /** Figures from before the first event. */
  before: number;
};

export type Timeline = Periods & { summary: TimelineSummary };

/**
 * The timeline under the filters. Periods are cut on all events, so a filter never moves a figure
 * into another event's period; the year filter then keeps events of that year, and year, province
 * and category keep the figures shown under them (events are national, so province does not apply).
 */
export function selectTimeline(ds: Dataset, filters: UrlState): Timeline {
  const kept = new Set(filterObservations(ds, filters));
  const shownEvents = new Set(filterEvents(ds, filters));
  const all = assignPeriods(ds.events, ds.observations);
  const periods = all.periods
    .filter((p) => shownEvents.has(p.event))
    .map((p) => ({ ...p, observations: p.observations.filter((o) => kept.has(o)) }));
  // Figures from before the first event belong to no event: shown only while the first event is.
  const firstShown = periods.length > 0 && periods[0]!.event === all.periods[0]?.event;
  const before = firstShown ? all.before.filter((o) => kept.has(o)) : [];
  return { periods, before, summary: summarize(periods, before) };
}

function summarize(periods: readonly EventPeriod[], before: readonly Observation[]): TimelineSummary {
  const figures = periods.flatMap((p) => p.observations);
  const national = figures.filter(isNationalScope).length;
  const kinds = EVENT_KINDS.map((kind) => ({
    kind,
    count: periods.filter((p) => p.event.kind === kind).length,
  })).filter((k) => k.count > 0);
  return {
    from: periods[0]?.event.date ?? null,
    to: periods.at(-1)?.event.date ?? null,
    events: periods.length,
    kinds,
    figures: figures.length,
    national,
    local: figures.length - national,
    before: before.length,
  };
}

export type PrimaryFigure =
  | {
      type: 'value';
      value: number;
      qualifier: Observation['valueQualifier'];
      baseline?: Observation['baseline'];
    }
  | { type: 'change'; value: number; qualifier: Observation['changeQualifier']; yoy: boolean }
  | { type: 'share'; value: number };

/**
 * The one figure a compact link leads with: the value itself (with its before-value), else the stated
 * change (year on year first), else the share of plan. Every observation has at least one of these.
 */
export function primaryFigure(o: Observation): PrimaryFigure | null {
  if (o.value !== undefined)
    return { type: 'value', value: o.value, qualifier: o.valueQualifier, baseline: o.baseline };
  if (o.yoyChange !== undefined)
    return { type: 'change', value: o.yoyChange, qualifier: o.changeQualifier, yoy: true };
  if (o.statedChange !== undefined)
    return { type: 'change', value: o.statedChange, qualifier: o.changeQualifier, yoy: false };
  if (o.planShare !== undefined) return { type: 'share', value: o.planShare };
  return null;
}

/**
 * How recent the timeline on screen is, and what it cites: the later of its last measure's date and its
 * figures' latest 截至 (a year alone where that year's figures print no date, so no day is claimed for
 * them); the sources of its measures and figures, each once, in the dataset's order.
 */
export function timelineProvenance(
  timeline: Timeline,
  ds: Dataset,
): { asOf: AsOf | null; sources: Source[] } {
  const observations = [...timeline.before, ...timeline.periods.flatMap((p) => p.observations)];
  const lastEvent = timeline.periods.at(-1)?.event.date;
  const figures = latestAsOf(observations);
  // A year alone reaches to its end; a month to its last day.
  const reach = (a: AsOf) => (a.kind === 'year' ? `${a.year}-12-31` : dayOf(a.iso, 'end'));
  const event: AsOf | null = lastEvent ? { kind: 'date', iso: lastEvent } : null;
  const asOf = !figures ? event : !event || reach(figures) >= reach(event) ? figures : event;
  const cited = new Set([
    ...timeline.periods.map((p) => p.event.source),
    ...observations.map((o) => o.source),
  ]);
  return { asOf, sources: ds.sources.filter((s) => cited.has(s.id)) };
}
