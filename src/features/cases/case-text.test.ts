import { describe, expect, it } from 'vitest';
import { INVENTED_DATASET } from '../../data/fixtures/invented-dataset';
import { translator } from '../../i18n/i18n';
import { DEFAULT_URL_STATE } from '../../state/url-state';
import { barPairSummary, figureText, placeText } from './case-text';
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
