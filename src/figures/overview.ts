import { computedChange, indexDataset, round1 } from '../data/derive';
import { isNationalScope } from '../data/select';
import type { Dataset, Indicator, Observation, Scope } from '../data/schema';

export type HeadlineId =
  'documentsProvinces' | 'meetingsProvinces' | 'documentsCentral' | 'meetingsCentral' | 'inspectionsCentral';

const HEADLINES: readonly { id: HeadlineId; observation: string }[] = [
  { id: 'documentsProvinces', observation: 'provinces-documents-2020' },
  { id: 'meetingsProvinces', observation: 'provinces-meetings-2020' },
  { id: 'documentsCentral', observation: 'central-documents-2020' },
  { id: 'meetingsCentral', observation: 'central-meetings-2020' },
  { id: 'inspectionsCentral', observation: 'central-inspection-items-2020' },
];

export type Headline = {
  id: HeadlineId;
  observation: Observation;
  indicator: Indicator;
  /** The change the card leads with: stated year on year, or computed from before → after. */
  change: number | null;
  changeIsComputed: boolean;
};

/** The headline cards in their fixed order; a datum missing from the dataset drops its card. */
export function selectHeadlines(ds: Dataset): Headline[] {
  const index = indexDataset(ds);
  return HEADLINES.flatMap(({ id, observation }) => {
    const o = index.observation(observation);
    const indicator = o && index.indicator(o.indicator);
    if (!o || !indicator) return [];
    const computed = computedChange(o);
    const change = o.yoyChange ?? o.statedChange ?? computed;
    return [
      {
        id,
        observation: o,
        indicator,
        change,
        changeIsComputed: o.yoyChange === undefined && o.statedChange === undefined,
      },
    ];
  });
}

export type PlanRow = {
  id: string;
  scope: Scope['level'];
  indicator: Indicator;
  share: number;
  asOf: string | undefined;
  observation: Observation;
};

/** National documents and meetings with a share of the annual plan, provinces first. */
export function selectPlanCompletion(ds: Dataset): PlanRow[] {
  const index = indexDataset(ds);
  return ds.observations
    .filter((o) => isNationalScope(o) && o.planShare !== undefined)
    .flatMap((o) => {
      const indicator = index.indicator(o.indicator);
      if (!indicator || (indicator.category !== 'documents' && indicator.category !== 'meetings')) return [];
      return [
        {
          id: o.id,
          scope: o.scope.level,
          indicator,
          share: o.planShare!,
          asOf: o.period.asOf,
          observation: o,
        },
      ];
    })
    .sort(byScopeThenCategory);
}

export type YoyRow = {
  id: string;
  scope: Scope['level'];
  indicator: Indicator;
  /** Year-on-year change in percent as stated (negative = a fall). */
  change: number;
  observation: Observation;
};

/** National documents and meetings with a stated year-on-year change. */
export function selectYoyChanges(ds: Dataset): YoyRow[] {
  const index = indexDataset(ds);
  return ds.observations
    .filter((o) => isNationalScope(o) && o.yoyChange !== undefined)
    .flatMap((o) => {
      const indicator = index.indicator(o.indicator);
      if (!indicator || (indicator.category !== 'documents' && indicator.category !== 'meetings')) return [];
      return [{ id: o.id, scope: o.scope.level, indicator, change: o.yoyChange!, observation: o }];
    })
    .sort(byScopeThenCategory);
}

export type ReductionRow = {
  id: string;
  indicator: Indicator;
  observation: Observation;
  /** From the datum's own counts, one decimal; null without a baseline. */
  computed: number | null;
  /** What the source says, if it says a percentage. */
  stated: number | null;
  /** Points between stated and computed; set only where the datum is flagged inconsistent. */
  gap: number | null;
};

/** National inspection items and other reductions, each with its stated and computed change. */
export function selectOtherReductions(ds: Dataset): ReductionRow[] {
  const index = indexDataset(ds);
  return ds.observations
    .filter((o) => isNationalScope(o))
    .flatMap((o) => {
      const indicator = index.indicator(o.indicator);
      if (!indicator || (indicator.category !== 'inspections' && indicator.category !== 'other-reductions'))
        return [];
      const c = computedChange(o);
      const computed = c === null ? null : round1(c);
      const stated = o.statedChange ?? o.yoyChange ?? null;
      const gap =
        o.inconsistent && computed !== null && stated !== null ? round1(Math.abs(stated - computed)) : null;
      return [{ id: o.id, indicator, observation: o, computed, stated, gap }];
    });
}

/** National discipline and survey figures. */
export function selectAccountability(ds: Dataset): { indicator: Indicator; observation: Observation }[] {
  const index = indexDataset(ds);
  return ds.observations.filter(isNationalScope).flatMap((o) => {
    const indicator = index.indicator(o.indicator);
    if (!indicator || (indicator.category !== 'discipline' && indicator.category !== 'survey')) return [];
    return [{ indicator, observation: o }];
  });
}

const SCOPE_ORDER: Record<string, number> = { 'provinces-aggregate': 0, 'central-organs': 1, national: 2 };
const CATEGORY_ORDER: Record<string, number> = { documents: 0, meetings: 1 };

function byScopeThenCategory(
  a: { scope: Scope['level']; indicator: Indicator },
  b: { scope: Scope['level']; indicator: Indicator },
): number {
  return (
    (SCOPE_ORDER[a.scope] ?? 9) - (SCOPE_ORDER[b.scope] ?? 9) ||
    (CATEGORY_ORDER[a.indicator.category] ?? 9) - (CATEGORY_ORDER[b.indicator.category] ?? 9)
  );
}

/** The row with the lowest share of plan (ties: the first in display order). */
export function lowestShare(rows: readonly PlanRow[]): PlanRow | undefined {
  return rows.reduce<PlanRow | undefined>((low, r) => (!low || r.share < low.share ? r : low), undefined);
}

/** The row with the steepest fall (most negative change). */
export function steepestFall(rows: readonly YoyRow[]): YoyRow | undefined {
  return rows.reduce<YoyRow | undefined>((low, r) => (!low || r.change < low.change ? r : low), undefined);
}
