import { z } from 'zod';
import { localizedSchema } from './schema';
import { PROVINCES } from './provinces';

/*
 * The catalogue of published datasets: public/data/datapackage.json, a Frictionless Data Package (v2)
 * descriptor. Its `resources` are the files (name, path, format, mediatype, schema, bytes, sha256 hash),
 * as any Data Package tool reads them; `datasets` (a custom property, which the standard allows) groups
 * them into what the dashboard shows, with each dataset's title, publisher, coverage and provenance.
 */

/** Current catalogue format; older files are migrated by `migrateCatalogue` before they are validated. */
export const CATALOGUE_VERSION = 1;
/** The catalogue, relative to the app's base; resource paths are relative to its folder. */
export const CATALOGUE_FILE = 'data/datapackage.json';
export const DATA_PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';
/** Table Schema of the rows of every statistics file (summary and province files). */
export const STATS_TABLE_SCHEMA = 'stats-table.schema.json';

const PROVINCE_CODES = PROVINCES.map((p) => p.code) as [string, ...string[]];

/** Dataset ids go into URLs (`?dataset=`) and file paths: lower-case letters, digits and dashes. */
export const DATASET_ID = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
const SHA256 = /^[0-9a-f]{64}$/;
// Inside the data folder: no absolute path, no "..", no backslash.
const RELATIVE_PATH = /^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))[A-Za-z0-9._/-]+$/;

export const RESOURCE_ROLES = ['articles', 'summary', 'province'] as const;
export type ResourceRole = (typeof RESOURCE_ROLES)[number];

export const resourceSchema = z.object({
  /** Data Package resource name: lower case, digits, `-`, `_`, `.`. */
  name: z.string().regex(/^[a-z0-9._-]+$/, 'a resource name is lower case letters, digits, - _ .'),
  path: z.string().regex(RELATIVE_PATH, 'a path inside the data folder'),
  format: z.literal('json'),
  mediatype: z.literal('application/json'),
  encoding: z.literal('utf-8'),
  /** "table" for the statistics files: rows under `rows`, one object each (the dialect says so). */
  type: z.literal('table').optional(),
  dialect: z.object({ property: z.literal('rows'), itemType: z.literal('object') }).optional(),
  /** Path of the schema the file follows (JSON Schema for the articles, Table Schema for statistics). */
  schema: z.string().regex(RELATIVE_PATH),
  bytes: z.number().int().min(0).optional(),
  /** "sha256:<hex>" of the file's bytes; a content-hashed file must still have it. */
  hash: z
    .string()
    .regex(/^sha256:[0-9a-f]{64}$/, 'expected sha256:<64 hex digits>')
    .optional(),
  /** The dataset the file belongs to, and what part of it the file is. */
  dataset: z.string().regex(DATASET_ID),
  role: z.enum(RESOURCE_ROLES),
  province: z.enum(PROVINCE_CODES).optional(),
});

export const LEVELS = ['national', 'province', 'city', 'county'] as const;
export type Level = (typeof LEVELS)[number];

export const sourceFileSchema = z.object({
  /** The file as the publisher named it. */
  name: z.string().min(1),
  sha256: z.string().regex(SHA256, 'expected 64 hex digits'),
  lines: z.number().int().min(0),
  /** The day the file was published with the site. */
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'),
});

export const catalogueDatasetSchema = z.object({
  id: z.string().regex(DATASET_ID, 'ids are lower case letters, digits and dashes (max 64)'),
  kind: z.enum(['articles', 'stats']),
  title: localizedSchema,
  publisher: z.string().min(1),
  /** Every year with a row, ascending. */
  years: z.array(z.number().int().min(2000).max(2100)).min(1),
  /** Every province with a row, ascending by code. */
  provinces: z.array(z.enum(PROVINCE_CODES)),
  /** The finest level the file has. */
  level: z.enum(LEVELS),
  /** 数据截至: the figures count up to this day, month or year. */
  asOf: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD'),
  rowCount: z.number().int().min(0),
  /** Invented numbers: every view that shows them says 示例数据（非真实统计）. */
  synthetic: z.boolean(),
  /** Names of its resources: one summary (statistics) or the dataset file (articles), then province files. */
  resources: z.array(z.string()).min(1),
  /** The file it was published from (statistics datasets). */
  source: sourceFileSchema.optional(),
});

