import { describe, expect, it } from 'vitest';
import { translator } from './i18n';
import { joinList, midSentence } from './sentence';

describe('sentence helpers', () => {
  it('lowers an English label’s first letter inside a sentence, never an abbreviation’s', () => {
    expect(midSentence('Meetings held', 'en')).toBe('meetings held');
    expect(midSentence('CPC documents', 'en')).toBe('CPC documents');
    expect(midSentence('会议数量', 'zh-CN')).toBe('会议数量');
  });
  it('joins a list as running text in each language', () => {
    expect(joinList(['Jiangsu', 'Gansu'], translator('en'))).toBe('Jiangsu and Gansu');
    expect(joinList(['Jiangsu', 'Gansu', 'Hubei'], translator('en'))).toBe('Jiangsu, Gansu and Hubei');
    expect(joinList(['江苏', '甘肃'], translator('zh-CN'))).toBe('江苏、甘肃');
    expect(joinList(['Gansu'], translator('en'))).toBe('Gansu');
  });
});
