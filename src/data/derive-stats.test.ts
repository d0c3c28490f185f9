import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROVINCES } from './provinces';
import { COUNT_KEYS, type CountKey } from './stats-columns';
import {
  previousOf,
  provinceFigure,
  provincePlanCompletion,
  provinceValues,
  provinceYoy,
  provinceYoyFigure,
  rowPlanShare,
  rowYoy,
  shareOfPlan,
  totals,
  trend,
} from './derive-stats';
import type { StatsRow } from './stats-schema';

const GS = '620000';
const HB = '420000';
const HN = '430000';

let nextLine = 2;
function row(fields: Partial<StatsRow> & Pick<StatsRow, 'province' | 'year'>): StatsRow {
  return { line: nextLine++, ...fields };
}

describe('shareOfPlan', () => {
  it('is actual ÷ plan in percent', () => {
    expect(shareOfPlan(90, 120)).toBe(75);
    expect(shareOfPlan(0, 5)).toBe(0);
  });
  it('is null for a plan of 0, never Infinity or NaN', () => {
    expect(shareOfPlan(5, 0)).toBeNull();
    expect(shareOfPlan(0, 0)).toBeNull();
    fc.assert(
      fc.property(fc.double(), fc.double(), (actual, plan) => {
        const share = shareOfPlan(actual, plan);
        expect(share === null || Number.isFinite(share)).toBe(true);
      }),
    );
  });
});

describe('previousOf and rowYoy', () => {
  const a2023 = row({ province: GS, year: 2023, documents: 100, meetings: 40 });
  const a2024 = row({ province: GS, year: 2024, documents: 80, meetings: 50, meetingsPrev: 25 });
  const rows = [a2023, a2024];

  it("takes last year's column where filled, else the place's row for the year before", () => {
    expect(previousOf(rows, a2024, 'meetings')).toEqual({ value: 25, lines: [a2024.line] });
    expect(previousOf(rows, a2024, 'documents')).toEqual({ value: 100, lines: [a2023.line] });
    expect(previousOf(rows, a2023, 'documents')).toEqual({ value: null, lines: [] });
  });

  it('computes (this − last) ÷ last, with the lines used', () => {
    expect(rowYoy(rows, a2024, 'documents')).toEqual({
      value: 80,
      previous: 100,
      change: -20,
      lines: [a2023.line, a2024.line],
      places: 1,
      placesCompared: 1,
    });
    expect(rowYoy(rows, a2024, 'meetings').change).toBe(100);
  });

  it('is null without last year, or where last year is 0', () => {
    expect(rowYoy(rows, a2023, 'documents').change).toBeNull();
    const zero = [
      row({ province: HB, year: 2023, documents: 0 }),
      row({ province: HB, year: 2024, documents: 3 }),
    ];
    expect(rowYoy(zero, zero[1]!, 'documents')).toMatchObject({ value: 3, previous: 0, change: null });
  });

  it('does not match a county to the province row of the year before', () => {
    const mixed = [
      row({ province: GS, year: 2023, documents: 10 }),
      row({ province: GS, county: '城关区', year: 2024, documents: 5 }),
    ];
    expect(rowYoy(mixed, mixed[1]!, 'documents').change).toBeNull();
  });
});

describe('rowPlanShare', () => {
  it('needs both the count and its plan', () => {
    const r = row({ province: GS, year: 2024, documents: 45, documentsPlanned: 50, meetings: 3 });
    expect(rowPlanShare(r, 'documents')).toEqual({ actual: 45, plan: 50, share: 90, lines: [r.line] });
    expect(rowPlanShare(r, 'meetings')).toEqual({ actual: null, plan: null, share: null, lines: [] });
  });
});

