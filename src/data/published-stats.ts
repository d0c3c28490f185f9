import { z } from 'zod';
import { COUNT_KEYS, CURRENT_COUNTS, PLANNED_COUNTS } from './stats-columns';
import { provinceFigure, provincePlanCompletion, provinceYoyFigure } from './derive-stats';
import { indexRows } from './stats-index';
import { statsRowSchema, type StatsRow } from './stats-schema';

/*
 * The files a published statistics dataset is made of: a national summary (one row per province and year,
 * what the national view needs) and one file per province with every row of that province (what choosing
 * it needs). Both hold rows of the import's row shape, so every view and chart reads them as it reads an
 * import. Built by `npm run data:add` (scripts/data-cli.ts), read by the statistics view.
 */

export const PUBLISHED_STATS_VERSION = 1;

/**
 * A row of the summary: a province's figures for a year, summed over its places the way the charts sum
 * them (derive-stats), `line` the first of the `sourceRows` lines of the published file it stands for.
 * A row the published file itself has (a province-level row) is kept as it is, without `sourceRows`.
 */
export type SummaryRow = StatsRow & { sourceRows?: number };

export type SummaryFile = {
  version: typeof PUBLISHED_STATS_VERSION;
  kind: 'stats-summary';
  dataset: string;
  rows: SummaryRow[];
};

export type ProvinceFile = {
  version: typeof PUBLISHED_STATS_VERSION;
  kind: 'stats-province';
  dataset: string;
  province: string;
  rows: StatsRow[];
};

const headerSchema = z.object({
  version: z.literal(PUBLISHED_STATS_VERSION),
  kind: z.enum(['stats-summary', 'stats-province']),
  dataset: z.string().min(1),
  province: z.string().optional(),
  rows: z.array(z.unknown()),
});

export type FileIssue = { path: string; message: string };

/**
 * Validates a parsed summary or province file: its header, then each row with the import's own row
 * schema (`statsRowSchema`); a summary row may also carry `sourceRows`. Returns the rows or every issue
 * (at most `limit`), each with the row's index.
 */
export function readPublishedRows(
  value: unknown,
  expect: { kind: 'stats-summary' | 'stats-province'; dataset: string; province?: string },
  limit = 20,
): { ok: true; rows: SummaryRow[] } | { ok: false; issues: FileIssue[] } {
  const header = headerSchema.safeParse(value);
  if (!header.success)
    return {
      ok: false,
      issues: header.error.issues.map((i) => ({ path: i.path.join('.') || '(root)', message: i.message })),
    };
  const h = header.data;
  const issues: FileIssue[] = [];
  if (h.kind !== expect.kind)
    issues.push({ path: 'kind', message: `expected "${expect.kind}", found "${h.kind}"` });
  if (h.dataset !== expect.dataset)
    issues.push({ path: 'dataset', message: `expected "${expect.dataset}", found "${h.dataset}"` });
  if (expect.province !== undefined && h.province !== expect.province)
    issues.push({ path: 'province', message: `expected "${expect.province}", found "${h.province ?? '—'}"` });
  const rows: SummaryRow[] = [];
  const seen = new Set<string>();
  for (const [i, raw] of h.rows.entries()) {
    if (issues.length >= limit) break;
    let candidate = raw;
    let sourceRows: number | undefined;
    if (expect.kind === 'stats-summary' && typeof raw === 'object' && raw !== null && 'sourceRows' in raw) {
      const { sourceRows: n, ...rest } = raw as Record<string, unknown>;
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) {
        issues.push({ path: `rows.${i}.sourceRows`, message: 'expected a whole number ≥ 1' });
        continue;
      }
      sourceRows = n;
      candidate = rest;
    }
    const row = statsRowSchema.safeParse(candidate);
    if (!row.success) {
      for (const issue of row.error.issues)
        issues.push({ path: ['rows', i, ...issue.path].join('.'), message: issue.message });
      continue;
    }
    const r = row.data as StatsRow;
    if (expect.province !== undefined && r.province !== expect.province)
      issues.push({
        path: `rows.${i}.province`,
        message: `a row of ${r.province} in the file of ${expect.province}`,
      });
    const key = `${r.province}|${r.city ?? ''}|${r.county ?? ''}|${r.year}`;
    if (seen.has(key)) issues.push({ path: `rows.${i}`, message: 'the same place and year twice' });
    seen.add(key);
    rows.push(sourceRows === undefined ? r : { ...r, sourceRows });
  }
  return issues.length ? { ok: false, issues } : { ok: true, rows };
}