export const catalogueSchema = z
  .object({
    $schema: z.string().optional(),
    name: z.string().regex(/^[a-z0-9._-]+$/),
    title: z.string().optional(),
    catalogueVersion: z.literal(CATALOGUE_VERSION),
    resources: z.array(resourceSchema),
    datasets: z.array(catalogueDatasetSchema),
  })
  .superRefine((c, ctx) => {
    const byName = new Map<string, number>();
    const paths = new Set<string>();
    c.resources.forEach((r, i) => {
      if (byName.has(r.name))
        ctx.addIssue({ code: 'custom', path: ['resources', i, 'name'], message: `duplicate "${r.name}"` });
      byName.set(r.name, i);
      if (paths.has(r.path))
        ctx.addIssue({ code: 'custom', path: ['resources', i, 'path'], message: `duplicate "${r.path}"` });
      paths.add(r.path);
      if (r.role === 'province' && !r.province)
        ctx.addIssue({
          code: 'custom',
          path: ['resources', i, 'province'],
          message: 'a province file names its province',
        });
      if (r.role !== 'articles' && !r.hash)
        ctx.addIssue({
          code: 'custom',
          path: ['resources', i, 'hash'],
          message: 'a statistics file needs its hash',
        });
      if (!c.datasets.some((d) => d.id === r.dataset))
        ctx.addIssue({
          code: 'custom',
          path: ['resources', i, 'dataset'],
          message: `no dataset "${r.dataset}"`,
        });
    });
    const ids = new Set<string>();
    c.datasets.forEach((d, i) => {
      if (ids.has(d.id))
        ctx.addIssue({ code: 'custom', path: ['datasets', i, 'id'], message: `duplicate id "${d.id}"` });
      ids.add(d.id);
      if (d.kind === 'stats' && !d.source)
        ctx.addIssue({
          code: 'custom',
          path: ['datasets', i, 'source'],
          message: 'a statistics dataset names its source file',
        });
      const roles = d.resources.map((name, j) => {
        const at = byName.get(name);
        const r = at === undefined ? undefined : c.resources[at];
        if (!r || r.dataset !== d.id)
          ctx.addIssue({
            code: 'custom',
            path: ['datasets', i, 'resources', j],
            message: r ? `"${name}" belongs to "${r.dataset}"` : `no resource "${name}"`,
          });
        if (r?.role === 'province' && r.province && !d.provinces.includes(r.province))
          ctx.addIssue({
            code: 'custom',
            path: ['datasets', i, 'resources', j],
            message: `"${name}" is for ${r.province}, which the dataset does not list`,
          });
        return r?.role;
      });
      const main = d.kind === 'articles' ? 'articles' : 'summary';
      if (roles.filter((r) => r === main).length !== 1 || roles.some((r) => r !== main && r !== 'province'))
        ctx.addIssue({
          code: 'custom',
          path: ['datasets', i, 'resources'],
          message: `a ${d.kind} dataset has exactly one ${main} file${d.kind === 'stats' ? ' and province files' : ''}`,
        });
    });
  });

export type CatalogueResource = z.infer<typeof resourceSchema>;
export type CatalogueDataset = z.infer<typeof catalogueDatasetSchema>;
export type Catalogue = z.infer<typeof catalogueSchema>;
export type SourceFile = z.infer<typeof sourceFileSchema>;

/**
 * Brings a parsed catalogue up to the current version. Version 1 is the first; a file without a
 * version, or a newer one than this app reads, is refused with what it says, never guessed at.
 */
export function migrateCatalogue(raw: unknown): { ok: true; data: unknown } | { ok: false; found: string } {
  const version =
    typeof raw === 'object' && raw !== null
      ? (raw as { catalogueVersion?: unknown }).catalogueVersion
      : undefined;
  if (version === CATALOGUE_VERSION) return { ok: true, data: raw };
  return { ok: false, found: String(version) };
}

/** The resources of a dataset, in the catalogue's order. */
export function resourcesOf(catalogue: Catalogue, dataset: CatalogueDataset): CatalogueResource[] {
  return dataset.resources.flatMap((name) => catalogue.resources.filter((r) => r.name === name));
}

/** A statistics dataset's summary file and its province files by province code. */
export function statsFiles(
  catalogue: Catalogue,
  dataset: CatalogueDataset,
): { summary: CatalogueResource | undefined; provinces: Map<string, CatalogueResource> } {
  const resources = resourcesOf(catalogue, dataset);
  return {
    summary: resources.find((r) => r.role === 'summary'),
    provinces: new Map(
      resources.flatMap((r) => (r.role === 'province' && r.province ? [[r.province, r]] : [])),
    ),
  };
}

/** The path a resource is fetched from, relative to the app's base. */
export function resourceUrl(resource: Pick<CatalogueResource, 'path'>): string {
  return CATALOGUE_FILE.replace(/[^/]*$/, '') + resource.path;
}
