// Unit tests read every locale's text synchronously, as the app does once a locale is loaded: each
// catalogue is read from the disk (scripts/data-cli.ts does the same).
import { loadCatalogFromDisk } from './read-catalog-files';
import { LOCALES } from './i18n';

for (const locale of LOCALES) loadCatalogFromDisk(locale);
