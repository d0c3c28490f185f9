import { describe, expect, it } from 'vitest';
import { INVENTED_DATASET } from './fixtures/invented-dataset';
import { datasetSchema, scopeSchema } from './schema';
import { filterObservations, isNationalScope, localOnlyYears } from './select';

// Invented places and regions (测试用): the shapes of the scopes, not real data.
const region = { 'zh-CN': '测试地区', en: 'Test region' };
const place = { 'zh-CN': '测试地区某县', en: 'a county in Test region (not named)' };
const issues = (scope: unknown) =>
  scopeSchema.safeParse(scope).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('scopeSchema: a place the source does not name', () => {
  it('accepts an unnamed county with only the region the source gives', () => {
    expect(issues({ level: 'county', unnamed: true, region, place })).toEqual([]);
  });

  it('accepts an unnamed county in a named province, the region being the named part below it', () => {
    const scope = { level: 'county', provinceCode: '140000', unnamed: true, region, place };
    expect(issues(scope)).toEqual([]);
  });

  it('accepts an unnamed province (南方某省) by its region', () => {
    expect(issues({ level: 'province', unnamed: true, region, place })).toEqual([]);
  });

  it('still needs a province code for a named local place', () => {
    expect(issues({ level: 'county', place })).toEqual([
      'provinceCode: a local scope needs provinceCode (or unnamed with its region)',
    ]);
  });

  it('needs the region and the source’s words for an unnamed place', () => {
    expect(issues({ level: 'county', unnamed: true, place })).toContain(
      'region: an unnamed place needs the region the source gives and the source’s words for it (place)',
    );
    expect(issues({ level: 'province', unnamed: true, region })).toContain(
      'region: an unnamed place needs the region the source gives and the source’s words for it (place)',
    );
  });

  it('takes a region only for an unnamed place, and unnamed only below the national levels', () => {
    expect(issues({ level: 'county', provinceCode: '140000', region, place })).toEqual([
      'region: region is for an unnamed place only',
    ]);
    expect(issues({ level: 'national', unnamed: true, region, place })).toEqual([
      'unnamed: only a local scope can be an unnamed place',
    ]);
  });
});

describe('an unnamed place is local, not national', () => {
  const unnamed = {
    ...INVENTED_DATASET.observations.find((o) => o.id === 'central-veto-items-2020')!,
    id: 'unnamed-county-veto-items-2020',
    scope: { level: 'county' as const, unnamed: true as const, region, place },
  };
  const ds = datasetSchema.parse({
    ...INVENTED_DATASET,
    observations: [...INVENTED_DATASET.observations, unnamed],
  });

  it('is not a national scope, with or without a province', () => {
    expect(isNationalScope(unnamed)).toBe(false);
    expect(isNationalScope({ ...unnamed, scope: { ...unnamed.scope, provinceCode: '140000' } })).toBe(false);
  });

  it('is kept with no province filter and left out by any province filter, even with national figures kept', () => {
    const none = { provinces: [], year: null, category: null, query: '' };
    expect(filterObservations(ds, none).map((o) => o.id)).toContain(unnamed.id);
    const chosen = { ...none, provinces: ['140000'] };
    expect(filterObservations(ds, chosen, { keepNational: true }).map((o) => o.id)).not.toContain(unnamed.id);
  });

  it('makes a year local-only when it is the year’s only figure', () => {
    const only = datasetSchema.parse({ ...ds, observations: [{ ...unnamed, period: { year: 2023 } }] });
    expect(localOnlyYears(only)).toEqual([2023]);
  });
});
