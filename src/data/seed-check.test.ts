import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { datumFigures, findFigure } from './quote-figures';
import {
  datasetSchema,
  type Dataset,
  type Localized,
  type Observation,
  type PolicyEvent,
  type RepostQuote,
  type Source,
} from './schema';

/**
 * Provenance of the bundled dataset: every quote stands verbatim in the article it cites,
 * every figure stands in its quote, and every number written in digits in an article is
 * either carried by the data or excused in seed-exclusions.json with a reason.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
/** The seed articles beside the worktree; SEEDS_DIR points the check elsewhere (another checkout layout). */
const SEEDS = process.env.SEEDS_DIR
  ? path.resolve(process.env.SEEDS_DIR)
  : path.resolve(import.meta.dirname, '../../../shared/seeds');
/** Set by CI services (CI=true); there a missing seeds folder is a broken checkout, not a reason to skip. */
const IN_CI = !['', '0', 'false'].includes((process.env.CI ?? '').trim().toLowerCase());
const DATASET_FILE = path.join(ROOT, 'public/data/dataset.json');
const EXCLUSIONS_FILE = path.join(import.meta.dirname, 'seed-exclusions.json');

/** Articles stored word-segmented, with `|` between tokens; quotes cite them with `|` removed. */
const WORD_SEGMENTED = new Set(['000_5fb94c02a28ea53e.txt']);
/**
 * Articles scraped from a page that prints the pinyin of some characters after them (南關(guān)區(qū)): a
 * page artefact, not the text, so quotes cite them with those annotations removed and nothing else changed.
 */
const PINYIN_ANNOTATED = new Set(['003_e2d9b277fce936bd.txt']);
const PINYIN_ANNOTATION = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g;

const exclusionsSchema = z.record(
  z.string().regex(/^s\d{3}$/),
  z.array(z.object({ text: z.string().min(1), why: z.string().min(3) })),
);
type Exclusion = { text: string; why: string };

const parsed = datasetSchema.safeParse(JSON.parse(readFileSync(DATASET_FILE, 'utf8')) as unknown);
const dataset: Dataset | undefined = parsed.success ? parsed.data : undefined;
const observations: Observation[] = dataset?.observations ?? [];
const events: PolicyEvent[] = dataset?.events ?? [];
const sources: Source[] = dataset?.sources ?? [];

describe('public/data/dataset.json', () => {
  it('parses with datasetSchema', () => {
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  // Read as files, not imported: the data layer imports nothing above it (src/figures/indicator-method.ts
  // looks these texts up by the same key).
  it.each(readdirSync(path.join(ROOT, 'src/i18n/locales')))(
    '%s: every indicator has its own 口径 text of what it counts (method.counts.<id>)',
    (locale) => {
      const messages = JSON.parse(
        readFileSync(path.join(ROOT, 'src/i18n/locales', locale, 'method.json'), 'utf8'),
      ) as Record<string, string>;
      const missing = (dataset?.indicators ?? []).filter((i) => !messages[`method.counts.${i.id}`]);
      expect(missing.map((i) => i.id)).toEqual([]);
    },
  );

  it('is the published, non-synthetic dataset', () => {
    expect(dataset?.id).toBe('published');
    expect(dataset?.synthetic).toBe(false);
  });

  it('names every source’s publication in every language', () => {
    for (const source of sources) {
      // A Simplified article's name is the one it prints.
      if (source.script !== 'Hant')
        expect(source.publicationName?.['zh-CN'], source.id).toBe(source.publication);
      expect(source.publicationName?.en, source.id).toMatch(/^[\x20-\x7e’]+$/);
      expect(source.publicationName?.['zh-Hant'], source.id).toBeDefined();
    }
  });

  it('has every text in Traditional Chinese too, with what it quotes left as the source wrote it', () => {
    const texts: Localized[] = [];
    const walk = (x: unknown): void => {
      if (Array.isArray(x)) x.forEach(walk);
      else if (x && typeof x === 'object') {
        if ('zh-CN' in x && 'en' in x) texts.push(x as Localized);
        else Object.values(x).forEach(walk);
      }
    };
    walk(dataset);
    expect(texts.length).toBeGreaterThan(200);
    const quoted = (s: string) => s.match(/“[^”]*”|‘[^’]*’|《[^》]*》/g) ?? [];
    for (const text of texts) {
      expect(text['zh-Hant'], text['zh-CN']).toBeDefined();
      expect(quoted(text['zh-Hant'] ?? ''), text['zh-CN']).toEqual(quoted(text['zh-CN']));
    }
  });
});

// ---------------------------------------------------------------------------------------------

/** Article text as quotes cite it: `|` removed from the segmented article, the pinyin from the annotated one. */
function articleText(file: string): string {
  const raw = readFileSync(path.join(SEEDS, file), 'utf8');
  if (PINYIN_ANNOTATED.has(file)) return raw.replace(PINYIN_ANNOTATION, '');
  return WORD_SEGMENTED.has(file) ? raw.replaceAll('|', '') : raw;
}

const textCache = new Map<string, string>();
function textOf(sourceId: string): string {
  const cached = textCache.get(sourceId);
  if (cached !== undefined) return cached;
  const source = sources.find((s) => s.id === sourceId);
  if (!source) throw new Error(`unknown source ${sourceId}`);
  const text = articleText(source.seedFile);
  textCache.set(sourceId, text);
  return text;
}

/** Every start index of `needle` in `text`. */
function occurrences(text: string, needle: string): number[] {
  const at: number[] = [];
  if (!needle) return at;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) at.push(i);
  return at;
}

const close = (a: number, b: number) => Math.abs(a - b) < 1e-9;

/** A number written in digits in an article, with 万/亿 applied (6.9万 → 69000). */
type Written = { start: number; end: number; text: string; value: number; next: string };

function writtenNumbers(text: string): Written[] {
  return [...text.matchAll(/\d+(?:\.\d+)?/g)].map((m) => {
    const start = m.index;
    const end = start + m[0].length;
    const next = text[end] ?? '';
    const scale = next === '万' ? 1e4 : next === '亿' ? 1e8 : 1;
    return { start, end, text: m[0], value: Number(m[0]) * scale, next };
  });
}

/** Year, month and day numbers of every period, baseline year and event date of a source. */
function dateParts(sourceId: string): { years: Set<number>; months: Set<number>; days: Set<number> } {
  const years = new Set<number>();
  const months = new Set<number>();
  const days = new Set<number>();
  const addIso = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number);
    if (y !== undefined) years.add(y);
    if (m !== undefined) months.add(m);
    if (d !== undefined) days.add(d);
  };
  for (const o of observations.filter((x) => x.source === sourceId)) {
    years.add(o.period.year);
    if (o.period.asOf) addIso(o.period.asOf);
    if (o.baseline?.year !== undefined) years.add(o.baseline.year);
  }
  for (const e of events.filter((x) => x.source === sourceId)) addIso(e.date);
  return { years, months, days };
}

