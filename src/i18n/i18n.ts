import { zhCN, type MessageKey, type Messages } from './catalog-zh-CN';

export type { MessageKey, Messages } from './catalog-zh-CN';

/** Simplified Chinese (the base), Traditional Chinese, English — the order of the language switch. */
export const LOCALES = ['zh-CN', 'zh-Hant', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/**
 * The catalogues here so far. Only the base locale's is bundled with the app (a reader of the default
 * language downloads no other); another is fetched when chosen (load-locale.ts) or read from the disk by a
 * script (scripts/data-cli.ts, the unit tests' setup), and registered here before anything is shown in it.
 */
const catalogs: Partial<Record<Locale, Messages>> = { 'zh-CN': zhCN };

/** Whether a locale's catalogue is here, so its text can be shown at once. */
export function isLocaleLoaded(locale: Locale): boolean {
  return catalogs[locale] !== undefined;
}

/**
 * Registers a locale's catalogue, merged from its files (one per feature, as in `locales/<locale>/`): it
 * must hold every text of the base locale, or it is refused, naming what it lacks.
 */
export function registerCatalog(locale: Locale, files: readonly unknown[]): void {
  const messages: Record<string, unknown> = Object.assign({}, ...files.filter((f) => typeof f === 'object'));
  const missing = Object.keys(zhCN).filter((key) => typeof messages[key] !== 'string');
  if (missing.length > 0)
    throw new Error(`The ${locale} catalogue lacks ${missing.length} texts (${missing[0]} …)`);
  catalogs[locale] = messages as Messages;
}

export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * Fills `{name}` placeholders; a placeholder with no value stays visible so a missing variable is noticed.
 * `{name|one|other}` is a word that agrees with a count (English: "{rows} {rows|row|rows}"): `one` when the
 * value is 1, else `other`.
 */
export function interpolate(template: string, vars?: Vars): string {
  if (!vars) return template;
  return template.replace(
    /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g,
    (whole, name: string, one?: string, other?: string) => {
      if (!(name in vars)) return whole;
      const value = vars[name];
      if (one === undefined || other === undefined) return String(value);
      return Number(value) === 1 ? one : other;
    },
  );
}

/**
 * Returns the translator for a locale; falls back to the base locale for a missing key. The locale's
 * catalogue must be here (`loadLocale`, `registerCatalog`): asking for one that is not is a bug, not a
 * fallback to another language.
 */
export function translator(locale: Locale): Translate {
  const messages = messagesOf(locale);
  return (key, vars) => interpolate(messages[key] ?? zhCN[key] ?? key, vars);
}

/** A loaded locale's catalogue. */
export function messagesOf(locale: Locale): Messages {
  const messages = catalogs[locale];
  if (!messages) throw new Error(`The ${locale} catalogue is not loaded: load it first`);
  return messages;
}
