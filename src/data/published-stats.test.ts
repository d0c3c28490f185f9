import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLUMNS } from './stats-columns';
import { provincePlanCompletion, provinceYoy, trend } from './derive-stats';
import type { StatsRow } from './stats-schema';
import { PROVINCES } from './provinces';
import { mergeProvinceRows, readPublishedRows, splitForPublishing } from './published-stats';

/*
 * Invented rows (synthetic): the national summary must give every figure the charts show exactly as the
 * file's own rows do, and a province's file must bring back its rows as published.
 */

const row = (
  line: number,
  province: string,
  year: number,
  counts: Partial<StatsRow>,
  city?: string,
  county?: string,
): StatsRow => ({
  line,
  province,
  ...(city ? { city } : {}),
  ...(county ? { county } : {}),
  year,
  ...counts,
});

const COUNTY_ROWS: StatsRow[] = [
  row(2, '620000', 2023, { documents: 40, documentsPlanned: 50, meetings: 30 }, '兰州市', '示例县A'),
  row(3, '620000', 2024, { documents: 32, documentsPlanned: 45, meetings: 25 }, '兰州市', '示例县A'),
  row(4, '620000', 2023, { documents: 20, documentsPlanned: 25, meetings: 10 }, '天水市', '示例县B'),
  row(5, '620000', 2024, { documents: 18, documentsPlanned: 25, meetings: 9 }, '天水市', '示例县B'),
  row(6, '420000', 2023, { documents: 60, documentsPlanned: 70 }, '武汉市', '示例县C'),
  row(7, '420000', 2024, { documents: 50, documentsPlanned: 60 }, '武汉市', '示例县C'),
];

/** Everything the national view draws, from a set of rows. */
function figures(rows: readonly StatsRow[]) {
  return [2023, 2024].map((year) => ({
    plan: provincePlanCompletion(rows, year).map((p) => [p.province, p.documents.share, p.meetings.share]),
    yoy: provinceYoy(rows, year, 'documents').map((p) => [p.province, p.value, p.previous, p.change]),
    trend: trend(rows, [], 'meetings').map((p) => p.total.value),
  }));
}

describe('splitForPublishing', () => {
  it('sums each province and year in the summary, with the lines it stands for', () => {
    const { summary, provinces, keptWhole } = splitForPublishing(COUNTY_ROWS);
    expect(summary).toContainEqual({
      line: 3,
      sourceRows: 2,
      province: '620000',
      year: 2024,
      documents: 50,
      documentsPlanned: 70,
      meetings: 34,
    });
    expect(keptWhole).toEqual([]);
    expect([...provinces.keys()]).toEqual(['620000', '420000']);
    expect(figures(summary)).toEqual(figures(COUNTY_ROWS));
  });

  it('keeps a province whole where sums would change a figure (a county without last year)', () => {
    const rows = [
      ...COUNTY_ROWS,
      row(8, '420000', 2024, { documents: 9, documentsPlanned: 10 }, '武汉市', '示例县D'),
    ];
    const { summary, keptWhole } = splitForPublishing(rows);
    expect(keptWhole).toEqual(['420000']);
    expect(summary.filter((r) => r.province === '420000')).toHaveLength(3);
    expect(figures(summary)).toEqual(figures(rows));
  });

  it('publishes a province-level file as its summary alone', () => {
    const rows = [row(2, '620000', 2024, { documents: 1 }), row(3, '420000', 2024, { documents: 2 })];
    expect(splitForPublishing(rows)).toEqual({ summary: rows, provinces: new Map(), keptWhole: [] });
  });
});

describe('mergeProvinceRows', () => {
  it('replaces a loaded province’s summary rows with its own rows; the figures stay the same', () => {
    const { summary, provinces } = splitForPublishing(COUNTY_ROWS);
    const merged = mergeProvinceRows(summary, new Map([['620000', provinces.get('620000')!]]));
    expect(merged.filter((r) => r.province === '620000').map((r) => r.line)).toEqual([2, 3, 4, 5]);
    expect(merged.filter((r) => r.province === '420000')).toHaveLength(2);
    expect(figures(merged)).toEqual(figures(COUNTY_ROWS));
  });
});

describe('readPublishedRows', () => {
  const head = { version: 1, kind: 'stats-province', dataset: 'x', province: '620000' };
  const expect620 = { kind: 'stats-province', dataset: 'x', province: '620000' } as const;
  it('reads a province file', () => {
    expect(readPublishedRows({ ...head, rows: COUNTY_ROWS.slice(0, 2) }, expect620)).toEqual({
      ok: true,
      rows: COUNTY_ROWS.slice(0, 2),
    });
  });
  it('names each bad row and a file of another dataset or province', () => {
    const bad = readPublishedRows(
      { ...head, dataset: 'y', rows: [{ ...COUNTY_ROWS[0], documents: -1 }, COUNTY_ROWS[4]] },
      expect620,
    );
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.issues.map((i) => i.path)).toEqual(['dataset', 'rows.0.documents', 'rows.1.province']);
  });
  it('accepts sourceRows in a summary only', () => {
    const summaryRow = { ...COUNTY_ROWS[0], sourceRows: 2 };
    expect(
      readPublishedRows(
        { ...head, kind: 'stats-summary', rows: [summaryRow] },
        { kind: 'stats-summary', dataset: 'x' },
      ).ok,
    ).toBe(true);
    expect(readPublishedRows({ ...head, rows: [summaryRow] }, expect620).ok).toBe(false);
  });
});

const TABLE_SCHEMA = path.resolve(import.meta.dirname, '../../public/data/stats-table.schema.json');

/** The Table Schema the catalogue names for every statistics file's rows. */
function tableSchema(): string {
  const field = (c: (typeof COLUMNS)[number]) => {
    const base = { name: c.key, title: c.header };
    switch (c.kind) {
      case 'province':
        return {
          ...base,
          type: 'string',
          constraints: { required: true, enum: PROVINCES.map((p) => p.code) },
        };
      case 'year':
        return { ...base, type: 'integer', constraints: { required: true, minimum: 2000, maximum: 2100 } };
      case 'count':
        return { ...base, type: 'integer', constraints: { minimum: c.key.endsWith('Planned') ? 1 : 0 } };
      default:
        return { ...base, type: 'string' };
    }
  };
  const schema = {
    $schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
    description:
      '减负看板 published statistics: one row per place and year (summary: per province and year). line is the row’s line in the published source file; sourceRows (summary only) how many rows of the source file a summed row stands for.',
    fields: [
      { name: 'line', type: 'integer', constraints: { required: true, minimum: 1 } },
      { name: 'sourceRows', type: 'integer', constraints: { minimum: 1 } },
      ...COLUMNS.map(field),
    ],
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

describe('public/data/stats-table.schema.json', () => {
  it('matches the columns (run `npm run schema` after changing them)', () => {
    const expected = tableSchema();
    if (process.env.UPDATE_SCHEMA) writeFileSync(TABLE_SCHEMA, expected);
    expect(readFileSync(TABLE_SCHEMA, 'utf8')).toBe(expected);
  });
});
