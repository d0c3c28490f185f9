import { describe, expect, it } from 'vitest';
import { provinceFullName, provinceShortName } from './province-names';
import { PROVINCES, provinceByCode } from './provinces';

const byCode = (code: string) => {
  const p = provinceByCode(code);
  if (!p) throw new Error(code);
  return p;
};

describe('province names per locale', () => {
  it('writes the Traditional forms in zh-Hant', () => {
    expect(provinceShortName(byCode('620000'), 'zh-Hant')).toBe('甘肅');
    expect(provinceFullName(byCode('620000'), 'zh-Hant')).toBe('甘肅省');
    expect(provinceFullName(byCode('450000'), 'zh-Hant')).toBe('廣西壯族自治區');
    expect(provinceShortName(byCode('540000'), 'zh-Hant')).toBe('西藏');
    expect(provinceFullName(byCode('540000'), 'zh-Hant')).toBe('西藏自治區');
    expect(provinceShortName(byCode('710000'), 'zh-Hant')).toBe('臺灣');
    expect(provinceFullName(byCode('810000'), 'zh-Hant')).toBe('香港特別行政區');
    expect(provinceShortName(byCode('110000'), 'zh-Hant')).toBe('北京');
  });
  it('keeps the Simplified forms in zh-CN and the English names in English', () => {
    expect(provinceShortName(byCode('620000'), 'zh-CN')).toBe('甘肃');
    expect(provinceFullName(byCode('620000'), 'zh-CN')).toBe('甘肃省');
    expect(provinceFullName(byCode('620000'), 'en')).toBe('Gansu');
  });
  it('has no Simplified-only character in any Traditional name', () => {
    // Characters of the 34 names whose Simplified and Traditional forms differ.
    const simplifiedOnly = /[龙苏东广壮庆贵云陕肃宁维湾门区辽]/;
    for (const p of PROVINCES) {
      expect(provinceShortName(p, 'zh-Hant'), p.code).not.toMatch(simplifiedOnly);
      expect(provinceFullName(p, 'zh-Hant'), p.code).not.toMatch(simplifiedOnly);
    }
  });
});