describe('province figures never count a place twice', () => {
  const rows = [
    row({ province: GS, year: 2024, documents: 1000 }),
    row({ province: GS, city: '兰州市', year: 2024, documents: 400, meetings: 30 }),
    row({
      province: GS,
      city: '兰州市',
      county: '城关区',
      year: 2024,
      documents: 100,
      meetings: 10,
      inspections: 4,
    }),
    row({
      province: GS,
      city: '兰州市',
      county: '七里河区',
      year: 2024,
      documents: 90,
      meetings: 12,
      inspections: 6,
    }),
    row({ province: GS, city: '天水市', county: '秦州区', year: 2024, meetings: 7, inspections: 2 }),
    row({ province: GS, county: '某县', year: 2024, meetings: 1 }),
  ];

  it("uses the province's own row where it has the figure", () => {
    expect(provinceFigure(rows, GS, 2024, 'documents')).toEqual({ value: 1000, lines: [rows[0]!.line] });
  });
  it('else each city row, or that city’s counties, plus counties without a city', () => {
    expect(provinceFigure(rows, GS, 2024, 'meetings')).toEqual({
      value: 30 + 7 + 1,
      lines: [rows[1]!.line, rows[4]!.line, rows[5]!.line],
    });
    expect(provinceFigure(rows, GS, 2024, 'inspections').value).toBe(4 + 6 + 2);
  });
  it('is null where no row has the figure', () => {
    expect(provinceFigure(rows, GS, 2024, 'workGroups')).toEqual({ value: null, lines: [] });
    expect(provinceFigure(rows, HB, 2024, 'documents')).toEqual({ value: null, lines: [] });
  });
});

const PLACES = PROVINCES.slice(0, 6).map((p) => p.code);

/** Rows of one level (all province rows, or all county rows), unique per place and year. */
const levelRows = (level: 'province' | 'county') =>
  fc
    .uniqueArray(
      fc.record({
        province: fc.constantFrom(...PLACES),
        county: fc.integer({ min: 1, max: 4 }),
        year: fc.integer({ min: 2019, max: 2024 }),
        documents: fc.option(fc.nat({ max: 100000 }), { nil: undefined }),
        documentsPlanned: fc.option(fc.integer({ min: 1, max: 100000 }), { nil: undefined }),
        meetings: fc.nat({ max: 100000 }),
        meetingsPlanned: fc.option(fc.integer({ min: 1, max: 100000 }), { nil: undefined }),
      }),
      { selector: (r) => `${r.province}|${level === 'county' ? r.county : 0}|${r.year}`, maxLength: 60 },
    )
    .map((list) =>
      list.map(({ county, ...r }, i): StatsRow => {
        const out: StatsRow = { line: i + 2, ...r };
        if (level === 'county') out.county = `县${county}`;
        for (const k of COUNT_KEYS) if (out[k] === undefined) delete out[k];
        return out;
      }),
    );

const anyLevelRows = fc.oneof(levelRows('province'), levelRows('county'));

describe('properties', () => {
  it('a province figure is the sum of its rows (one level)', () => {
    fc.assert(
      fc.property(anyLevelRows, fc.constantFrom<CountKey>('documents', 'meetings'), (rows, count) => {
        for (const p of PLACES)
          for (let year = 2019; year <= 2024; year += 1) {
            const mine = rows.filter((r) => r.province === p && r.year === year && r[count] !== undefined);
            const expected = mine.length ? mine.reduce((s, r) => s + (r[count] ?? 0), 0) : null;
            expect(provinceFigure(rows, p, year, count).value).toBe(expected);
          }
      }),
    );
  });

  it('the totals are the sums of all rows (one level)', () => {
    fc.assert(
      fc.property(anyLevelRows, (rows) => {
        const t = totals(rows);
        for (const k of COUNT_KEYS) {
          const mine = rows.filter((r) => r[k] !== undefined);
          expect(t[k]).toBe(mine.length ? mine.reduce((s, r) => s + (r[k] ?? 0), 0) : null);
        }
      }),
    );
  });

  it('share of plan is never NaN or Infinity, and is actual ÷ plan of the same rows', () => {
    fc.assert(
      fc.property(anyLevelRows, fc.integer({ min: 2019, max: 2024 }), (rows, year) => {
        for (const entry of provincePlanCompletion(rows, year))
          for (const f of [entry.documents, entry.meetings]) {
            if (f.share === null) continue;
            expect(Number.isFinite(f.share)).toBe(true);
            expect(f.share).toBeCloseTo(((f.actual ?? 0) / (f.plan ?? 1)) * 100, 9);
          }
      }),
    );
  });

  it('year on year of two identical years is 0 (or null where both are 0)', () => {
    fc.assert(
      fc.property(levelRows('province'), (base) => {
        const last = base.map((r) => ({ ...r, year: 2023 }));
        const unique = [...new Map(last.map((r) => [r.province, r])).values()];
        const rows = [...unique, ...unique.map((r, i) => ({ ...r, year: 2024, line: 1000 + i }))];
        for (const entry of provinceYoy(rows, 2024, 'meetings')) {
          if (entry.previous === 0) expect(entry.change).toBeNull();
          else expect(entry.change).toBe(0);
        }
      }),
    );
  });

  it('every change is finite or null', () => {
    fc.assert(
      fc.property(anyLevelRows, (rows) => {
        for (let year = 2019; year <= 2024; year += 1)
          for (const e of provinceYoy(rows, year, 'documents'))
            expect(e.change === null || Number.isFinite(e.change)).toBe(true);
      }),
    );
  });
});

