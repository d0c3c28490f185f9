import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isLocaleLoaded, registerCatalog, type Locale } from './i18n';

/** For scripts and tests in Node: a locale's catalogue files, read from `locales/<locale>/`. */
export function readCatalogFiles(locale: Locale): unknown[] {
  const dir = path.resolve(import.meta.dirname, 'locales', locale);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as unknown);
}

/** For scripts and tests in Node: makes a locale's text available, read from the disk if not yet here. */
export function loadCatalogFromDisk(locale: Locale): void {
  if (!isLocaleLoaded(locale)) registerCatalog(locale, readCatalogFiles(locale));
}