/** The finest level a file's rows have. */
export function levelOf(rows: readonly StatsRow[]): 'province' | 'city' | 'county' {
  if (rows.some((r) => r.county !== undefined)) return 'county';
  if (rows.some((r) => r.city !== undefined)) return 'city';
  return 'province';
}

/** One province's summary rows: per year, its figures summed the way the charts sum them. */
function summarizeProvince(rows: readonly StatsRow[], province: string): SummaryRow[] {
  const index = indexRows(rows);
  return index.years.flatMap((year) => {
    const group = index.group(province, year);
    if (group.length === 0) return [];
    const only = group[0]!;
    if (group.length === 1 && only.city === undefined && only.county === undefined) return [only];
    const row: Record<string, number | string> = {
      line: Math.min(...group.map((r) => r.line)),
      sourceRows: group.length,
      province,
      year,
    };
    for (const count of COUNT_KEYS) {
      const value = provinceFigure(rows, province, year, count).value;
      if (value !== null) row[count] = value;
    }
    return [row as unknown as SummaryRow];
  });
}

/** Whether every figure the national view shows for `province` is the same from `summary` as from `rows`. */
function sameFigures(rows: readonly StatsRow[], summary: readonly StatsRow[], province: string): boolean {
  const same = (a: number | null, b: number | null) => a === b;
  for (const year of indexRows(rows).years) {
    for (const count of COUNT_KEYS)
      if (
        !same(
          provinceFigure(rows, province, year, count).value,
          provinceFigure(summary, province, year, count).value,
        )
      )
        return false;
    for (const count of CURRENT_COUNTS) {
      const a = provinceYoyFigure(rows, province, year, count);
      const b = provinceYoyFigure(summary, province, year, count);
      if (!same(a.value, b.value) || !same(a.previous, b.previous) || !same(a.change, b.change)) return false;
    }
    const planA = provincePlanCompletion(rows, year).find((p) => p.province === province);
    const planB = provincePlanCompletion(summary, year).find((p) => p.province === province);
    if (!planA || !planB) {
      if (planA !== planB) return false;
      continue;
    }
    for (const count of PLANNED_COUNTS) {
      const a = planA[count];
      const b = planB[count];
      if (!same(a.actual, b.actual) || !same(a.plan, b.plan) || !same(a.share, b.share)) return false;
    }
  }
  return true;
}

export type PublishedParts = {
  summary: SummaryRow[];
  /** Every row of each province that has rows, by code; empty when the summary already holds every row. */
  provinces: Map<string, StatsRow[]>;
  /** Provinces whose rows the summary holds whole, since their sums would not give the same figures. */
  keptWhole: string[];
};

/**
 * Splits validated rows into the national summary and the province files. A province's summary rows are
 * checked against its own rows: where any figure the charts show (a count, a change year on year, a share
 * of plan) would differ, the summary carries that province's rows whole instead, so the national view is
 * never a different number from the one its province shows.
 */
export function splitForPublishing(rows: readonly StatsRow[]): PublishedParts {
  const sorted = [...rows].sort((a, b) => a.line - b.line);
  const index = indexRows(sorted);
  if (levelOf(sorted) === 'province') return { summary: sorted, provinces: new Map(), keptWhole: [] };
  const byProvince = new Map<string, StatsRow[]>();
  for (const r of sorted) {
    const list = byProvince.get(r.province);
    if (list) list.push(r);
    else byProvince.set(r.province, [r]);
  }
  const summary: SummaryRow[] = [];
  const keptWhole: string[] = [];
  for (const province of index.provinces) {
    const own = byProvince.get(province) ?? [];
    const candidate = summarizeProvince(own, province);
    if (sameFigures(own, candidate, province)) summary.push(...candidate);
    else {
      summary.push(...own);
      keptWhole.push(province);
    }
  }
  return { summary, provinces: byProvince, keptWhole };
}

/**
 * The rows a view shows: the summary, with the rows of each province whose file is loaded in place of
 * that province's summary rows. Figures are the same either way (`splitForPublishing` checks it); the
 * province's own rows add its cities and counties, each with its line in the published file.
 */
export function mergeProvinceRows(
  summary: readonly SummaryRow[],
  loaded: ReadonlyMap<string, readonly StatsRow[]>,
): StatsRow[] {
  if (loaded.size === 0) return summary as StatsRow[];
  return [...summary.filter((r) => !loaded.has(r.province)), ...[...loaded.values()].flat()];
}

/** A file's text: one row per line, so a published file diffs row by row. */
export function publishedFileText(head: Record<string, unknown>, rows: readonly object[]): string {
  const start = JSON.stringify(head).slice(0, -1);
  return `${start},"rows":[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]}\n`;
}
