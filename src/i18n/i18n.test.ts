import { describe, expect, it } from 'vitest';
import { LOCALES, interpolate, messagesOf, translator } from './i18n';
import zhCN from './zh-CN.json';

describe('locale catalogs', () => {
  it.each(LOCALES)('%s has exactly the keys of the base locale, none empty', (locale) => {
    const messages = messagesOf(locale);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(zhCN).sort());
    for (const [key, text] of Object.entries(messages)) expect(text.trim(), key).not.toBe('');
  });
  it.each(LOCALES)('%s uses the same placeholders as the base locale', (locale) => {
    const messages = messagesOf(locale);
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
      expect(names(messages[key]), key).toEqual(names(zhCN[key]));
    }
  });
});

describe('translator', () => {
  it('fills placeholders', () => {
    expect(translator('zh-CN')('change.down', { value: '27.7%' })).toBe('下降27.7%');
    expect(translator('en')('change.down', { value: '27.7%' })).toBe('down 27.7%');
  });
  it('leaves a placeholder with no value visible', () => {
    expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});
