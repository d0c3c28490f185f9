import { describe, expect, it } from 'vitest';
import { inLocale, publicationIn } from './localized';
import type { Source } from './schema';

// An invented source (synthetic).
const source: Source = {
  id: 's100',
  seedFile: 'a.txt',
  title: '示例',
  publication: '示例日报',
  publicationName: { 'zh-CN': '示例日报', 'zh-Hant': '示例日報', en: 'Example Daily' },
  date: '2020-01',
  authors: [],
};

describe('texts in a locale', () => {
  it('gives a publication its name in each language', () => {
    expect(publicationIn(source, 'en')).toBe('Example Daily');
    expect(publicationIn(source, 'zh-Hant')).toBe('示例日報');
    expect(publicationIn(source, 'zh-CN')).toBe('示例日报');
  });
  it('falls back to the printed name, and to the Simplified text where no Traditional one is given', () => {
    expect(publicationIn({ ...source, publicationName: undefined }, 'en')).toBe('示例日报');
    expect(inLocale({ 'zh-CN': '标题', en: 'Title' }, 'zh-Hant')).toBe('标题');
    expect(inLocale(undefined, 'en')).toBeUndefined();
  });
});
