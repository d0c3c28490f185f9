import { describe, expect, it } from 'vitest';
import {
  INVENTED_DATASET as published,
  inventedObservation as obs,
} from '../../data/fixtures/invented-dataset';
import type { Observation } from '../../data/schema';
import { DEFAULT_URL_STATE } from '../../state/url-state';
import {
  clampSlide,
  deckFilters,
  fitScale,
  stampSpan,
  normalizeOrder,
  selectLocalReductions,
  sourceDateRange,
  sourcesOf,
  SLIDE_IDS,
  visibleSlides,
} from './selectors';

// On the invented fixture (src/data/fixtures/invented-dataset.ts): no figure here is real.
const filters = (f: Partial<typeof DEFAULT_URL_STATE>) => ({ ...DEFAULT_URL_STATE, ...f });

describe('normalizeOrder', () => {
  it('keeps a stored order and appends slides it lacks', () => {
    expect(normalizeOrder(['sources', 'title'])).toEqual([
      'sources',
      'title',
      ...SLIDE_IDS.filter((id) => id !== 'sources' && id !== 'title'),
    ]);
  });
  it('drops unknown and repeated ids; junk gives the default order', () => {
    expect(normalizeOrder(['plan', 'nope', 'plan', 3])).toEqual([
      'plan',
      ...SLIDE_IDS.filter((id) => id !== 'plan'),
    ]);
    expect(normalizeOrder('junk')).toEqual([...SLIDE_IDS]);
    expect(normalizeOrder(undefined)).toEqual([...SLIDE_IDS]);
  });
});

describe('visibleSlides', () => {
  it('keeps the order, leaving out hidden slides and slides without data', () => {
    const available = new Set(SLIDE_IDS.filter((id) => id !== 'cases'));
    expect(visibleSlides(['sources', 'plan', 'cases', 'title'], ['title'], available)).toEqual([
      'sources',
      'plan',
    ]);
  });
});

describe('clampSlide', () => {
  it('keeps a slide number inside the deck; none is the first', () => {
    expect(clampSlide(null, 9)).toBe(1);
    expect(clampSlide(3, 9)).toBe(3);
    expect(clampSlide(42, 9)).toBe(9);
    expect(clampSlide(0, 9)).toBe(1);
    expect(clampSlide(5, 0)).toBe(1);
  });
});

describe('deckFilters', () => {
  it('keeps province and year, drops category, search and slide', () => {
    expect(
      deckFilters(filters({ provinces: ['620000'], year: 2024, category: 'meetings', query: 'x', slide: 4 })),
    ).toEqual(filters({ provinces: ['620000'], year: 2024 }));
  });
});

describe('selectLocalReductions', () => {
  it('ranks local falls computed from before and after, largest first, at most six', () => {
    // A seventh local fall (50 → 45, −10%) is the smallest, so it is the one left out.
    const seventh = { ...obs('hubei-village-items-2024'), id: 'hubei-extra-2024', value: 45 };
    const rows = selectLocalReductions(
      { ...published, observations: [...published.observations, seventh] },
      DEFAULT_URL_STATE,
    );
    expect(rows.map((r) => r.observation.id)).toEqual([
      'shanxi-inspection-visits-2019',
      'jiangsu-meeting-round-days-2021',
      'gansu-provincial-projects-2024',
      'jiangsu-media-accounts-2021',
      'jiangsu-village-certificates-2024',
      'hubei-village-items-2024',
    ]);
    expect(rows[0]!.change).toBeCloseTo(-80, 5);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.change).toBeGreaterThanOrEqual(rows[i - 1]!.change);
    // Never a national figure, never one without both counts.
    for (const r of rows) {
      expect(r.observation.scope.provinceCode).toBeDefined();
      expect(r.observation.baseline).toBeDefined();
    }
  });
  it('follows the province and year filters', () => {
    const gansu = selectLocalReductions(published, filters({ provinces: ['620000'] }));
    expect(gansu.map((r) => r.observation.id)).toEqual(['gansu-provincial-projects-2024']);
    expect(selectLocalReductions(published, filters({ year: 2021 })).map((r) => r.observation.id)).toEqual([
      'jiangsu-meeting-round-days-2021',
      'jiangsu-media-accounts-2021',
    ]);
    // 2020 has a local fall the source states, but none computed from two counts.
    expect(selectLocalReductions(published, filters({ year: 2020 }))).toEqual([]);
  });
  it('ignores the category filter (the deck is not narrowed by it)', () => {
    expect(selectLocalReductions(published, filters({ category: 'survey' }))).toHaveLength(6);
  });
});

describe('stampSpan', () => {
  it('gives the date where every figure is of one year and dated the same day', () => {
    expect(stampSpan([obs('provinces-documents-2020'), obs('discipline-cases-2020')])).toEqual({
      kind: 'date',
      iso: '2020-11-30',
    });
  });
  it('claims no date for a figure given only by year', () => {
    expect(stampSpan([obs('central-inspection-items-2020'), obs('provinces-documents-2020')])).toEqual({
      kind: 'year',
      year: 2020,
      dates: ['2020-11-30'],
      undated: true,
    });
    expect(stampSpan([obs('central-inspection-items-2020')])).toEqual({
      kind: 'year',
      year: 2020,
      dates: [],
      undated: true,
    });
  });
  it('lists every date where figures of one year are dated differently', () => {
    expect(stampSpan([obs('discipline-cases-2020'), obs('survey-burden-easing-2020')])).toEqual({
      kind: 'year',
      year: 2020,
      dates: ['2020-09', '2020-11-30'],
      undated: false,
    });
  });
  it('spans the years where figures come from several; null for none', () => {
    expect(stampSpan([obs('gansu-provincial-projects-2024'), obs('provinces-documents-2020')])).toEqual({
      kind: 'years',
      from: 2020,
      to: 2024,
    });
    expect(stampSpan([] as Observation[])).toBeNull();
  });
});

describe('sources', () => {
  it('lists each cited source once, in dataset order', () => {
    const cited = sourcesOf(published, [
      obs('hubei-village-items-2024'),
      obs('provinces-documents-2020'),
      obs('gansu-meetings-2024'),
    ]);
    expect(cited.map((s) => s.id)).toEqual(['s101', 's103']);
  });
  it('gives the first and last publication dates', () => {
    expect(sourceDateRange(published.sources)).toEqual({ from: '2020-06-11', to: '2024-09' });
    expect(sourceDateRange([])).toBeNull();
  });
});

describe('fitScale', () => {
  it('fits 16:9 without stretching, letterboxed on the short side', () => {
    expect(fitScale(1920, 1080)).toBe(1);
    expect(fitScale(1280, 1024)).toBeCloseTo(1280 / 1920);
    expect(fitScale(3840, 1600)).toBeCloseTo(1600 / 1080);
    expect(fitScale(0, 100)).toBe(1);
  });
});
