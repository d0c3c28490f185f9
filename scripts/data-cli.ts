/*
 * npm run data:add | data:check | data:remove — publishing statistics with the site (see README, "Publishing
 * statistics"). A file is read by the import view's own modules (decode, CSV/JSON, validate, problems), run
 * here in Node, so a file the browser refuses is refused here with the same messages, and one it accepts is
 * published with the same rows. Every write goes to a temporary file renamed into place, the catalogue
 * last: a refused file, or a failure half way, leaves the catalogue and every listed file as they were.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import {
  CATALOGUE_VERSION,
  DATA_PACKAGE_PROFILE,
  DATASET_ID,
  STATS_TABLE_SCHEMA,
  catalogueSchema,
  migrateCatalogue,
  resourcesOf,
  type Catalogue,
  type CatalogueDataset,
  type CatalogueResource,
} from '../src/data/catalogue';
import { parseDatasetText } from '../src/data/dataset-query';
import type { Dataset } from '../src/data/schema';
import {
  PUBLISHED_STATS_VERSION,
  levelOf,
  publishedFileText,
  readPublishedRows,
  splitForPublishing,
} from '../src/data/published-stats';
import { isLocale, translator, type Locale } from '../src/i18n/i18n';
import { loadCatalogFromDisk } from '../src/i18n/read-catalog-files';
import { decodeBytes } from '../src/features/statistics/decode';
import { isWorkbook } from '../src/features/statistics/parse';
import { parseImport } from '../src/features/statistics/parse-import';
import { parseWorkbook } from '../src/features/statistics/parse-workbook';
import { formatProblem, formatProblemCount } from '../src/features/statistics/problems';
import { indexRows } from '../src/data/stats-index';
import type { StatsRow } from '../src/data/stats-schema';

export type Io = {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Today, YYYY-MM-DD (the publishing date); tests fix it. */
  today?: string;
  /** The data folder without --dir: the repository's public/data. */
  dataDir: string;
};

const CATALOGUE_NAME = 'datapackage.json';
const ARTICLES_ID = 'articles';

type Args = { positional: string[]; flags: Map<string, string | true> };

const BOOLEAN_FLAGS = new Set(['synthetic', 'replace', 'fix', 'help']);

function parseArgs(argv: readonly string[]): Args | string {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (BOOLEAN_FLAGS.has(name)) flags.set(name, true);
    else if (inline !== undefined) flags.set(name, inline);
    else if (i + 1 < argv.length) flags.set(name, argv[(i += 1)]!);
    else return `--${name} needs a value`;
  }
  return { positional, flags };
}

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** Writes through a temporary file in the same folder, renamed into place (atomic on one file system). */
function writeAtomic(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

type Loaded = { ok: true; catalogue: Catalogue; text: string } | { ok: false; problems: string[] };

function formatIssues(file: string, issues: readonly { path: string; message: string }[]): string[] {
  return issues.map((i) => `${file}: ${i.path}: ${i.message}`);
}

/** The catalogue as written, migrated and validated; every problem names the file and the field. */
export function loadCatalogue(dir: string): Loaded {
  const file = path.join(dir, CATALOGUE_NAME);
  if (!existsSync(file)) return { ok: false, problems: [`${file}: missing`] };
  const text = readFileSync(file, 'utf8');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [`${file}: malformed JSON (${(e as Error).message})`] };
  }
  const migrated = migrateCatalogue(raw);
  if (!migrated.ok)
    return {
      ok: false,
      problems: [`${file}: catalogueVersion ${migrated.found} (this version reads ${CATALOGUE_VERSION})`],
    };
  const parsed = catalogueSchema.safeParse(migrated.data);
  if (!parsed.success)
    return {
      ok: false,
      problems: formatIssues(
        file,
        parsed.error.issues.map((i) => ({ path: i.path.join('.') || '(root)', message: i.message })),
      ),
    };
  return { ok: true, catalogue: parsed.data, text };
}

export function catalogueText(catalogue: Catalogue): string {
  return `${JSON.stringify(catalogue, null, 2)}\n`;
}

/** What the catalogue says of the articles dataset that is read from dataset.json itself. */
export function articlesFacts(
  dataset: Dataset,
): Pick<CatalogueDataset, 'years' | 'provinces' | 'rowCount' | 'asOf' | 'synthetic'> {
  const years = [...new Set(dataset.observations.map((o) => o.period.year))].sort((a, b) => a - b);
  const provinces = [
    ...new Set(dataset.observations.flatMap((o) => (o.scope.provinceCode ? [o.scope.provinceCode] : []))),
  ].sort();
  const asOf = dataset.observations
    .map((o) => o.period.asOf ?? String(o.period.year))
    .reduce((a, b) => (b > a ? b : a), '');
  return { years, provinces, rowCount: dataset.observations.length, asOf, synthetic: dataset.synthetic };
}

