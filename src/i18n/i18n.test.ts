import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readCatalogFiles } from './read-catalog-files';
import { LOCALES, interpolate, messagesOf, translator } from './i18n';
import { messagesOf as base } from './i18n';

const zhCN = base('zh-CN');

describe('locale catalogs', () => {
  it.each(LOCALES)('%s has exactly the keys of the base locale, none empty', (locale) => {
    const messages = messagesOf(locale);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(zhCN).sort());
    for (const [key, text] of Object.entries(messages)) expect(text.trim(), key).not.toBe('');
  });
  it.each(LOCALES)('%s uses the same placeholders as the base locale', (locale) => {
    const messages = messagesOf(locale);
    const names = (s: string) =>
      [...new Set([...s.matchAll(/\{(\w+)(?:\|[^|{}]*\|[^|{}]*)?\}/g)].map((m) => m[1]))].sort();
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
      expect(names(messages[key]), key).toEqual(names(zhCN[key]));
    }
  });
});

describe('registering a locale', () => {
  it('bundles only the base locale; another is refused until registered, and must be complete', async () => {
    vi.resetModules();
    const fresh = await import('./i18n');
    expect(fresh.isLocaleLoaded('zh-CN')).toBe(true);
    expect(fresh.isLocaleLoaded('en')).toBe(false);
    expect(() => fresh.translator('en')).toThrow(/en catalogue is not loaded/);
    const files = readCatalogFiles('en');
    expect(() => fresh.registerCatalog('en', files.slice(1))).toThrow(/The en catalogue lacks \d+ texts/);
    expect(fresh.isLocaleLoaded('en')).toBe(false);
    fresh.registerCatalog('en', files);
    expect(fresh.translator('en')('change.down', { value: '1%' })).toBe('down 1%');
  });
});

describe('translator', () => {
  it('fills placeholders', () => {
    expect(translator('zh-CN')('change.down', { value: '27.7%' })).toBe('下降27.7%');
    expect(translator('en')('change.down', { value: '27.7%' })).toBe('down 27.7%');
  });
  it('agrees a word with a count', () => {
    const rows = '{rows} {rows|row|rows}';
    expect(interpolate(rows, { rows: 1 })).toBe('1 row');
    expect(interpolate(rows, { rows: 2 })).toBe('2 rows');
    expect(interpolate(rows, { rows: 0 })).toBe('0 rows');
    expect(interpolate(rows, { rows: '1,200' })).toBe('1,200 rows');
    expect(interpolate('{rows|row|rows}', {})).toBe('{rows|row|rows}');
  });
  it('says "1 row" and "1 line" in English, not "1 rows"', () => {
    const en = translator('en');
    const one = { file: 'a.csv', date: '2026-01-01', publisher: 'X', asOf: '2025-12-31', lines: '5' };
    const texts = [
      en('present.stats.cover.file', { ...one, rows: 1 }),
      en('present.stats.source', { ...one, count: 1 }),
      en('present.stats.sourceAll', { ...one, count: 1 }),
      en('present.stats.end.loaded', { ...one, rows: 1 }),
      en('present.stats.cover.filePublished', { ...one, rows: 1 }),
      en('present.stats.sourcePublished', { ...one, count: 1 }),
      en('present.stats.sourceAllPublished', { ...one, count: 1 }),
      en('present.stats.end.loadedPublished', { ...one, rows: 1 }),
      en('present.stats.sourceSummedPublished', { ...one, count: 1 }),
      en('import.ui.datasetMeta', { ...one, rows: 1 }),
      en('import.problem.identicalRows', { ...one, count: 1 }),
      en('import.ui.invisibleRemoved', { ...one, count: 1 }),
    ];
    for (const text of texts) expect(text).not.toMatch(/\b1 (rows|lines)\b|\blines 5\b|rows are/);
    expect(en('import.problem.identicalRows', { ...one, count: 1 })).toBe(
      '1 more row is identical to this one: line 5. Delete the copies.',
    );
    expect(en('import.problem.identicalRows', { count: 2, lines: '5, 9' })).toBe(
      '2 more rows are identical to this one: lines 5, 9. Delete the copies.',
    );
    expect(en('present.stats.sourceAll', { ...one, count: 3 })).toContain('3 lines');
  });
  it('leaves a placeholder with no value visible', () => {
    expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});

describe('locale files', () => {
  const dir = (locale: string) => path.resolve(import.meta.dirname, 'locales', locale);
  const namespaces = readdirSync(dir('zh-CN')).filter((f) => f.endsWith('.json'));
  const keysOf = (locale: string, ns: string) =>
    Object.keys(JSON.parse(readFileSync(path.join(dir(locale), ns), 'utf8')) as object);

  it.each(LOCALES)('%s has a file for every namespace, with the same keys as the base', (locale) => {
    for (const ns of namespaces) expect(keysOf(locale, ns).sort(), ns).toEqual(keysOf('zh-CN', ns).sort());
  });
  it('no key is defined in two namespaces (a later one would silently win)', () => {
    const seen = new Map<string, string>();
    for (const ns of namespaces)
      for (const key of keysOf('zh-CN', ns)) {
        expect(seen.get(key), `${key} in ${ns}`).toBeUndefined();
        seen.set(key, ns);
      }
  });
});
