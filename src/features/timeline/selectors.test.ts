import { describe, expect, it } from 'vitest';
import { INVENTED_DATASET as published, inventedObservation } from '../../data/fixtures/invented-dataset';
import type { Observation, PolicyEvent } from '../../data/schema';
import { DEFAULT_URL_STATE } from '../../state/url-state';
import { translator } from '../../i18n/i18n';
import {
  assignPeriods,
  dayOf,
  observationDay,
  primaryFigure,
  selectTimeline,
  timelineProvenance,
} from './selectors';
import { figureText, placeText } from './figure-text';

// On the invented fixture (src/data/fixtures/invented-dataset.ts): no figure or event here is real.
const zh = translator('zh-CN');
const en = translator('en');

function event(id: string, date: string): PolicyEvent {
  return {
    id,
    date,
    kind: 'notice',
    issuer: { 'zh-CN': 'x', en: 'x' },
    summary: { 'zh-CN': 'x', en: 'x' },
    source: 's001',
    quote: 'xxxx',
  };
}

function obs(id: string, period: Observation['period'], national = false): Observation {
  return {
    id,
    indicator: 'documents',
    scope: national ? { level: 'national' } : { level: 'province', provinceCode: '620000' },
    period,
    value: 1,
    source: 's001',
    quote: 'xxxx',
  };
}

const ids = (os: readonly Observation[]) => os.map((o) => o.id);

describe('dates', () => {
  it('reads a bare month as its first day when it opens a period and its last when it closes a count', () => {
    expect(dayOf('2020-02', 'start')).toBe('2020-02-01');
    expect(dayOf('2020-02', 'end')).toBe('2020-02-29');
    expect(dayOf('2019-02', 'end')).toBe('2019-02-28');
    expect(dayOf('2020-06-03', 'start')).toBe('2020-06-03');
  });
  it('dates a figure by its 截至 date, or by the end of its year', () => {
    expect(observationDay(obs('a', { year: 2020, asOf: '2020-11' }))).toBe('2020-11-30');
    expect(observationDay(obs('a', { year: 2020, asOf: '2020-11-15' }))).toBe('2020-11-15');
    expect(observationDay(obs('a', { year: 2019 }))).toBe('2019-12-31');
  });
});

describe('assignPeriods', () => {
  const events = [event('b', '2020-06-03'), event('a', '2019-03'), event('c', '2024-08')];

  it('runs each event to the next one, the last to the end of the data, in date order', () => {
    const { periods } = assignPeriods(events, []);
    expect(periods.map((p) => [p.event.id, p.until])).toEqual([
      ['a', '2020-06-03'],
      ['b', '2024-08'],
      ['c', null],
    ]);
  });

  it('puts every figure in exactly one period, or before the first event', () => {
    const figures = [
      obs('2018', { year: 2018 }),
      obs('2019-mar', { year: 2019, asOf: '2019-03-01' }),
      obs('2019', { year: 2019 }),
      obs('2020-jun-2', { year: 2020, asOf: '2020-06-02' }),
      obs('2020-jun', { year: 2020, asOf: '2020-06' }),
      obs('2020', { year: 2020 }),
      obs('2024', { year: 2024 }),
      obs('2030', { year: 2030 }),
    ];
    const { periods, before } = assignPeriods(events, figures);
    expect(ids(before)).toEqual(['2018']);
    expect(periods.map((p) => ids(p.observations))).toEqual([
      ['2019-mar', '2019', '2020-jun-2'],
      ['2020-jun', '2020'],
      ['2024', '2030'],
    ]);
    const placed = [...before, ...periods.flatMap((p) => p.observations)];
    expect(placed).toHaveLength(figures.length);
  });

  it('lists national figures first, then by date, keeping ties in dataset order', () => {
    const figures = [
      obs('local-late', { year: 2019 }),
      obs('local-early-1', { year: 2019, asOf: '2019-05' }),
      obs('national', { year: 2019 }, true),
      obs('local-early-2', { year: 2019, asOf: '2019-05' }),
    ];
    const { periods } = assignPeriods([event('a', '2019-03')], figures);
    expect(ids(periods[0]!.observations)).toEqual([
      'national',
      'local-early-1',
      'local-early-2',
      'local-late',
    ]);
  });

  it('gives the earlier of two same-day events an empty period', () => {
    const { periods } = assignPeriods(
      [event('a', '2020-01'), event('b', '2020-01')],
      [obs('x', { year: 2020, asOf: '2020-01-15' })],
    );
    expect(periods.map((p) => ids(p.observations))).toEqual([[], ['x']]);
  });

  it('copes with no events: everything is before', () => {
    const { periods, before } = assignPeriods([], [obs('x', { year: 2020 })]);
    expect(periods).toEqual([]);
    expect(ids(before)).toEqual(['x']);
  });
});

