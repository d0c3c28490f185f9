import type { Localized, Source } from './schema';

/** The languages a dataset's own texts are written in (the UI's locales; i18n's `Locale` is the same). */
export type TextLocale = keyof Localized;

/**
 * A dataset text in a locale. A text without a Traditional form (a file written before zh-Hant existed, a
 * catalogue title) falls back to the Simplified one, which is its base; every other locale is required.
 */
export function inLocale(text: Localized, locale: TextLocale): string;
export function inLocale(text: Localized | undefined, locale: TextLocale): string | undefined;
export function inLocale(text: Localized | undefined, locale: TextLocale): string | undefined {
  if (!text) return undefined;
  return text[locale] ?? text['zh-CN'];
}

/** A source's publication in a locale: 人民日报 / 人民日報 / People’s Daily; as printed where it has no names. */
export function publicationIn(source: Source, locale: TextLocale): string {
  return inLocale(source.publicationName, locale) ?? source.publication;
}
