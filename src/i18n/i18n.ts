import zhCN from './zh-CN.json';
import en from './en.json';

/** Every UI string has a key in the base locale; other locales must have the same keys. */
export type MessageKey = keyof typeof zhCN;
export type Messages = Record<MessageKey, string>;

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

const catalogs: Record<Locale, Messages> = { 'zh-CN': zhCN, en };

export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Fills `{name}` placeholders; a placeholder with no value stays visible so a missing variable is noticed. */
export function interpolate(template: string, vars?: Vars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Returns the translator for a locale; falls back to the base locale for a missing key. */
export function translator(locale: Locale): Translate {
  const messages = catalogs[locale];
  return (key, vars) => interpolate(messages[key] ?? zhCN[key] ?? key, vars);
}

export function messagesOf(locale: Locale): Messages {
  return catalogs[locale];
}
