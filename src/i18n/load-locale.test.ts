import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** Outside a build a locale file's URL is its path from the project's root: `fetch` answering it from disk. */
const ROOT = path.resolve(import.meta.dirname, '../..');
const fetchFromDisk = (url: string) =>
  Promise.resolve(new Response(readFileSync(path.join(ROOT, url.split('?')[0] ?? url))));

describe('loadLocale', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('bundles only the base locale; another is fetched once, and is refused until then', async () => {
    vi.resetModules();
    const fresh = { ...(await import('./i18n')), ...(await import('./load-locale')) };
    const fetched: string[] = [];
    vi.stubGlobal('fetch', (url: string) => {
      fetched.push(url);
      return fetchFromDisk(url);
    });
    expect(fresh.isLocaleLoaded('zh-CN')).toBe(true);
    expect(fresh.isLocaleLoaded('en')).toBe(false);
    expect(() => fresh.translator('en')).toThrow(/en catalogue is not loaded/);
    const first = fresh.loadLocale('en');
    expect(fresh.loadLocale('en')).toBe(first);
    await first;
    expect(fresh.isLocaleLoaded('en')).toBe(true);
    expect(fresh.translator('en')('change.down', { value: '1%' })).toBe('down 1%');
    expect(fresh.isLocaleLoaded('zh-Hant')).toBe(false);
    expect(fetched.length).toBeGreaterThan(0);
    expect(fetched.every((url) => url.includes('/locales/en/'))).toBe(true);
    await fresh.loadLocale('en');
    expect(fetched.length).toBe(new Set(fetched).size);
  });

  it('a file that cannot be fetched fails the load, and the next try fetches again', async () => {
    vi.resetModules();
    const fresh = { ...(await import('./i18n')), ...(await import('./load-locale')) };
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    await expect(fresh.loadLocale('zh-Hant')).rejects.toThrow('Failed to fetch');
    expect(fresh.isLocaleLoaded('zh-Hant')).toBe(false);
    vi.stubGlobal('fetch', (url: string) =>
      url.endsWith('common.json') ? Promise.resolve(new Response('', { status: 404 })) : fetchFromDisk(url),
    );
    await expect(fresh.loadLocale('zh-Hant')).rejects.toThrow(/common\.json: HTTP 404/);
    vi.stubGlobal('fetch', fetchFromDisk);
    await fresh.loadLocale('zh-Hant');
    expect(fresh.translator('zh-Hant')('locale.label')).toBe(fresh.messagesOf('zh-Hant')['locale.label']);
  });

  it('a catalogue missing texts is refused, naming what it lacks', async () => {
    vi.resetModules();
    const fresh = { ...(await import('./i18n')), ...(await import('./load-locale')) };
    vi.stubGlobal('fetch', (url: string) =>
      url.endsWith('method.json') ? Promise.resolve(new Response('{}')) : fetchFromDisk(url),
    );
    await expect(fresh.loadLocale('en')).rejects.toThrow(/The en catalogue lacks \d+ texts \(method\./);
  });
});