/** Why a written number needs no exclusion: a figure in a datum's quote, or a date part. */
function carriedBy(sourceId: string, n: Written): string | null {
  const text = textOf(sourceId);
  for (const o of observations.filter((x) => x.source === sourceId)) {
    const inQuote = occurrences(text, o.quote).some((at) => n.start >= at && n.end <= at + o.quote.length);
    if (inQuote && datumFigures(o).some((f) => close(Math.abs(f.n), n.value))) return o.id;
  }
  const { years, months, days } = dateParts(sourceId);
  if (n.next === '年' && years.has(n.value)) return 'year';
  if (n.next === '月' && months.has(n.value)) return 'month';
  if ((n.next === '日' || n.next === '号') && days.has(n.value)) return 'day';
  return null;
}

function excludedBy(text: string, n: Written, list: readonly Exclusion[]): Exclusion | undefined {
  return list.find((x) =>
    occurrences(text, x.text).some((at) => n.start >= at && n.end <= at + x.text.length),
  );
}

const context = (text: string, n: Written) =>
  `${n.text} in «${text.slice(Math.max(0, n.start - 12), n.end + 12).replaceAll('\n', '⏎')}»`;

// ---------------------------------------------------------------------------------------------

const seedsPresent = existsSync(SEEDS);
const describeSeeds = seedsPresent ? describe : describe.skip;

if (!seedsPresent && IN_CI) {
  describe('provenance against the seed articles (../shared/seeds)', () => {
    it('has the seed articles to check against: with CI set, provenance fails instead of skipping', () => {
      expect.fail(`seed articles not found at ${SEEDS}; in CI the provenance check must run (set SEEDS_DIR)`);
    });
  });
}
const seedsTitle = seedsPresent
  ? 'provenance against the seed articles (../shared/seeds)'
  : 'provenance: seed articles absent (../shared/seeds not found), skipped';

