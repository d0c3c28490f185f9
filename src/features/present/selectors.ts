import { computedChange, indexDataset } from '../../data/derive';
import { provinceByCode, type Province } from '../../data/provinces';
import type { Dataset, Indicator, Observation, Source } from '../../data/schema';
import { filterObservations } from '../../data/select';
import { DEFAULT_URL_STATE, type UrlState } from '../../state/url-state';

/** The deck's slides in their default order; a presenter reorders and hides them (deck-store.ts). */
export const SLIDE_IDS = [
  'title',
  'headlines',
  'plan',
  'yoy',
  'reductions',
  'accountability',
  'timeline',
  'cases',
  'sources',
] as const;
export type SlideId = (typeof SLIDE_IDS)[number];

export function isSlideId(value: unknown): value is SlideId {
  return typeof value === 'string' && (SLIDE_IDS as readonly string[]).includes(value);
}

/**
 * A stored order made whole: unknown and repeated ids are dropped, and a slide the stored order lacks
 * (one added in a later release) is appended, so every slide appears exactly once.
 */
export function normalizeOrder(order: unknown): SlideId[] {
  return normalizeOrderOf(order, SLIDE_IDS);
}

/** normalizeOrder for any deck's slide ids. */
export function normalizeOrderOf<Id extends string>(order: unknown, ids: readonly Id[]): Id[] {
  const isId = (v: unknown): v is Id => typeof v === 'string' && (ids as readonly string[]).includes(v);
  const kept = Array.isArray(order) ? [...new Set(order.filter(isId))] : [];
  return [...kept, ...ids.filter((id) => !kept.includes(id))];
}

/** The slides that are shown, in the presenter's order: not hidden, and with data under the filters. */
export function visibleSlides<Id extends string>(
  order: readonly Id[],
  hidden: readonly Id[],
  available: ReadonlySet<Id>,
): Id[] {
  return order.filter((id) => !hidden.includes(id) && available.has(id));
}

/** A 1-based slide number kept inside the deck; no number (a fresh deck) is the first slide. */
export function clampSlide(slide: number | null, count: number): number {
  if (count <= 0) return 1;
  if (slide === null || !Number.isFinite(slide)) return 1;
  return Math.min(Math.max(1, Math.round(slide)), count);
}

/** The deck follows the province and year filters; category and search are the table's, not the deck's. */
export function deckFilters(filters: UrlState): UrlState {
  return { ...DEFAULT_URL_STATE, provinces: filters.provinces, year: filters.year };
}

export type LocalReduction = {
  observation: Observation;
  indicator: Indicator;
  province: Province;
  /** From the datum's own counts (value against baseline), in percent; always negative here. */
  change: number;
};

/**
 * Local figures under the filters that fell, by the change their own counts give, largest fall
 * first (ties keep the dataset's order); at most `limit` of them.
 */
export function selectLocalReductions(ds: Dataset, filters: UrlState, limit = 6): LocalReduction[] {
  const index = indexDataset(ds);
  const rows = filterObservations(ds, deckFilters(filters)).flatMap((o) => {
    const change = computedChange(o);
    const indicator = index.indicator(o.indicator);
    const province = o.scope.provinceCode ? provinceByCode(o.scope.provinceCode) : undefined;
    if (change === null || change >= 0 || !indicator || !province) return [];
    return [{ observation: o, indicator, province, change }];
  });
  return rows.sort((a, b) => a.change - b.change).slice(0, limit);
}

export { latestAsOf, type AsOf } from '../../data/as-of';
/**
 * What a stamp may truthfully say of a set of figures:
 * - `date`: every figure is of one year and dated the same day (数据截至 2020年11月底);
 * - `year`: every figure is of one year, with the 截至 dates any of them print (earliest first) and
 *   whether some print none — a date is never claimed for a figure that does not print it;
 * - `years`: the figures span several years (2020–2024年数据), which no single year or date covers.
 */
export type StampSpan =
  | { kind: 'date'; iso: string }
  | { kind: 'year'; year: number; dates: string[]; undated: boolean }
  | { kind: 'years'; from: number; to: number };

/** The span of a set of figures' periods, for a stamp true of every one of them; null for none. */
export function stampSpan(observations: readonly Observation[]): StampSpan | null {
  if (observations.length === 0) return null;
  const years = observations.map((o) => o.period.year);
  const [from, to] = [Math.min(...years), Math.max(...years)];
  if (from !== to) return { kind: 'years', from, to };
  const dates = [...new Set(observations.flatMap((o) => (o.period.asOf ? [o.period.asOf] : [])))].sort();
  const undated = observations.some((o) => !o.period.asOf);
  if (dates.length === 1 && !undated) return { kind: 'date', iso: dates[0]! };
  return { kind: 'year', year: from, dates, undated };
}

/** The sources a set of data cites, each once, in the dataset's order of sources. */
export function sourcesOf(ds: Dataset, data: readonly { source: string }[]): Source[] {
  const cited = new Set(data.map((d) => d.source));
  return ds.sources.filter((s) => cited.has(s.id));
}

/** The first and last publication dates of the sources (ISO, as precise as each source gives). */
export function sourceDateRange(sources: readonly Source[]): { from: string; to: string } | null {
  if (sources.length === 0) return null;
  const dates = sources.map((s) => s.date).sort();
  return { from: dates[0]!, to: dates[dates.length - 1]! };
}

/** Logical slide size: slides are laid out at this size and scaled as a whole to the screen. */
export const SLIDE_WIDTH = 1920;
export const SLIDE_HEIGHT = 1080;

/** The scale that fits a 16:9 slide in a box without stretching it (letterboxed); never 0 or negative. */
export function fitScale(boxWidth: number, boxHeight: number): number {
  if (!(boxWidth > 0) || !(boxHeight > 0)) return 1;
  return Math.min(boxWidth / SLIDE_WIDTH, boxHeight / SLIDE_HEIGHT);
}
