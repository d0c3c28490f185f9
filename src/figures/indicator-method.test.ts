import { describe, expect, it } from 'vitest';
import { INVENTED_DATASET as invented, inventedObservation } from '../data/fixtures/invented-dataset';
import { translator } from '../i18n/i18n';
import { datumMethod, formulaKinds, indicatorMethods, methodCsvRows, scopeText } from './indicator-method';

// On the invented fixture (src/data/fixtures/invented-dataset.ts): no figure here is real.
const zh = { t: translator('zh-CN'), locale: 'zh-CN' as const };
const en = { t: translator('en'), locale: 'en' as const };

describe('formulaKinds', () => {
  it('explains share of plan and year on year where the source gives them', () => {
    expect(formulaKinds(inventedObservation('provinces-documents-2020'))).toEqual(['planShare', 'yoy']);
  });
  it('explains the computed change where the datum has both counts, and the stated one beside it', () => {
    expect(formulaKinds(inventedObservation('central-inspection-items-2020'))).toEqual(['computed']);
    expect(formulaKinds(inventedObservation('creation-activities-2020'))).toEqual(['computed', 'stated']);
  });
  it('says a bare figure is as stated', () => {
    expect(formulaKinds(inventedObservation('central-veto-items-2020'))).toEqual(['value']);
  });
});

describe('datumMethod', () => {
  it('gives what it counts, unit, scope, formulas, the datum’s own 截至 date and its source', () => {
    const m = datumMethod(inventedObservation('provinces-documents-2020'), invented, zh)!;
    expect(m.indicator).toBe('文件数量');
    expect(m.counts).toContain('印发文件的件数');
    expect(m.unit).toBe('个');
    expect(m.scope).toBe('各省区市');
    expect(m.formulas).toEqual([
      expect.stringContaining('占全年计划比例 = 实际 ÷ 全年计划'),
      expect.stringContaining('同比 = (本期 − 上年同期) ÷ 上年同期'),
    ]);
    expect(m.asOf).toBe('数据截至 2020年11月底（原文所注）');
    expect(m.source).toBe('虚构日报《测试用虚构报道甲》，2021年1月');
  });

  it('says 平均 only where the scope is marked an average', () => {
    const o = inventedObservation('provinces-documents-2020');
    expect(scopeText({ ...o, scope: { ...o.scope, average: true } }, zh)).toBe(
      '各省区市平均（原文称“平均”，未说明如何平均）',
    );
    expect(scopeText({ ...o, scope: { ...o.scope, average: true } }, en)).toMatch(/^Provinces.*average/i);
  });

  it('never claims a 截至 date the datum does not carry: its year and the publication date instead', () => {
    const m = datumMethod(inventedObservation('central-veto-items-2020'), invented, zh)!;
    expect(m.asOf).toBe('2020年数据；原文未注明截至日期，文章刊于2021年1月');
    expect(datumMethod(inventedObservation('central-veto-items-2020'), invented, en)!.asOf).toBe(
      'Data for 2020; the article gives no cut-off date (published January 2021)',
    );
  });

  it('names a local figure’s province and place', () => {
    expect(scopeText(inventedObservation('hubei-village-items-2024'), zh)).toBe(
      '湖北省 · 东湖市青石县石桥村',
    );
  });

  it('says a place is unnamed and gives the region the source gives', () => {
    const o = inventedObservation('hubei-village-items-2024');
    const region = { 'zh-CN': '测试地区', en: 'Test region' };
    const scope = {
      level: 'county' as const,
      unnamed: true as const,
      region,
      place: { 'zh-CN': '测试地区某县', en: 'a county in Test region' },
    };
    expect(scopeText({ ...o, scope }, zh)).toBe('测试地区某县（原文未具名，地区：测试地区）');
    expect(scopeText({ ...o, scope: { ...scope, provinceCode: '420000' } }, zh)).toBe(
      '湖北省 · 测试地区某县（原文未具名，地区：测试地区）',
    );
  });

  it('falls back to the indicator’s name for an indicator without its own text', () => {
    const m = datumMethod(inventedObservation('shanxi-inspection-visits-2019'), invented, zh)!;
    expect(m.counts).toBe('统计「检查次数」，单位为次。');
  });
});

describe('indicatorMethods', () => {
  it('lists each indicator once, with every scope and date of the data shown', () => {
    const rows = ['provinces-documents-2020', 'central-documents-2020', 'jiangsu-documents-2018'].map(
      inventedObservation,
    );
    const [documents, ...rest] = indicatorMethods(rows, invented, zh);
    expect(rest).toEqual([]);
    expect(documents!.scopes).toEqual(['各省区市', '中央和国家机关', '江苏省']);
    expect(documents!.asOf).toEqual([
      '数据截至 2020年11月底（原文所注）',
      '2018年数据；原文未注明截至日期，文章刊于2020年6月11日',
    ]);
    expect(documents!.formulas).toHaveLength(2);
  });
});

describe('methodCsvRows', () => {
  it('is a titled block: a title row, a header, then one record per datum by id', () => {
    const rows = methodCsvRows([inventedObservation('central-veto-items-2020')], invented, zh);
    expect(rows[0]).toEqual([expect.stringContaining('本看板说明，非原文')]);
    expect(rows[1]![0]).toBe('数据编号');
    expect(rows[2]!.slice(0, 2)).toEqual(['central-veto-items-2020', '一票否决事项']);
    expect(rows).toHaveLength(3);
  });
});
