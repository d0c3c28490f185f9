import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROVINCES } from '../../data/provinces';
import { COUNT_KEYS } from '../../data/stats-columns';
import { createStatsDataset } from '../../data/stats-schema';
import { exportBackup, importBackup } from './backup';
import type { StatsDataset, StatsRow } from '../../data/stats-schema';

const rowArb = fc
  .record(
    {
      province: fc.constantFrom(...PROVINCES.map((p) => p.code)),
      city: fc.option(fc.string({ minLength: 1, maxLength: 8 }), { nil: undefined }),
      county: fc.option(fc.string({ minLength: 1, maxLength: 8 }), { nil: undefined }),
      year: fc.integer({ min: 2000, max: 2100 }),
      documents: fc.nat(),
      documentsPlanned: fc.option(fc.integer({ min: 1, max: 1e9 }), { nil: undefined }),
      meetings: fc.option(fc.nat(), { nil: undefined }),
      inspectionsPrev: fc.option(fc.nat(), { nil: undefined }),
      note: fc.option(fc.string({ minLength: 1 }), { nil: undefined }),
    },
    { requiredKeys: ['province', 'year', 'documents'] },
  )
  .map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)));

const datasetArb: fc.Arbitrary<StatsDataset> = fc
  .record({
    rows: fc.uniqueArray(rowArb, {
      selector: (r) =>
        `${String(r.province)}|${String(r.city ?? '')}|${String(r.county ?? '')}|${String(r.year)}`,
      maxLength: 40,
    }),
    name: fc.string({ minLength: 1 }),
    fileName: fc.string(),
    synthetic: fc.boolean(),
    loadedAt: fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
    id: fc.uuid(),
  })
  .map(({ rows, loadedAt, ...rest }) =>
    createStatsDataset({
      ...rest,
      loadedAt: loadedAt.toISOString(),
      rows: rows.map((r, i) => ({ line: i + 2, ...r }) as StatsRow),
    }),
  );

describe('backup', () => {
  it('round-trips any data set exactly', () => {
    fc.assert(
      fc.property(datasetArb, (dataset) => {
        expect(importBackup(exportBackup(dataset))).toEqual({ ok: true, dataset });
      }),
    );
  });

  it('writes the version, the kind and every row with its line', () => {
    const dataset = createStatsDataset({
      rows: [{ line: 7, province: '620000', year: 2024, meetings: 3 }],
      fileName: '甘肃.csv',
      id: 'x',
      loadedAt: '2025-01-01T00:00:00.000Z',
    });
    expect(JSON.parse(exportBackup(dataset))).toEqual({
      version: 1,
      kind: 'stats',
      id: 'x',
      name: '甘肃',
      fileName: '甘肃.csv',
      loadedAt: '2025-01-01T00:00:00.000Z',
      synthetic: false,
      rows: [{ line: 7, province: '620000', year: 2024, meetings: 3 }],
    });
  });

  it('refuses a tampered backup, naming the line of the bad row', () => {
    const dataset = createStatsDataset({
      rows: [
        { line: 2, province: '620000', year: 2024, meetings: 3 },
        { line: 3, province: '420000', year: 2024, meetings: 3 },
      ],
      fileName: 'a.csv',
    });
    const text = exportBackup(dataset).replace('"meetings": 3\n    }\n  ]', '"meetings": -3\n    }\n  ]');
    const result = importBackup(text);
    expect(result).toMatchObject({
      ok: false,
      problems: [{ code: 'backupInvalid', params: { path: 'rows.1.meetings' } }],
    });
    // The row's "{" is on the line before its "line" key: the 0-based index of that key is the 1-based "{".
    if (!result.ok)
      expect(result.problems[0]?.line).toBe(text.split('\n').findIndex((l) => l.includes('"line": 3')));
  });

  it('refuses a row without counts, a wrong version and dangerous keys', () => {
    const base = JSON.parse(
      exportBackup(createStatsDataset({ rows: [], fileName: 'a.csv', id: 'x' })),
    ) as StatsDataset;
    const bad = (value: unknown) => importBackup(JSON.stringify(value));
    expect(bad({ ...base, rows: [{ line: 2, province: '620000', year: 2024 }] }).ok).toBe(false);
    expect(bad({ ...base, version: 2 }).ok).toBe(false);
    expect(importBackup('{"__proto__": {"x": 1}}')).toMatchObject({
      ok: false,
      problems: [{ code: 'dangerousKey' }],
    });
    expect(importBackup('{')).toMatchObject({ ok: false, problems: [{ code: 'invalidJson' }] });
  });

  it('keeps every count key the schema knows', () => {
    const row = Object.fromEntries(COUNT_KEYS.map((k, i) => [k, i + 1])) as Partial<StatsRow>;
    const dataset = createStatsDataset({
      rows: [{ line: 2, province: '620000', year: 2024, ...row }],
      fileName: 'a',
    });
    expect(importBackup(exportBackup(dataset))).toEqual({ ok: true, dataset });
  });
});

describe('createStatsDataset', () => {
  it('names a data set after its file and stamps it', () => {
    const ds = createStatsDataset({ rows: [], fileName: '2024年统计.csv' });
    expect(ds.name).toBe('2024年统计');
    expect(ds.synthetic).toBe(false);
    expect(ds.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Date.parse(ds.loadedAt)).not.toBeNaN();
  });
});