function articlesEntry(dataset: Dataset): { entry: CatalogueDataset; resource: CatalogueResource } {
  return {
    entry: {
      id: ARTICLES_ID,
      kind: 'articles',
      title: dataset.title,
      publisher: dataset.sources[0]?.publication ?? '—',
      ...articlesFacts(dataset),
      level: 'national',
      resources: [ARTICLES_ID],
    },
    resource: {
      name: ARTICLES_ID,
      path: 'dataset.json',
      format: 'json',
      mediatype: 'application/json',
      encoding: 'utf-8',
      schema: 'dataset.schema.json',
      dataset: ARTICLES_ID,
      role: 'articles',
    },
  };
}

function emptyCatalogue(): Catalogue {
  return {
    $schema: DATA_PACKAGE_PROFILE,
    name: 'jianfu-kanban',
    title: '减负看板 · 发布的数据 / published data',
    catalogueVersion: CATALOGUE_VERSION,
    resources: [],
    datasets: [],
  };
}

type Problems = string[];

function readJson(
  file: string,
): { ok: true; value: unknown; bytes: Buffer } | { ok: false; problem: string } {
  if (!existsSync(file)) return { ok: false, problem: `${file}: missing` };
  const bytes = readFileSync(file);
  try {
    return { ok: true, value: JSON.parse(bytes.toString('utf8')), bytes };
  } catch (e) {
    return { ok: false, problem: `${file}: malformed JSON (${(e as Error).message})` };
  }
}

/** Checks one dataset's files against the catalogue: bytes, hash, content, and the entry's counts. */
function checkDataset(
  dir: string,
  catalogue: Catalogue,
  entry: CatalogueDataset,
  fixes: Map<string, CatalogueDataset>,
): Problems {
  const problems: Problems = [];
  const resources = resourcesOf(catalogue, entry);
  const rowsByRole = { summary: [] as StatsRow[], province: [] as StatsRow[] };
  for (const r of resources) {
    const file = path.join(dir, r.path);
    const read = readJson(file);
    if (!read.ok) {
      problems.push(read.problem);
      continue;
    }
    if (r.bytes !== undefined && read.bytes.length !== r.bytes)
      problems.push(`${file}: ${read.bytes.length} bytes, the catalogue says ${r.bytes}`);
    if (r.hash !== undefined && `sha256:${sha256(read.bytes)}` !== r.hash)
      problems.push(
        `${file}: its SHA-256 is not the catalogue's (${r.hash.slice(0, 19)}…): the file changed`,
      );
    if (r.role === 'articles') {
      try {
        const dataset = parseDatasetText(r.path, read.bytes.toString('utf8'));
        const facts = articlesFacts(dataset);
        const stale = (Object.keys(facts) as (keyof typeof facts)[]).filter(
          (k) => JSON.stringify(facts[k]) !== JSON.stringify(entry[k]),
        );
        if (stale.length) {
          problems.push(
            `${path.join(dir, CATALOGUE_NAME)}: dataset "${entry.id}": ${stale.join(', ')} differ from ${r.path} (run \`npm run data:check -- --fix\`)`,
          );
          fixes.set(entry.id, { ...entry, ...facts });
        }
      } catch (e) {
        problems.push(`${file}: ${(e as Error).message}`);
      }
      continue;
    }
    const kind = r.role === 'summary' ? 'stats-summary' : 'stats-province';
    const rows = readPublishedRows(read.value, { kind, dataset: entry.id, province: r.province });
    if (!rows.ok) problems.push(...formatIssues(file, rows.issues));
    else rowsByRole[r.role].push(...rows.rows);
  }
  if (problems.length || entry.kind !== 'stats') return problems;
  const hasProvinceFiles = resources.some((r) => r.role === 'province');
  const all = hasProvinceFiles ? rowsByRole.province : rowsByRole.summary;
  const where = `${path.join(dir, CATALOGUE_NAME)}: dataset "${entry.id}"`;
  if (all.length !== entry.rowCount)
    problems.push(`${where}: rowCount ${entry.rowCount}, its files hold ${all.length} rows`);
  const index = indexRows(all);
  if (JSON.stringify(index.years) !== JSON.stringify(entry.years))
    problems.push(`${where}: years ${entry.years.join(',')}, its files have ${index.years.join(',')}`);
  if (JSON.stringify(index.provinces) !== JSON.stringify(entry.provinces))
    problems.push(
      `${where}: provinces ${entry.provinces.join(',')}, its files have ${index.provinces.join(',')}`,
    );
  if (hasProvinceFiles) {
    const listed = new Set(
      resources.flatMap((r) => (r.role === 'province' && r.province ? [r.province] : [])),
    );
    const missing = index.provinces.filter((p) => !listed.has(p));
    const summaryProvinces = new Set(rowsByRole.summary.map((r) => r.province));
    if (missing.length) problems.push(`${where}: no province file for ${missing.join(',')}`);
    const notSummed = index.provinces.filter((p) => !summaryProvinces.has(p));
    if (notSummed.length) problems.push(`${where}: the summary has no rows of ${notSummed.join(',')}`);
  }
  return problems;
}

