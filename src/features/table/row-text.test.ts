import { describe, expect, it } from 'vitest';
import { INVENTED_DATASET } from '../../data/fixtures/invented-dataset';
import { translator } from '../../i18n/i18n';
import { DEFAULT_URL_STATE } from '../../state/url-state';
import { changeTexts, periodText, planShareText, valueText } from './row-text';
import { selectTableRows } from './selectors';

// On the invented fixture (src/data/fixtures/invented-dataset.ts): no figure here is real.
const rows = selectTableRows(INVENTED_DATASET, DEFAULT_URL_STATE);
const row = (id: string) => rows.find((r) => r.id === id)!;
const zh = translator('zh-CN');
const en = translator('en');

describe('valueText', () => {
  it('shows before → after where there is a baseline', () => {
    expect(valueText(row('central-inspection-items-2020'), zh, 'zh-CN')).toBe('80项 → 60项');
    expect(valueText(row('central-inspection-items-2020'), en, 'en')).toBe('80 items → 60 items');
  });
  it('keeps the qualifier and the locale’s number grouping', () => {
    expect(valueText(row('survey-burden-easing-2020'), zh, 'zh-CN')).toBe('90%以上');
    expect(valueText(row('discipline-cases-2020'), zh, 'zh-CN')).toBe('5.2万个');
    expect(valueText(row('jiangsu-meeting-round-days-2021'), zh, 'zh-CN')).toBe('约2天 → 0.5天');
  });
  it('is null for a datum with no value', () => {
    expect(valueText(row('provinces-documents-2020'), zh, 'zh-CN')).toBeNull();
  });
});

describe('planShareText', () => {
  it('names the share of the annual plan', () => {
    expect(planShareText(row('provinces-documents-2020'), zh, 'zh-CN')).toBe('占全年计划81.2%');
    expect(planShareText(row('central-veto-items-2020'), zh, 'zh-CN')).toBeNull();
  });
});

describe('changeTexts', () => {
  it('says the direction in words', () => {
    expect(changeTexts(row('provinces-documents-2020'), zh, 'zh-CN')).toEqual(['同比下降21.6%']);
    expect(changeTexts(row('provinces-documents-2020'), en, 'en')).toEqual(['down 21.6% year on year']);
  });
  it('shows the stated and the computed change of an inconsistent datum', () => {
    expect(changeTexts(row('creation-activities-2020'), zh, 'zh-CN')).toEqual([
      '原文称下降75%',
      '按数字计算下降70%',
    ]);
  });
  it('puts the qualifier on the magnitude', () => {
    expect(changeTexts(row('gansu-meetings-2024'), zh, 'zh-CN')).toEqual(['同比下降35%以上']);
    expect(changeTexts(row('hubei-inspection-items-2020'), en, 'en')).toEqual(['stated: down at least 60%']);
  });
  it('is empty without a change', () => {
    expect(changeTexts(row('central-veto-items-2020'), zh, 'zh-CN')).toEqual([]);
  });
});

describe('periodText', () => {
  it('gives the year, or the date a figure counts to', () => {
    expect(periodText(row('central-veto-items-2020').observation, zh, 'zh-CN')).toBe('2020年');
    expect(periodText(row('provinces-documents-2020').observation, zh, 'zh-CN')).toBe('截至2020年11月底');
    expect(periodText(row('provinces-documents-2020').observation, en, 'en')).toMatch(
      /^to the end of November 2020$/,
    );
  });
});
