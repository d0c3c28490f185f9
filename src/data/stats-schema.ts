import { z } from 'zod';
import { COLUMNS, COUNT_KEYS, PLAN_OF, type CountKey } from './stats-columns';
import { PROVINCES } from './provinces';

/** Current format of a loaded statistics data set (and of its backup file). */
export const STATS_VERSION = 1;

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

const PROVINCE_CODES = PROVINCES.map((p) => p.code) as [string, ...string[]];

const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
// A plan of 0 would make the share of plan a division by zero, so a plan present is at least 1.
const plan = count.min(1);

const countShape = Object.fromEntries(
  COUNT_KEYS.map((key) => [key, (Object.values(PLAN_OF) as string[]).includes(key) ? plan : count]),
) as Record<CountKey, typeof count>;

/**
 * One row of a statistics file after validation: the place (province as its GB/T 2260 code; city and
 * county as written), the year, the counts present, and the 1-based line of the file it came from.
 */
export const statsRowSchema = z
  .object({
    line: z.number().int().min(1),
    province: z.enum(PROVINCE_CODES),
    city: z.string().min(1).optional(),
    county: z.string().min(1).optional(),
    year: z.number().int().min(MIN_YEAR).max(MAX_YEAR),
    ...Object.fromEntries(COUNT_KEYS.map((key) => [key, countShape[key].optional()])),
    note: z.string().min(1).optional(),
  })
  .strict()
  .refine((row) => COUNT_KEYS.some((key) => (row as Record<string, unknown>)[key] !== undefined), {
    message: 'a row needs at least one count',
  });

export type StatsRow = {
  line: number;
  province: string;
  city?: string;
  county?: string;
  year: number;
  note?: string;
} & Partial<Record<CountKey, number>>;

/** The place a row describes, as one string: rows with the same key and year are duplicates. */
export function placeKey(row: Pick<StatsRow, 'province' | 'city' | 'county'>): string {
  return `${row.province}|${row.city ?? ''}|${row.county ?? ''}`;
}

export const statsDatasetSchema = z
  .object({
    version: z.literal(STATS_VERSION),
    kind: z.literal('stats'),
    id: z.string().min(1),
    name: z.string().min(1),
    fileName: z.string(),
    loadedAt: z.iso.datetime(),
    /** True for invented sample numbers; every view showing them says so. */
    synthetic: z.boolean(),
    rows: z.array(statsRowSchema),
  })
  .strict()
  .superRefine((ds, ctx) => {
    // Derived figures look rows up by place and year, so a second row for one would be silently ignored.
    const seen = new Map<string, number>();
    ds.rows.forEach((row, i) => {
      const key = `${placeKey(row as StatsRow)}|${row.year}`;
      const first = seen.get(key);
      if (first !== undefined)
        ctx.addIssue({ code: 'custom', path: ['rows', i], message: `duplicates rows[${first}]` });
      else seen.set(key, i);
    });
  });

export type StatsDataset = {
  version: typeof STATS_VERSION;
  kind: 'stats';
  id: string;
  name: string;
  fileName: string;
  loadedAt: string;
  synthetic: boolean;
  rows: StatsRow[];
  /**
   * Set on a dataset published with the site (the catalogue's entry): who published it, when, and to what
   * date its figures count. Never part of a stored or backed-up dataset.
   */
  published?: PublishedInfo;
};

export type PublishedInfo = {
  publisher: string;
  /** YYYY-MM-DD. */
  date: string;
  /** 数据截至: YYYY, YYYY-MM or YYYY-MM-DD. */
  asOf: string;
  /** Rows of the published file (the dataset's rows are fewer where only the summary is loaded). */
  rowCount: number;
  /** Rows of the published file each summed row stands for, by its line (summary rows only). */
  summed: ReadonlyMap<number, number>;
};

/*
 * The JSON import form, for the published JSON Schema. The validator accepts more (aliases, numbers written
 * as text with thousands separators); a file valid against this schema is always accepted.
 */
const cellSchema = (column: (typeof COLUMNS)[number], description: string) => {
  switch (column.kind) {
    case 'count': {
      const min = (Object.values(PLAN_OF) as string[]).includes(column.key) ? 1 : 0;
      return z.union([z.number().int().min(min), z.string(), z.null()]).describe(description);
    }
    case 'year':
      return z.union([z.number().int().min(MIN_YEAR).max(MAX_YEAR), z.string()]).describe(description);
    case 'province':
      return z.union([z.string(), z.number().int()]).describe(description);
    default:
      return z.union([z.string(), z.null()]).describe(description);
  }
};

const importRowSchema = z
  .object(
    Object.fromEntries(
      COLUMNS.flatMap((c) => {
        const description = `${c.header} / ${c.key}${c.required ? ' (required)' : ''}`;
        return [
          [c.header, cellSchema(c, description).optional()],
          [c.key, cellSchema(c, description).optional()],
        ];
      }),
    ),
  )
  .strict();

// A registry of our own, not zod's global one: re-running this module (hot reload) must not clash on the id.
const importRegistry = z.registry<{ id: string; description: string }>();
importRegistry.add(importRowSchema, {
  id: 'row',
  description: 'One place and year; a row needs at least one count.',
});

export const statsImportJsonSchema = z.union([
  z.object({ version: z.literal(STATS_VERSION).optional(), rows: z.array(importRowSchema) }).strict(),
  z.array(importRowSchema),
]);

/** The JSON Schema of the JSON import form, as written to public/data/stats.schema.json. */
export function statsImportJsonSchemaText(): string {
  const schema = z.toJSONSchema(statsImportJsonSchema, {
    target: 'draft-2020-12',
    unrepresentable: 'any',
    metadata: importRegistry,
  });
  const doc = {
    $id: 'stats.schema.json',
    title: '减负看板 statistics import (JSON)',
    description:
      'One object per place and year, keyed by the Chinese header or the English key. ' +
      'Counts are whole numbers >= 0; a row needs at least one count; plans are >= 1.',
    ...schema,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export type NewStatsDataset = {
  rows: StatsRow[];
  fileName: string;
  name?: string;
  synthetic?: boolean;
  /** Defaults to now. */
  loadedAt?: string;
  /** Defaults to a random UUID. */
  id?: string;
};

/** Wraps validated rows as a data set; the name defaults to the file name without its extension. */
export function createStatsDataset({
  rows,
  fileName,
  name,
  synthetic = false,
  loadedAt,
  id,
}: NewStatsDataset): StatsDataset {
  return {
    version: STATS_VERSION,
    kind: 'stats',
    id: id ?? globalThis.crypto.randomUUID(),
    name: name ?? (fileName.replace(/\.[^.]+$/, '') || fileName || '—'),
    fileName,
    loadedAt: loadedAt ?? new Date().toISOString(),
    synthetic,
    rows,
  };
}
