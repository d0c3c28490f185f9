import type { TextLocale } from './localized';
import type { RepostQuote, Source } from './schema';

/** The quote a datum shows in a locale, the source it is quoted from and how to mark it. */
export type ShownQuote = {
  text: string;
  /** The language of the quote's own text, for the element's `lang`. */
  lang: 'zh-CN' | 'zh-Hant';
  /** The source the text is quoted from: the datum's own, or the repost it was taken from. */
  sourceId: string;
  /** Shown in the Simplified original to a reader of Traditional Chinese: said so beside it. */
  simplifiedOriginal: boolean;
};

/**
 * Quotes are never converted. In zh-Hant a datum whose article has a Traditional repost shows the repost's
 * own sentence (checked verbatim in seed-check.test.ts); any other datum shows its Simplified original,
 * marked as such. Every other locale shows the original.
 */
export function shownQuote(
  datum: { source: string; quote: string; repost?: RepostQuote },
  sourceOf: (id: string) => Source | undefined,
  locale: TextLocale,
): ShownQuote {
  const original: ShownQuote = {
    text: datum.quote,
    lang: 'zh-CN',
    sourceId: datum.source,
    simplifiedOriginal: locale === 'zh-Hant',
  };
  if (locale !== 'zh-Hant' || !datum.repost) return original;
  const repost = sourceOf(datum.repost.source);
  if (repost?.script !== 'Hant' || repost.sameTextAs !== datum.source) return original;
  return { text: datum.repost.quote, lang: 'zh-Hant', sourceId: repost.id, simplifiedOriginal: false };
}
