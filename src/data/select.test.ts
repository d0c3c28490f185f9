import { describe, expect, it } from 'vitest';
import { INVENTED_DATASET as ds } from './fixtures/invented-dataset';
import {
  countByProvince,
  datasetYears,
  filterEvents,
  filterObservations,
  isNationalScope,
  nationalDataset,
  type ObservationFilters,
} from './select';

const NO_FILTERS: ObservationFilters = { provinces: [], year: null, category: null, query: '' };

// On the invented fixture (fixtures/invented-dataset.ts): no figure here is real.

describe('filterObservations', () => {
  it('keeps everything with no filter', () => {
    expect(filterObservations(ds, NO_FILTERS)).toHaveLength(ds.observations.length);
  });
  it('narrows to a province’s local figures, with national ones only when asked', () => {
    const gansu = filterObservations(ds, { ...NO_FILTERS, provinces: ['620000'] });
    expect(gansu.map((o) => o.id)).toEqual([
      'gansu-provincial-projects-2024',
      'gansu-meetings-2024',
      'gansu-chat-groups-closed-2024',
    ]);
    const withNational = filterObservations(
      ds,
      { ...NO_FILTERS, provinces: ['620000'] },
      { keepNational: true },
    );
    expect(withNational.some((o) => o.id === 'provinces-documents-2020')).toBe(true);
    expect(withNational.length).toBeGreaterThan(gansu.length);
  });
  it('combines province, year and category', () => {
    const rows = filterObservations(ds, {
      ...NO_FILTERS,
      provinces: ['420000', '620000'],
      year: 2024,
      category: 'other-reductions',
    });
    expect(rows.map((o) => o.id)).toEqual([
      'hubei-village-items-2024',
      'gansu-provincial-projects-2024',
      'gansu-chat-groups-closed-2024',
    ]);
  });
  it('can leave nothing (a province with no figures)', () => {
    expect(filterObservations(ds, { ...NO_FILTERS, provinces: ['110000'] })).toEqual([]);
  });
});

describe('years, events and counts', () => {
  it('lists the years in order', () => {
    expect(datasetYears(ds)).toEqual([2018, 2019, 2020, 2021, 2024]);
  });
  it('filters events by year only', () => {
    expect(filterEvents(ds, { ...NO_FILTERS, year: 2020 }).map((e) => e.id)).toEqual([
      '2020-06-meeting',
      '2020-12-review',
    ]);
    expect(filterEvents(ds, { ...NO_FILTERS, provinces: ['620000'] })).toHaveLength(ds.events.length);
  });
  it('counts local figures per province, ignoring the province filter itself', () => {
    const counts = countByProvince(ds, { ...NO_FILTERS, provinces: ['620000'] });
    expect(Object.fromEntries(counts)).toEqual({ '140000': 1, '320000': 4, '420000': 2, '620000': 3 });
    expect(Object.fromEntries(countByProvince(ds, { ...NO_FILTERS, year: 2024 }))).toEqual({
      '320000': 1,
      '420000': 1,
      '620000': 3,
    });
  });
});

describe('national figures: one definition', () => {
  const levels = (o: { scope: { level: string } }) => o.scope.level;
  it('is every figure of the provinces together, the central organs or the country, and nothing local', () => {
    const national = ds.observations.filter(isNationalScope);
    expect(new Set(national.map(levels))).toEqual(
      new Set(['provinces-aggregate', 'central-organs', 'national']),
    );
    expect(ds.observations.filter((o) => !isNationalScope(o)).every((o) => o.scope.provinceCode)).toBe(true);
  });
  it('is narrowed by year and category, never by a province, and counts the local figures beside it', () => {
    const all = nationalDataset(ds, NO_FILTERS);
    const gansu = nationalDataset(ds, { ...NO_FILTERS, provinces: ['620000'] });
    expect(gansu.observations).toEqual(all.observations);
    expect(all.localCount).toBe(ds.observations.length - all.observations.length);
    const year = all.observations[0]!.period.year;
    const inYear = nationalDataset(ds, { ...NO_FILTERS, year });
    expect(inYear.observations.every((o) => o.period.year === year)).toBe(true);
    expect(inYear.localCount).toBe(
      ds.observations.filter((o) => o.period.year === year && !isNationalScope(o)).length,
    );
  });
  it('does not take a local figure without a province code for a national one', () => {
    const county = { ...ds.observations.find((o) => !isNationalScope(o))! };
    const unnamed = {
      ...county,
      scope: { level: 'county' as const, place: { 'zh-CN': '某县', en: 'a county' } },
    };
    expect(isNationalScope(unnamed)).toBe(false);
  });
});