/** Validates the catalogue and every file it lists; with `fix`, rewrites what dataset.json decides. */
function check(dir: string, args: Args, io: Io): number {
  const fix = args.flags.get('fix') === true;
  const loaded = loadCatalogue(dir);
  if (!loaded.ok) {
    const file = path.join(dir, CATALOGUE_NAME);
    if (fix && !existsSync(file)) {
      const articles = readJson(path.join(dir, 'dataset.json'));
      if (!articles.ok) {
        io.err(articles.problem);
        return 1;
      }
      const { entry, resource } = articlesEntry(
        parseDatasetText('dataset.json', articles.bytes.toString('utf8')),
      );
      writeAtomic(file, catalogueText({ ...emptyCatalogue(), resources: [resource], datasets: [entry] }));
      io.out(`${file}: written with the articles dataset`);
      return check(dir, { ...args, flags: new Map() }, io);
    }
    for (const p of loaded.problems) io.err(p);
    return 1;
  }
  const { catalogue } = loaded;
  const problems: Problems = [];
  const fixes = new Map<string, CatalogueDataset>();
  for (const schema of new Set(catalogue.resources.map((r) => r.schema)))
    if (!existsSync(path.join(dir, schema)))
      problems.push(`${path.join(dir, schema)}: missing (a schema the catalogue names)`);
  for (const entry of catalogue.datasets) problems.push(...checkDataset(dir, catalogue, entry, fixes));
  // Files in stats/ that no dataset lists: left by hand or by an interrupted run; harmless, but said.
  const listed = new Set(catalogue.resources.map((r) => path.join(dir, r.path)));
  const statsDir = path.join(dir, 'stats');
  if (existsSync(statsDir))
    for (const e of readdirSync(statsDir, { recursive: true, withFileTypes: true }))
      if (e.isFile() && !listed.has(path.join(e.parentPath, e.name)))
        io.out(`note: ${path.join(e.parentPath, e.name)} is not in the catalogue`);
  if (fix && fixes.size) {
    const fixed = { ...catalogue, datasets: catalogue.datasets.map((d) => fixes.get(d.id) ?? d) };
    writeAtomic(path.join(dir, CATALOGUE_NAME), catalogueText(fixed));
    io.out(`${path.join(dir, CATALOGUE_NAME)}: updated ${[...fixes.keys()].join(', ')} from its file`);
    return check(dir, { ...args, flags: new Map() }, io);
  }
  for (const p of problems) io.err(p);
  if (problems.length) {
    io.err(`${problems.length} problem${problems.length === 1 ? '' : 's'}`);
    return 1;
  }
  const files = catalogue.resources.length;
  io.out(`catalogue OK: ${catalogue.datasets.length} datasets, ${files} files checked`);
  return 0;
}

/** Lines of a text as an editor counts them (a last line without a line break counts). */
function lineCount(text: string): number {
  if (text === '') return 0;
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n += 1;
  return text.endsWith('\n') ? n : n + 1;
}