describeSeeds(seedsTitle, () => {
  const exclusions = exclusionsSchema.parse(JSON.parse(readFileSync(EXCLUSIONS_FILE, 'utf8')) as unknown);
  const original = (id: string) => !sources.find((s) => s.id === id)?.sameTextAs;
  /** Sources whose every written number must be accounted for: the originals, not reposts. */
  const audited = sources.filter((s) => !s.sameTextAs);

  describe('sources', () => {
    it('every article in the seeds folder has a source, and every source its article', () => {
      const files = readdirSync(SEEDS)
        .filter((f) => f.endsWith('.txt'))
        .sort();
      expect(sources.map((s) => s.seedFile).sort()).toEqual(files);
    });

    it('a repost names an original source that is not itself a repost', () => {
      for (const s of sources.filter((x) => x.sameTextAs)) {
        const target = sources.find((x) => x.id === s.sameTextAs);
        expect(target, `${s.id} → ${s.sameTextAs}`).toBeDefined();
        expect(target?.sameTextAs).toBeUndefined();
      }
    });

    it('exclusions name existing original sources', () => {
      for (const id of Object.keys(exclusions)) {
        expect(sources.some((s) => s.id === id) && original(id), id).toBe(true);
      }
    });
  });

  /**
   * A datum whose article has a Traditional repost shows the repost's own sentence in zh-Hant: it must
   * stand there verbatim, and every such datum carries it.
   */
  const expectRepost = (datum: { source: string; repost?: RepostQuote }) => {
    const traditionalRepost = sources.find((s) => s.sameTextAs === datum.source && s.script === 'Hant');
    expect(datum.repost?.source).toBe(traditionalRepost?.id);
    if (!datum.repost) return;
    expect(sources.find((s) => s.id === datum.repost?.source)?.sameTextAs).toBe(datum.source);
    expect(textOf(datum.repost.source).includes(datum.repost.quote)).toBe(true);
  };

  describe('observations', () => {
    const rows = observations.map((o) => [o.id, o] as const);

    it.each(rows)('%s: cites an original article, not a repost', (_id, o) => {
      expect(original(o.source)).toBe(true);
    });

    it.each(rows)('%s: quote stands verbatim in its article', (_id, o) => {
      expect(textOf(o.source).includes(o.quote)).toBe(true);
    });

    it.each(rows)('%s: every figure stands in the quote', (_id, o) => {
      const missing = datumFigures(o)
        .filter((f) => findFigure(o.quote, f.n) === null)
        .map((f) => f.n);
      expect(missing).toEqual([]);
    });

    it.each(rows)('%s: a repost sentence stands verbatim in the repost, with every figure', (_id, o) => {
      expectRepost(o);
      if (!o.repost) return;
      const repost = o.repost;
      const missing = datumFigures(o)
        .filter((f) => findFigure(repost.quote, f.n) === null)
        .map((f) => f.n);
      expect(missing).toEqual([]);
    });

    it.each(rows)('%s: a scope is called an average only where the quote says 平均', (_id, o) => {
      if (o.scope.average) expect(o.quote).toContain('平均');
    });

    it.each(rows)('%s: the inconsistent flag agrees with the counts', (_id, o) => {
      const hasAll = o.value !== undefined && o.baseline !== undefined && o.statedChange !== undefined;
      if (!hasAll) {
        // A flag needs the counts and the stated change it is checked against.
        expect(o.inconsistent ?? false).toBe(false);
        return;
      }
      const base = o.baseline!.value;
      expect(base).not.toBe(0);
      const computed = ((o.value! - base) / base) * 100;
      const disagrees = Math.abs(o.statedChange! - computed) >= 1;
      expect(o.inconsistent ?? false).toBe(disagrees);
    });
  });

  describe('events', () => {
    const rows = events.map((e) => [e.id, e] as const);

    it.each(rows)('%s: cites an original article, not a repost', (_id, e) => {
      expect(original(e.source)).toBe(true);
    });

    it.each(rows)('%s: quote stands verbatim in its article', (_id, e) => {
      expect(textOf(e.source).includes(e.quote)).toBe(true);
    });

    it.each(rows)('%s: a repost sentence stands verbatim in the repost', (_id, e) => expectRepost(e));

    it.each(rows)('%s: the document title stands in the quote', (_id, e) => {
      if (e.documentTitle !== undefined) expect(e.quote).toContain(`《${e.documentTitle}》`);
    });
  });

  describe('coverage: every number written in digits is in the data or excused', () => {
    const rows = audited.map((s) => [s.id, s] as const);

    it.each(rows)('%s: every written number is carried by a datum, a date or an exclusion', (id) => {
      const text = textOf(id);
      const list = exclusions[id] ?? [];
      const unaccounted = writtenNumbers(text)
        .filter((n) => carriedBy(id, n) === null && !excludedBy(text, n, list))
        .map((n) => context(text, n));
      expect(unaccounted, `unaccounted:\n${unaccounted.join('\n')}`).toEqual([]);
    });

    it.each(rows)('%s: every exclusion is in the article and excuses a number nothing else carries', (id) => {
      const text = textOf(id);
      const stale = (exclusions[id] ?? []).filter((x) => {
        const numbers = writtenNumbers(text).filter((n) => excludedBy(text, n, [x]));
        return numbers.length === 0 || numbers.every((n) => carriedBy(id, n) !== null);
      });
      expect(stale.map((x) => x.text)).toEqual([]);
    });
  });
});
