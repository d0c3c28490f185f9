import { describe, expect, it } from 'vitest';
import { matchProvince, normalizeProvinceInput, searchProvinces } from './province-match';
import { PROVINCES } from './provinces';

function codeOf(input: string): string | undefined {
  const m = matchProvince(input);
  return m.kind === 'match' ? m.province.code : undefined;
}

describe('normalizeProvinceInput', () => {
  it('trims, drops whitespace, lower-cases Latin and folds full-width', () => {
    expect(normalizeProvinceInput('  Inner  Mongolia ')).toBe('innermongolia');
    expect(normalizeProvinceInput('ＧＳ')).toBe('gs');
    expect(normalizeProvinceInput('６２００００')).toBe('620000');
    expect(normalizeProvinceInput('\u3000甘 肃\t')).toBe('甘肃');
  });
});

describe('matchProvince', () => {
  it.each(['内蒙古', '内蒙古自治区', '內蒙古', '內蒙古自治區', '内蒙', 'neimenggu', 'nmg', 'Inner Mongolia'])(
    '%s → 内蒙古',
    (input) => expect(codeOf(input)).toBe('150000'),
  );

  it.each(['广西', '广西壮族自治区', '廣西', '廣西壯族自治區', '广西自治区', 'guangxi', 'GX'])(
    '%s → 广西',
    (input) => expect(codeOf(input)).toBe('450000'),
  );

  it('reads Traditional forms', () => {
    expect(codeOf('甘肅')).toBe('620000');
    expect(codeOf('甘肅省')).toBe('620000');
    expect(codeOf('陝西')).toBe('610000');
    expect(codeOf('臺灣')).toBe('710000');
    expect(codeOf('台灣省')).toBe('710000');
    expect(codeOf('澳門')).toBe('820000');
  });

  it('reads pinyin and initials in any case and width', () => {
    expect(codeOf('gansu')).toBe('620000');
    expect(codeOf('GS')).toBe('620000');
    expect(codeOf('ｇｓ')).toBe('620000');
    expect(codeOf('hlj')).toBe('230000');
  });

  it('tells 山西 from 陕西 by their official romanisations', () => {
    expect(codeOf('shanxi')).toBe('140000');
    expect(codeOf('Shaanxi')).toBe('610000');
  });

  it('reports shared initials as ambiguous, in code order', () => {
    const sx = matchProvince('sx');
    expect(sx.kind).toBe('ambiguous');
    if (sx.kind === 'ambiguous') expect(sx.candidates.map((p) => p.code)).toEqual(['140000', '610000']);
    const hn = matchProvince('HN');
    if (hn.kind !== 'ambiguous') throw new Error('expected ambiguous');
    expect(hn.candidates.map((p) => p.short)).toEqual(['河南', '湖南', '海南']);
  });

  it('reads English names and aliases', () => {
    expect(codeOf('hong kong')).toBe('810000');
    expect(codeOf('HongKong')).toBe('810000');
    expect(codeOf('Macau')).toBe('820000');
    expect(codeOf('macao')).toBe('820000');
    expect(codeOf('Tibet')).toBe('540000');
    expect(codeOf('xinjiang')).toBe('650000');
  });

  it('accepts the short name with a generic suffix', () => {
    expect(codeOf('北京市')).toBe('110000');
    expect(codeOf('黑龙江省')).toBe('230000');
    expect(codeOf('新疆自治区')).toBe('650000');
  });

  it('reads six-digit codes only', () => {
    expect(codeOf('620000')).toBe('620000');
    expect(codeOf(' 620000 ')).toBe('620000');
    expect(matchProvince('62').kind).toBe('none');
    expect(matchProvince('620100').kind).toBe('none');
  });

  it('matches nothing for empty or unknown input', () => {
    expect(matchProvince('').kind).toBe('none');
    expect(matchProvince('   ').kind).toBe('none');
    expect(matchProvince('Atlantis').kind).toBe('none');
    expect(matchProvince('甘').kind).toBe('none');
  });

  it('resolves every unit by each of its own forms', () => {
    for (const p of PROVINCES) {
      for (const form of [p.code, p.name, p.short, p.en, p.pinyin, ...p.traditional, ...p.aliases]) {
        expect(codeOf(form), form).toBe(p.code);
      }
    }
  });
});

