import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../data/schema';
import { translator } from '../../i18n/i18n';
import { DEFAULT_FILTERS } from '../../state/url-state';
import { changeTexts, periodText, planShareText, valueText } from './row-text';
import { selectTableRows } from './selectors';

const published = datasetSchema.parse(
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../public/data/dataset.json'), 'utf8')),
);
const rows = selectTableRows(published, DEFAULT_FILTERS);
const row = (id: string) => rows.find((r) => r.id === id)!;
const zh = translator('zh-CN');
const en = translator('en');

describe('valueText', () => {
  it('shows before → after where there is a baseline', () => {
    expect(valueText(row('central-inspection-items-2020'), zh, 'zh-CN')).toBe('96项 → 50项');
    expect(valueText(row('central-inspection-items-2020'), en, 'en')).toBe('96 items → 50 items');
  });
  it('keeps the qualifier and the locale’s number grouping', () => {
    expect(valueText(row('survey-burden-easing-2020'), zh, 'zh-CN')).toBe('85%以上');
    expect(valueText(row('discipline-cases-2020'), zh, 'zh-CN')).toBe('6.9万个');
    expect(valueText(row('yantan-meeting-round-days-2024'), zh, 'zh-CN')).toBe('约2天 → 0.5天');
  });
  it('is null for a datum with no value', () => {
    expect(valueText(row('provinces-documents-2020'), zh, 'zh-CN')).toBeNull();
  });
});

describe('planShareText', () => {
  it('names the share of the annual plan', () => {
    expect(planShareText(row('provinces-documents-2020'), zh, 'zh-CN')).toBe('占全年计划77.4%');
    expect(planShareText(row('central-veto-items-2020'), zh, 'zh-CN')).toBeNull();
  });
});

describe('changeTexts', () => {
  it('says the direction in words', () => {
    expect(changeTexts(row('provinces-documents-2020'), zh, 'zh-CN')).toEqual(['同比下降27.7%']);
    expect(changeTexts(row('provinces-documents-2020'), en, 'en')).toEqual(['down 27.7% year on year']);
  });
  it('shows the stated and the computed change of an inconsistent datum', () => {
    expect(changeTexts(row('creation-activities-2020'), zh, 'zh-CN')).toEqual([
      '原文称下降73%',
      '按数字计算下降69.3%',
    ]);
  });
  it('puts the qualifier on the magnitude', () => {
    expect(changeTexts(row('beizhen-documents-2024'), zh, 'zh-CN')).toEqual(['同比下降30%以上']);
    expect(changeTexts(row('gangcheng-chat-groups-change-2019'), en, 'en')).toEqual([
      'stated: down over 50%',
    ]);
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