describe('selectTimeline on a dataset', () => {
  it('shows the four measures from 2019-03 to 2024-08 and accounts for every figure', () => {
    const { periods, before, summary } = selectTimeline(published, DEFAULT_URL_STATE);
    expect(periods.map((p) => p.event.date)).toEqual(['2019-03', '2020-06-03', '2020-12', '2024-08']);
    expect(summary).toMatchObject({ from: '2019-03', to: '2024-08', events: 4 });
    expect(summary.kinds).toEqual([
      { kind: 'notice', count: 1 },
      { kind: 'review', count: 1 },
      { kind: 'meeting', count: 1 },
      { kind: 'regulation', count: 1 },
    ]);
    expect(summary.figures + summary.before).toBe(published.observations.length);
    expect(summary).toMatchObject({ figures: 20, before: 1, national: 11, local: 9 });
    expect(summary.national + summary.local).toBe(summary.figures);
    expect(summary.before).toBe(before.length);
    // The 2018 figure predates the first notice.
    expect(ids(before)).toEqual(['jiangsu-documents-2018']);
  });

  it('links the 2020 review to the figures for 2020, and the 2024 regulation to 2024’s', () => {
    const { periods } = selectTimeline(published, DEFAULT_URL_STATE);
    const byId = new Map(periods.map((p) => [p.event.id, ids(p.observations)]));
    expect(byId.get('2020-12-review')).toContain('central-inspection-items-2020');
    expect(byId.get('2020-06-meeting')).toContain('provinces-documents-2020'); // to end of November 2020
    expect(byId.get('2024-08-regulation')).toContain('gansu-provincial-projects-2024');
    expect(byId.get('2019-03-notice')).toEqual(['shanxi-inspection-visits-2019']);
  });

  it('narrows events and figures by year, without moving a figure to another period', () => {
    const all = selectTimeline(published, DEFAULT_URL_STATE);
    const y2020 = selectTimeline(published, { ...DEFAULT_URL_STATE, year: 2020 });
    expect(y2020.periods.map((p) => p.event.id)).toEqual(['2020-06-meeting', '2020-12-review']);
    for (const p of y2020.periods) {
      expect(p.observations.every((o) => o.period.year === 2020)).toBe(true);
      const unfiltered = all.periods.find((q) => q.event === p.event)!;
      expect(p.observations.every((o) => unfiltered.observations.includes(o))).toBe(true);
    }
    // The 2021 figures in the 2020-12 period are not 2020 figures.
    const review = all.periods.find((p) => p.event.id === '2020-12-review')!;
    expect(ids(review.observations)).toContain('jiangsu-media-accounts-2021');
    expect(ids(y2020.periods[1]!.observations)).not.toContain('jiangsu-media-accounts-2021');
    expect(y2020.before).toEqual([]);
    expect(y2020.summary).toMatchObject({ from: '2020-06-03', to: '2020-12', events: 2, before: 0 });
  });

  it('leaves no event for a year without one', () => {
    const t = selectTimeline(published, { ...DEFAULT_URL_STATE, year: 2022 });
    expect(t.periods).toEqual([]);
    expect(t.summary).toMatchObject({ from: null, to: null, events: 0, figures: 0 });
  });

  it('keeps every event under a province or category filter, narrowing only the figures', () => {
    const gansu = selectTimeline(published, { ...DEFAULT_URL_STATE, provinces: ['620000'] });
    expect(gansu.periods).toHaveLength(4);
    const figures = gansu.periods.flatMap((p) => p.observations);
    expect(ids(figures)).toEqual([
      'gansu-provincial-projects-2024',
      'gansu-meetings-2024',
      'gansu-chat-groups-closed-2024',
    ]);
    expect(gansu.summary).toMatchObject({ national: 0, local: figures.length });

    const discipline = selectTimeline(published, { ...DEFAULT_URL_STATE, category: 'discipline' });
    expect(discipline.periods).toHaveLength(4);
    expect(discipline.summary.figures).toBe(2);
  });
});

describe('compact figure text', () => {
  const byId = inventedObservation;

  it('leads with the value and its before-value, else the change, else the share of plan', () => {
    expect(primaryFigure(byId('central-inspection-items-2020'))).toMatchObject({ type: 'value', value: 60 });
    expect(primaryFigure(byId('provinces-documents-2020'))).toMatchObject({ type: 'change', yoy: true });
    expect(primaryFigure({ ...byId('provinces-documents-2020'), yoyChange: undefined })).toEqual({
      type: 'share',
      value: 81.2,
    });
  });

  it('writes the figure in each locale', () => {
    const central = byId('central-inspection-items-2020');
    expect(figureText(central, 'items', zh, 'zh-CN')).toBe('80项 → 60项');
    expect(figureText(byId('provinces-documents-2020'), 'count', zh, 'zh-CN')).toBe('同比下降21.6%');
    expect(figureText(byId('hubei-inspection-items-2020'), 'items', zh, 'zh-CN')).toBe('下降60%以上');
    expect(figureText(byId('discipline-cases-2020'), 'count', zh, 'zh-CN')).toBe('5.2万个');
    expect(figureText(byId('provinces-documents-2020'), 'count', en, 'en')).toBe('down 21.6% year on year');
  });

  it('names the place: the named place, else the province, else the national scope', () => {
    expect(placeText(byId('hubei-inspection-items-2020'), zh, 'zh-CN')).toBe('东湖市青石县');
    expect(placeText(byId('gansu-provincial-projects-2024'), zh, 'zh-CN')).toBe('甘肃省');
    expect(placeText(byId('provinces-documents-2020'), zh, 'zh-CN')).toBe('各省区市');
    expect(placeText(byId('provinces-documents-2020'), en, 'en')).toBe('Provinces');
  });
});

describe("timelineProvenance (the embedded timeline's stamp and sources)", () => {
  const of = (filters = DEFAULT_URL_STATE) =>
    timelineProvenance(selectTimeline(published, filters), published);
  it("is the last measure's date where its figures are older", () => {
    expect(of({ ...DEFAULT_URL_STATE, year: 2020 }).asOf).toEqual({ kind: 'date', iso: '2020-12' });
  });
  it("is the figures' year where they reach past the last measure and print no day", () => {
    expect(of().asOf).toEqual({ kind: 'year', year: 2024 });
  });
  it('cites the sources of the measures and figures shown, each once', () => {
    expect(of({ ...DEFAULT_URL_STATE, year: 2020 }).sources.map((s) => s.id)).toEqual(['s101', 's102']);
  });
  it('is nothing for an empty timeline', () => {
    expect(of({ ...DEFAULT_URL_STATE, year: 2022 })).toEqual({ asOf: null, sources: [] });
  });
});