function add(dir: string, args: Args, io: Io): number {
  const lang = args.flags.get('lang') ?? 'zh-CN';
  if (!isLocale(lang)) return usage(io, `--lang is zh-CN, zh-Hant or en, not ${String(lang)}`);
  const locale: Locale = lang;
  const [input] = args.positional;
  const id = args.flags.get('id');
  const title = args.flags.get('title');
  const titleEn = args.flags.get('title-en') ?? title;
  const titleHant = args.flags.get('title-hant');
  const publisher = args.flags.get('publisher') ?? '—';
  const asOfFlag = args.flags.get('as-of');
  if (!input) return usage(io, 'which file? npm run data:add -- FILE --id ID --title TITLE');
  if (typeof id !== 'string' || !DATASET_ID.test(id))
    return usage(io, '--id is lower case letters, digits and dashes, e.g. --id gansu-2024');
  if (id === ARTICLES_ID) return usage(io, `--id ${ARTICLES_ID} is the articles dataset`);
  if (typeof title !== 'string' || !title.trim()) return usage(io, '--title is required');
  if (typeof titleEn !== 'string' || !titleEn.trim()) return usage(io, '--title-en needs a value');
  if (titleHant !== undefined && (typeof titleHant !== 'string' || !titleHant.trim()))
    return usage(io, '--title-hant needs a value');
  if (typeof publisher !== 'string' || !publisher.trim()) return usage(io, '--publisher needs a value');
  if (asOfFlag !== undefined && (typeof asOfFlag !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(asOfFlag)))
    return usage(io, '--as-of is a date, YYYY-MM-DD');
  if (!existsSync(input)) {
    io.err(`${input}: no such file`);
    return 1;
  }
  const loaded = loadCatalogue(dir);
  if (!loaded.ok) {
    for (const p of loaded.problems) io.err(p);
    io.err('The catalogue must be valid before a dataset is added: see `npm run data:check`.');
    return 1;
  }
  const { catalogue } = loaded;
  const existing = catalogue.datasets.find((d) => d.id === id);
  if (existing && args.flags.get('replace') !== true) {
    io.err(`dataset "${id}" is already published: remove it (npm run data:remove -- ${id}) or add --replace`);
    return 1;
  }

  const sheet = args.flags.get('sheet');
  if (sheet === true) return usage(io, '--sheet needs the name of a sheet');

  // The import view's pipeline, unchanged: same decoding, parsing (a workbook by the same reader), checks
  // and messages.
  const bytes = new Uint8Array(readFileSync(input));
  const fileName = path.basename(input);
  const result = isWorkbook(bytes)
    ? parseWorkbook(fileName, bytes, undefined, { sheet })
    : parseImport(fileName, bytes);
  loadCatalogFromDisk(locale);
  const t = translator(locale);
  if (!result.ok) {
    io.err(`${fileName}: ${formatProblemCount(result.problems.length, result.totalProblems, t)}`);
    for (const p of result.problems) io.err(`  ${formatProblem(p, t, locale)}`);
    if (result.sheets) io.err(`  --sheet ${result.sheets.map((s) => JSON.stringify(s)).join(' | ')}`);
    io.err(locale === 'en' ? 'Nothing was published.' : '未发布任何内容。');
    return 1;
  }
  const rows = result.rows;
  const synthetic = args.flags.get('synthetic') === true || result.backup?.synthetic === true;
  const index = indexRows(rows);
  const decoded = decodeBytes(bytes);
  const today = io.today ?? new Date().toISOString().slice(0, 10);
  const parts = splitForPublishing(rows);

  const folder = `stats/${id}`;
  const files: { resource: CatalogueResource; text: string }[] = [];
  const addFile = (role: 'summary' | 'province', key: string, text: string, province?: string) => {
    const hash = sha256(text);
    files.push({
      text,
      resource: {
        name: `${id}.${key}`,
        path: `${folder}/${key}.${hash.slice(0, 12)}.json`,
        type: 'table',
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        dialect: { property: 'rows', itemType: 'object' },
        schema: STATS_TABLE_SCHEMA,
        bytes: Buffer.byteLength(text),
        hash: `sha256:${hash}`,
        dataset: id,
        role,
        ...(province ? { province } : {}),
      },
    });
  };
  const head = { version: PUBLISHED_STATS_VERSION, dataset: id };
  addFile('summary', 'summary', publishedFileText({ ...head, kind: 'stats-summary' }, parts.summary));
  for (const [province, own] of parts.provinces)
    addFile(
      'province',
      province,
      publishedFileText({ ...head, kind: 'stats-province', province }, own),
      province,
    );

  const entry: CatalogueDataset = {
    id,
    kind: 'stats',
    title: {
      'zh-CN': title.trim(),
      ...(typeof titleHant === 'string' ? { 'zh-Hant': titleHant.trim() } : {}),
      en: titleEn.trim(),
    },
    publisher: publisher.trim(),
    years: index.years,
    provinces: index.provinces,
    level: levelOf(rows),
    asOf: typeof asOfFlag === 'string' ? asOfFlag : String(index.years.at(-1) ?? ''),
    rowCount: rows.length,
    synthetic,
    resources: files.map((f) => f.resource.name),
    source: {
      name: fileName,
      sha256: sha256(bytes),
      // A workbook's last row read stands for its length.
      lines: decoded.ok ? lineCount(decoded.text) : Math.max(0, ...rows.map((r) => r.line)),
      published: today,
    },
  };
  const oldResources = existing ? resourcesOf(catalogue, existing) : [];
  const next: Catalogue = {
    ...catalogue,
    resources: [...catalogue.resources.filter((r) => r.dataset !== id), ...files.map((f) => f.resource)],
    datasets: existing
      ? catalogue.datasets.map((d) => (d.id === id ? entry : d))
      : [...catalogue.datasets, entry],
  };
  const valid = catalogueSchema.safeParse(next);
  if (!valid.success) {
    io.err(`internal: the new catalogue would not be valid: ${valid.error.message}`);
    return 1;
  }
  // Data files first, each renamed into place; the catalogue last, so until it is written nothing refers
  // to a new file, and once it is, every file it names is complete.
  for (const f of files) writeAtomic(path.join(dir, f.resource.path), f.text);
  writeAtomic(path.join(dir, CATALOGUE_NAME), catalogueText(next));
  const kept = new Set(files.map((f) => f.resource.path));
  for (const r of oldResources) if (!kept.has(r.path)) rmSync(path.join(dir, r.path), { force: true });

  const total = files.reduce((n, f) => n + (f.resource.bytes ?? 0), 0);
  io.out(
    `published "${id}"${synthetic ? ' (synthetic)' : ''}: ${rows.length} rows, ${index.provinces.length} provinces, ` +
      `${index.years[0]}–${index.years.at(-1)}, level ${entry.level}; ${files.length} files, ${(total / 1024).toFixed(1)} KB ` +
      `(summary ${((files[0]?.resource.bytes ?? 0) / 1024).toFixed(1)} KB) in ${path.join(dir, folder)}`,
  );
  if (parts.keptWhole.length)
    io.out(
      `note: the summary holds every row of ${parts.keptWhole.join(',')}: their places do not all have the same counts, so province sums would not give the charts' figures`,
    );
  return 0;
}

