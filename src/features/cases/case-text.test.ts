import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetSchema, type Dataset } from '../../data/schema';
import { translator } from '../../i18n/i18n';
import { DEFAULT_FILTERS } from '../../state/url-state';
import { barPairSummary, figureText, placeText } from './case-text';
import { selectCases } from './selectors';

const published: Dataset = datasetSchema.parse(
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../public/data/dataset.json'), 'utf8')),
);
const zh = { t: translator('zh-CN'), locale: 'zh-CN' as const };
const en = { t: translator('en'), locale: 'en' as const };
const row = (id: string) => selectCases(published, DEFAULT_FILTERS).find((r) => r.id === id)!;

describe('case card text', () => {
  it('writes before → after with units', () => {
    const r = row('jiayu-village-service-items-2024');
    expect(figureText(r.observation, r.indicator, zh)).toBe('64项 → 24项');
    expect(barPairSummary(r.observation, r.indicator, r.computed, zh)).toBe(
      '调整前64项，调整后24项，下降62.5%',
    );
  });
  it('keeps the qualifier of a figure without a baseline', () => {
    const r = row('beizhen-chat-groups-closed-2024');
    expect(figureText(r.observation, r.indicator, zh)).toBe('200余个');
    expect(barPairSummary(r.observation, r.indicator, r.computed, zh)).toBe('');
  });
  it('shows a change the source states when there is no figure', () => {
    const yoy = row('beizhen-documents-2024');
    expect(figureText(yoy.observation, yoy.indicator, zh)).toBe('同比下降30%以上');
    const stated = row('nanguan-inspection-items-2020');
    expect(figureText(stated.observation, stated.indicator, zh)).toBe('原文称 下降85%以上');
  });
  it('names the province, then the place below it', () => {
    const r = row('jiayu-village-service-items-2024');
    expect(placeText(r.observation, r.province, zh)).toBe('湖北省 · 咸宁市嘉鱼县潘家湾镇四邑村');
    expect(placeText(r.observation, r.province, en)).toBe(
      'Siyi Village, Panjiawan Town, Jiayu County, Xianning, Hubei',
    );
    const gansu = row('gansu-provincial-creation-projects-2024');
    expect(placeText(gansu.observation, gansu.province, zh)).toBe('甘肃省');
  });
});
