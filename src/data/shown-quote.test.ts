import { describe, expect, it } from 'vitest';
import type { Source } from './schema';
import { shownQuote } from './shown-quote';

// Invented sources and sentences (synthetic), shaped like an article and its Traditional repost.
const sources: Source[] = [
  { id: 's100', seedFile: 'a.txt', title: '示例', publication: '示例报', date: '2020-01', authors: [] },
  {
    id: 's101',
    seedFile: 'b.txt',
    title: '示例',
    publication: '示例網',
    date: '2020-01',
    authors: [],
    sameTextAs: 's100',
    script: 'Hant',
  },
];
const sourceOf = (list: Source[]) => (id: string) => list.find((s) => s.id === id);
const withRepost = {
  source: 's100',
  quote: '会议减少了3个。',
  repost: { source: 's101', quote: '會議減少了3個。' },
};
const withoutRepost = { source: 's100', quote: '文件减少了5个。' };

describe('shownQuote', () => {
  it('shows the Traditional repost’s own sentence in zh-Hant', () => {
    expect(shownQuote(withRepost, sourceOf(sources), 'zh-Hant')).toEqual({
      text: '會議減少了3個。',
      lang: 'zh-Hant',
      sourceId: 's101',
      simplifiedOriginal: false,
    });
  });
  it('shows the Simplified original marked as such in zh-Hant where there is no repost', () => {
    expect(shownQuote(withoutRepost, sourceOf(sources), 'zh-Hant')).toEqual({
      text: '文件减少了5个。',
      lang: 'zh-CN',
      sourceId: 's100',
      simplifiedOriginal: true,
    });
  });
  it('shows the original, unmarked, in zh-CN and English', () => {
    for (const locale of ['zh-CN', 'en'] as const)
      expect(shownQuote(withRepost, sourceOf(sources), locale)).toEqual({
        text: '会议减少了3个。',
        lang: 'zh-CN',
        sourceId: 's100',
        simplifiedOriginal: false,
      });
  });
  it('never takes a sentence from a source that is not a Traditional repost of the article', () => {
    const notTraditional = sources.map((s) => (s.id === 's101' ? { ...s, script: 'Hans' as const } : s));
    expect(shownQuote(withRepost, sourceOf(notTraditional), 'zh-Hant').text).toBe('会议减少了3个。');
  });
});