function remove(dir: string, args: Args, io: Io): number {
  const [id] = args.positional;
  if (!id) return usage(io, 'which dataset? npm run data:remove -- ID');
  const loaded = loadCatalogue(dir);
  if (!loaded.ok) {
    for (const p of loaded.problems) io.err(p);
    return 1;
  }
  const { catalogue } = loaded;
  const entry = catalogue.datasets.find((d) => d.id === id);
  if (!entry) {
    io.err(
      `no dataset "${id}" in ${path.join(dir, CATALOGUE_NAME)} (published: ${catalogue.datasets.map((d) => d.id).join(', ')})`,
    );
    return 1;
  }
  if (entry.kind === 'articles') {
    io.err(`"${id}" is the articles dataset, which the site is built on; it is not removed`);
    return 1;
  }
  const gone = resourcesOf(catalogue, entry);
  const next: Catalogue = {
    ...catalogue,
    resources: catalogue.resources.filter((r) => r.dataset !== id),
    datasets: catalogue.datasets.filter((d) => d.id !== id),
  };
  // The catalogue first: once it no longer lists them, the files are unused, then deleted.
  writeAtomic(path.join(dir, CATALOGUE_NAME), catalogueText(next));
  for (const r of gone) rmSync(path.join(dir, r.path), { force: true });
  const folder = path.join(dir, 'stats', id);
  if (existsSync(folder) && readdirSync(folder).length === 0) rmdirSync(folder);
  io.out(`removed "${id}": ${gone.length} files`);
  return 0;
}

const HELP = `npm run data:add -- FILE --id ID --title TITLE [--title-en TITLE] [--title-hant TITLE] [--publisher NAME]
                     [--as-of YYYY-MM-DD] [--synthetic] [--replace] [--lang en] [--dir DIR]
                     [--sheet NAME]  (FILE is CSV, JSON or an .xlsx workbook)
npm run data:check [-- --fix] [--dir DIR]
npm run data:remove -- ID [--dir DIR]`;

function usage(io: Io, message?: string): number {
  if (message) io.err(message);
  io.err(HELP);
  return 2;
}

/** Runs one command; returns the exit code. */
export function runDataCli(argv: readonly string[], io: Io): number {
  const [command, ...rest] = argv;
  const args = parseArgs(rest);
  if (typeof args === 'string') return usage(io, args);
  const dirFlag = args.flags.get('dir');
  const dir = typeof dirFlag === 'string' ? path.resolve(dirFlag) : io.dataDir;
  switch (command) {
    case 'add':
      return add(dir, args, io);
    case 'check':
      return check(dir, args, io);
    case 'remove':
      return remove(dir, args, io);
    default:
      return usage(io, command ? `unknown command ${command}` : undefined);
  }
}
