import zhCommon from './locales/zh-CN/common.json';
import zhFilters from './locales/zh-CN/filters.json';
import zhCases from './locales/zh-CN/cases.json';
import zhTimeline from './locales/zh-CN/timeline.json';
import zhTable from './locales/zh-CN/table.json';
import zhImport from './locales/zh-CN/import.json';
import zhPresent from './locales/zh-CN/present.json';
import zhMethod from './locales/zh-CN/method.json';
import hantCommon from './locales/zh-Hant/common.json';
import hantFilters from './locales/zh-Hant/filters.json';
import hantCases from './locales/zh-Hant/cases.json';
import hantTimeline from './locales/zh-Hant/timeline.json';
import hantTable from './locales/zh-Hant/table.json';
import hantImport from './locales/zh-Hant/import.json';
import hantPresent from './locales/zh-Hant/present.json';
import hantMethod from './locales/zh-Hant/method.json';
import enCommon from './locales/en/common.json';
import enFilters from './locales/en/filters.json';
import enCases from './locales/en/cases.json';
import enTimeline from './locales/en/timeline.json';
import enTable from './locales/en/table.json';
import enImport from './locales/en/import.json';
import enPresent from './locales/en/present.json';
import enMethod from './locales/en/method.json';

/**
 * One catalogue per locale, split by feature so each feature's strings live together. The base locale
 * (zh-CN) defines the keys; every other locale must have the same ones (checked by i18n.test.ts).
 */
const zhCN = {
  ...zhCommon,
  ...zhFilters,
  ...zhCases,
  ...zhTimeline,
  ...zhTable,
  ...zhImport,
  ...zhPresent,
  ...zhMethod,
};
const zhHant: Record<keyof typeof zhCN, string> = {
  ...hantCommon,
  ...hantFilters,
  ...hantCases,
  ...hantTimeline,
  ...hantTable,
  ...hantImport,
  ...hantPresent,
  ...hantMethod,
};
const en: Record<keyof typeof zhCN, string> = {
  ...enCommon,
  ...enFilters,
  ...enCases,
  ...enTimeline,
  ...enTable,
  ...enImport,
  ...enPresent,
  ...enMethod,
};

/** Every UI string has a key in the base locale; other locales must have the same keys. */
export type MessageKey = keyof typeof zhCN;
export type Messages = Record<MessageKey, string>;

/** Simplified Chinese (the base), Traditional Chinese, English — the order of the language switch. */
export const LOCALES = ['zh-CN', 'zh-Hant', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

const catalogs: Record<Locale, Messages> = { 'zh-CN': zhCN, 'zh-Hant': zhHant, en };

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
