import { isLocaleLoaded, registerCatalog, type Locale } from './i18n';

/**
 * The other locales' files, as the build emits them (`?url`). Fetched rather than imported: a browser keeps
 * a module that failed to load as failed for the page's life, so a language whose file a flaky network
 * dropped could never be chosen again without a reload; a fetch can simply be tried again.
 */
const FILE_URLS = import.meta.glob<string>(['./locales/zh-Hant/*.json', './locales/en/*.json'], {
  query: '?url',
  import: 'default',
  eager: true,
});

const loading = new Map<Locale, Promise<void>>();

/** A locale's files, fetched side by side. */
async function fetchFiles(locale: Locale): Promise<unknown[]> {
  const urls = Object.entries(FILE_URLS).flatMap(([file, url]) =>
    file.includes(`/${locale}/`) ? [url] : [],
  );
  return Promise.all(
    urls.map(async (url) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return (await response.json()) as unknown;
    }),
  );
}

/**
 * Loads a locale's catalogue (once; at once for one already here). Whatever shows a locale waits for this
 * first: the language switch (ui-store `setLocale`), and the app's start for a stored language or an
 * embedded chart's `lang=`. Rejects if a file cannot be fetched or is incomplete; a later call tries again.
 */
export function loadLocale(locale: Locale): Promise<void> {
  if (isLocaleLoaded(locale)) return Promise.resolve();
  let pending = loading.get(locale);
  if (!pending) {
    pending = fetchFiles(locale)
      .then((files) => registerCatalog(locale, files))
      .finally(() => loading.delete(locale));
    loading.set(locale, pending);
  }
  return pending;
}
