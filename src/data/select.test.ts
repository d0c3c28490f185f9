import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetSchema } from './schema';
import {
  countByProvince,
  datasetYears,
  filterEvents,
  filterObservations,
  type ObservationFilters,
} from './select';

const NO_FILTERS: ObservationFilters = { provinces: [], year: null, category: null, query: '' };

const ds = datasetSchema.parse(
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../public/data/dataset.json'), 'utf8')),
);

describe('filterObservations', () => {
  it('keeps everything with no filter', () => {
    expect(filterObservations(ds, NO_FILTERS)).toHaveLength(ds.observations.length);
  });
  it('narrows to a province’s local figures, with national ones only when asked', () => {
    const gansu = filterObservations(ds, { ...NO_FILTERS, provinces: ['620000'] });
    expect(gansu.length).toBeGreaterThan(0);
    expect(gansu.every((o) => o.scope.provinceCode === '620000')).toBe(true);
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
    expect(rows.length).toBeGreaterThan(0);
    expect(
      rows.every((o) => ['420000', '620000'].includes(o.scope.provinceCode!) && o.period.year === 2024),
    ).toBe(true);
  });
  it('can leave nothing (a province with no figures)', () => {
    expect(filterObservations(ds, { ...NO_FILTERS, provinces: ['110000'] })).toEqual([]);
  });
});

describe('years, events and counts', () => {
  it('lists the years in order', () => {
    const years = datasetYears(ds);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(years).toContain(2019);
    expect(years).toContain(2024);
  });
  it('filters events by year only', () => {
    expect(filterEvents(ds, { ...NO_FILTERS, year: 2020 }).every((e) => e.date.startsWith('2020'))).toBe(
      true,
    );
    expect(filterEvents(ds, { ...NO_FILTERS, provinces: ['620000'] })).toHaveLength(ds.events.length);
  });
  it('counts local figures per province, ignoring the province filter itself', () => {
    const counts = countByProvince(ds, { ...NO_FILTERS, provinces: ['620000'] });
    expect(counts.get('620000')).toBeGreaterThan(0);
    expect(counts.get('420000')).toBeGreaterThan(0);
    expect(counts.has('110000')).toBe(false);
  });
});