describe('chart selectors', () => {
  const rows = [
    row({ province: GS, year: 2023, documents: 100, documentsPlanned: 120, meetings: 10 }),
    row({ province: GS, year: 2024, documents: 80, documentsPlanned: 100, meetings: 10 }),
    row({ province: HB, year: 2023, documents: 50 }),
    row({ province: HB, year: 2024, documents: 60, meetings: 5, meetingsPlanned: 4 }),
    row({ province: HN, year: 2024, documents: 7 }),
  ];

  it('provincePlanCompletion lists provinces with rows that year, by code', () => {
    expect(provincePlanCompletion(rows, 2024)).toEqual([
      {
        province: HB,
        documents: { actual: null, plan: null, share: null, lines: [] },
        meetings: { actual: 5, plan: 4, share: 125, lines: [rows[3]!.line] },
      },
      {
        province: HN,
        documents: { actual: null, plan: null, share: null, lines: [] },
        meetings: { actual: null, plan: null, share: null, lines: [] },
      },
      {
        province: GS,
        documents: { actual: 80, plan: 100, share: 80, lines: [rows[1]!.line] },
        meetings: { actual: null, plan: null, share: null, lines: [] },
      },
    ]);
  });

  it('provinceYoy ranks the largest fall first and leaves provinces without a change unranked, last', () => {
    expect(provinceYoy(rows, 2024, 'documents').map((e) => [e.province, e.change, e.rank])).toEqual([
      [GS, -20, 1],
      [HB, 20, 2],
      [HN, null, null],
    ]);
  });

  it('provinceYoyFigure says how many places were compared', () => {
    const counties = [
      row({ province: GS, county: 'a', year: 2023, meetings: 10 }),
      row({ province: GS, county: 'a', year: 2024, meetings: 5 }),
      row({ province: GS, county: 'b', year: 2024, meetings: 7 }),
    ];
    expect(provinceYoyFigure(counties, GS, 2024, 'meetings')).toMatchObject({
      value: 5,
      previous: 10,
      change: -50,
      places: 2,
      placesCompared: 1,
    });
  });

  it('trend gives each year of the file, each province and their total', () => {
    const points = trend(rows, [GS, HB], 'documents');
    expect(points.map((p) => [p.year, p.values[GS]?.value, p.values[HB]?.value, p.total.value])).toEqual([
      [2023, 100, 50, 150],
      [2024, 80, 60, 140],
    ]);
    expect(trend(rows, [], 'documents')[1]?.total.value).toBe(147);
    expect(trend(rows, [HN], 'documents')[0]?.total).toEqual({ value: null, lines: [] });
  });

  it('provinceValues gives the tile map only provinces with a value', () => {
    expect(provinceValues(rows, 2024, 'meetings')).toEqual([
      { province: HB, value: 5, lines: [rows[3]!.line] },
      { province: GS, value: 10, lines: [rows[1]!.line] },
    ]);
  });
});
