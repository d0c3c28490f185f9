import { describe, expect, it } from 'vitest';
import { INVENTED_DATASET } from '../../data/fixtures/invented-dataset';
import { translator } from '../../i18n/i18n';
import { DEFAULT_URL_STATE } from '../../state/url-state';
import { barPairSummary, figureText, placeText, unnamedText } from './case-text';
import { provinceByCode } from '../../data/provinces';
import { selectCases } from './selectors';

// On the invented fixture (src/data/fixtures/invented-dataset.ts): no figure or place here is real.
const zh = { t: translator('zh-CN'), locale: 'zh-CN' as const };
const en = { t: translator('en'), locale: 'en' as const };
const row = (id: string) => selectCases(INVENTED_DATASET, DEFAULT_URL_STATE).find((r) => r.id === id)!;

describe('case card text', () => {
  it('writes before → after with units', () => {
    const r = row('hubei-village-items-2024');
    expect(figureText(r.observation, r.indicator, zh)).toBe('50项 → 30项');
    expect(barPairSummary(r.observation, r.indicator, r.computed, zh)).toBe(
      '调整前50项，调整后30项，下降40%',
    );
  });
  it('keeps the qualifier of a figure without a baseline', () => {
    const r = row('gansu-chat-groups-closed-2024');
    expect(figureText(r.observation, r.indicator, zh)).toBe('120余个');
    expect(barPairSummary(r.observation, r.indicator, r.computed, zh)).toBe('');
  });
  it('shows a change the source states when there is no figure', () => {
    const yoy = row('gansu-meetings-2024');
    expect(figureText(yoy.observation, yoy.indicator, zh)).toBe('同比下降35%以上');
    const stated = row('hubei-inspection-items-2020');
    expect(figureText(stated.observation, stated.indicator, zh)).toBe('原文称下降60%以上');
  });
  it('names the province, then the place below it', () => {
    const r = row('hubei-village-items-2024');
    expect(placeText(r.observation, r.province, zh)).toBe('湖北省 · 东湖市青石县石桥村');
    expect(placeText(r.observation, r.province, en)).toBe('Shiqiao Village, Qingshi County, Donghu, Hubei');
    const gansu = row('gansu-provincial-projects-2024');
    expect(placeText(gansu.observation, gansu.province, zh)).toBe('甘肃省');
  });
});

describe('an unnamed place', () => {
  // Invented (测试用) region and place words.
  const o = {
    ...row('hubei-village-items-2024').observation,
    scope: {
      level: 'county' as const,
      unnamed: true as const,
      region: { 'zh-CN': '测试地区', en: 'Test region' },
      place: { 'zh-CN': '测试地区某县', en: 'a county in Test region (not named)' },
    },
  };
  it('is named in the source’s own words, with its province where the source gives one', () => {
    expect(placeText(o, null, zh)).toBe('测试地区某县');
    expect(placeText(o, null, en)).toBe('a county in Test region (not named)');
    expect(
      placeText({ ...o, scope: { ...o.scope, provinceCode: '420000' } }, provinceByCode('420000')!, zh),
    ).toBe('湖北省 · 测试地区某县');
  });
  it('says it is unnamed and gives its region; a named place says nothing of the kind', () => {
    expect(unnamedText(o, zh)).toBe('原文未具名 · 地区：测试地区');
    expect(unnamedText(o, en)).toBe('Not named in the source · region: Test region');
    expect(unnamedText(row('hubei-village-items-2024').observation, zh)).toBeNull();
  });
});