describe('matchProvince on every unit', () => {
  const SUFFIXES = ['省', '市', '自治区', '自治區'];
  /** A Traditional form no longer than the short name is a short form: 廣西, 寧夏, 澳門, 臺灣. */
  const traditionalShorts = (p: (typeof PROVINCES)[number]) =>
    p.traditional.filter((t) => t.length <= p.short.length);

  it.each(['廣西省', '寧夏自治區', '澳門市'])(
    'reads %s, a Traditional name with a generic suffix',
    (input) => {
      expect(codeOf(input)).toBe({ 廣西省: '450000', 寧夏自治區: '640000', 澳門市: '820000' }[input]);
    },
  );

  it('reads every short name, Simplified or Traditional, with each generic suffix', () => {
    for (const p of PROVINCES) {
      for (const short of [p.short, ...traditionalShorts(p)]) {
        for (const suffix of SUFFIXES) expect(codeOf(short + suffix), short + suffix).toBe(p.code);
      }
    }
    // Units whose Traditional short form differs: each is checked above with every suffix.
    expect(PROVINCES.filter((p) => traditionalShorts(p).length > 0).map((p) => p.short)).toEqual([
      '内蒙古',
      '辽宁',
      '黑龙江',
      '江苏',
      '山东',
      '广东',
      '广西',
      '重庆',
      '贵州',
      '云南',
      '陕西',
      '甘肃',
      '宁夏',
      '台湾',
      '澳门',
    ]);
  });

  it('reads every unit by its own initials; exactly hb, sx and hn are shared, and list every unit sharing them', () => {
    const byInitials = new Map<string, (typeof PROVINCES)[number][]>();
    for (const p of PROVINCES) byInitials.set(p.initials, [...(byInitials.get(p.initials) ?? []), p]);
    expect(
      [...byInitials]
        .filter(([, units]) => units.length > 1)
        .map(([initials]) => initials)
        .sort(),
    ).toEqual(['hb', 'hn', 'sx']);
    for (const p of PROVINCES) {
      const m = matchProvince(p.initials);
      const sharing = byInitials.get(p.initials)!;
      if (sharing.length === 1) {
        expect(m, p.initials).toEqual({ kind: 'match', province: p });
      } else {
        expect(m.kind, p.initials).toBe('ambiguous');
        if (m.kind === 'ambiguous') expect(m.candidates, p.initials).toEqual(sharing);
      }
      // Upper case and full width read the same.
      expect(matchProvince(p.initials.toUpperCase()), p.initials).toEqual(m);
    }
  });
});

describe('searchProvinces', () => {
  const shorts = (q: string, limit?: number) => searchProvinces(q, limit).map((p) => p.short);

  it('lists all 34 in code order for an empty query', () => {
    expect(searchProvinces('')).toEqual([...PROVINCES]);
    expect(searchProvinces('  ')).toHaveLength(34);
  });

  it('puts the exact match first', () => {
    expect(shorts('gs')[0]).toBe('甘肃');
    expect(shorts('sx').slice(0, 2)).toEqual(['山西', '陕西']);
  });

  it('finds by prefix of short name, pinyin and initials', () => {
    expect(shorts('甘')).toEqual(['甘肃']);
    expect(shorts('gan')).toEqual(['甘肃']);
    expect(shorts('g')).toEqual(['广东', '广西', '贵州', '甘肃']);
    expect(shorts('内')).toEqual(['内蒙古']);
  });

  it('finds by prefix of any word of an English name', () => {
    expect(shorts('mongolia')).toEqual(['内蒙古']);
    expect(shorts('kong')).toEqual(['香港']);
    expect(shorts('mac')).toEqual(['澳门']);
  });

  it('finds by substring of names after prefix matches', () => {
    // 江苏, 江西 start with 江; 黑龙江, 浙江 only contain it.
    expect(shorts('江')).toEqual(['江苏', '江西', '黑龙江', '浙江']);
    expect(shorts('自治区')).toEqual(['内蒙古', '广西', '西藏', '宁夏', '新疆']);
  });

  it('honours the limit', () => {
    expect(searchProvinces('h', 3)).toHaveLength(3);
    expect(searchProvinces('h', 0)).toEqual([]);
  });

  it('finds nothing for a query matching no form', () => {
    expect(searchProvinces('Atlantis')).toEqual([]);
  });
});
