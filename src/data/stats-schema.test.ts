import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  statsDatasetSchema,
  statsImportJsonSchema,
  statsImportJsonSchemaText,
  statsRowSchema,
} from './stats-schema';

const FILE = path.resolve(import.meta.dirname, '../../public/data/stats.schema.json');

describe('public/data/stats.schema.json', () => {
  it('matches the zod schema of the JSON import form (UPDATE_SCHEMA=1 rewrites it)', () => {
    const expected = statsImportJsonSchemaText();
    if (process.env.UPDATE_SCHEMA) writeFileSync(FILE, expected);
    expect(readFileSync(FILE, 'utf8')).toBe(expected);
  });

  it('describes both forms, keyed by header or key', () => {
    const schema = JSON.parse(statsImportJsonSchemaText()) as { anyOf: unknown[] };
    expect(schema.anyOf).toHaveLength(2);
    const text = JSON.stringify(schema);
    for (const name of ['省份', 'province', '年份', 'year', '会议计划数', 'meetingsPlanned'])
      expect(text).toContain(`"${name}"`);
  });

  it('accepts the template forms and refuses unknown keys', () => {
    expect(
      statsImportJsonSchema.safeParse({ version: 1, rows: [{ 省份: '甘肃', 年份: 2024, 发文数: 3 }] })
        .success,
    ).toBe(true);
    expect(
      statsImportJsonSchema.safeParse([{ province: '620000', year: 2024, documents: '1,234' }]).success,
    ).toBe(true);
    expect(statsImportJsonSchema.safeParse([{ 人口: 1 }]).success).toBe(false);
  });
});

const row = { line: 2, province: '620000', year: 2024, documents: 10 };
const dataset = {
  version: 1,
  kind: 'stats',
  id: 'a',
  name: 'n',
  fileName: 'f.csv',
  loadedAt: '2025-01-02T03:04:05.000Z',
  synthetic: false,
  rows: [row],
};

describe('statsRowSchema', () => {
  it('accepts a row with one count', () => {
    expect(statsRowSchema.safeParse(row).success).toBe(true);
  });
  it.each([
    ['no count', { line: 2, province: '620000', year: 2024 }],
    ['a plan of 0', { ...row, meetingsPlanned: 0 }],
    ['a negative count', { ...row, documents: -1 }],
    ['a fraction', { ...row, documents: 1.5 }],
    ['a province name instead of a code', { ...row, province: '甘肃' }],
    ['a year out of range', { ...row, year: 1999 }],
    ['line 0', { ...row, line: 0 }],
    ['an unknown key', { ...row, population: 1 }],
  ])('refuses %s', (_, value) => {
    expect(statsRowSchema.safeParse(value).success).toBe(false);
  });
});

describe('statsDatasetSchema', () => {
  it('accepts a data set', () => {
    expect(statsDatasetSchema.safeParse(dataset).success).toBe(true);
  });
  it('refuses two rows for one place and year', () => {
    const result = statsDatasetSchema.safeParse({ ...dataset, rows: [row, { ...row, line: 3 }] });
    expect(result.success).toBe(false);
  });
  it('refuses another version or kind', () => {
    expect(statsDatasetSchema.safeParse({ ...dataset, version: 2 }).success).toBe(false);
    expect(statsDatasetSchema.safeParse({ ...dataset, kind: 'dataset' }).success).toBe(false);
  });
});
