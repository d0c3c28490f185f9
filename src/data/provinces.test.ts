import { describe, expect, it } from 'vitest';
import { PROVINCE_CODES, PROVINCES, provinceByCode, type Province } from './provinces';

function byShort(short: string): Province {
  const p = PROVINCES.find((x) => x.short === short);
  if (!p) throw new Error(`no province ${short}`);
  return p;
}

describe('PROVINCES', () => {
  it('has the 34 units of GB/T 2260 in code order', () => {
    expect(PROVINCES).toHaveLength(34);
    const codes = PROVINCES.map((p) => p.code);
    expect(codes).toEqual([...codes].sort());
    expect(codes[0]).toBe('110000');
    expect(codes.slice(-3)).toEqual(['710000', '810000', '820000']);
    for (const code of codes) expect(code).toMatch(/^\d{2}0000$/);
    expect(PROVINCE_CODES.size).toBe(34);
  });

  it('keeps names, short forms and romanisations consistent', () => {
    for (const p of PROVINCES) {
      expect(p.name.startsWith(p.short), p.name).toBe(true);
      expect(p.pinyin).toMatch(/^[a-z]+$/);
      expect(p.initials).toMatch(/^[a-z]+$/);
      expect(p.initials.length).toBe([...p.short].length);
      expect(p.pinyin.startsWith(p.initials[0] ?? '')).toBe(true);
      expect(p.traditional).not.toContain(p.short);
      expect(p.traditional).not.toContain(p.name);
    }
  });

  it('tells 山西 from 陕西 by pinyin but not by initials', () => {
    expect(byShort('山西').pinyin).toBe('shanxi');
    expect(byShort('陕西').pinyin).toBe('shaanxi');
    expect(byShort('山西').initials).toBe(byShort('陕西').initials);
  });

  it('gives the full official names of the autonomous regions and SARs', () => {
    expect(provinceByCode('150000')?.name).toBe('内蒙古自治区');
    expect(provinceByCode('450000')?.name).toBe('广西壮族自治区');
    expect(provinceByCode('650000')?.name).toBe('新疆维吾尔自治区');
    expect(provinceByCode('810000')?.name).toBe('香港特别行政区');
    expect(provinceByCode('990000')).toBeUndefined();
  });
});

describe('tile grid', () => {
  it('puts every unit on its own cell inside an 8 × 9 grid', () => {
    const cells = PROVINCES.map((p) => `${p.tile.row},${p.tile.col}`);
    expect(new Set(cells).size).toBe(34);
    for (const { tile } of PROVINCES) {
      expect(Number.isInteger(tile.row) && tile.row >= 0 && tile.row < 8).toBe(true);
      expect(Number.isInteger(tile.col) && tile.col >= 0 && tile.col < 9).toBe(true);
    }
  });

  it('keeps the map recognisable', () => {
    const north = (a: string, b: string) => byShort(a).tile.row < byShort(b).tile.row;
    const west = (a: string, b: string) => byShort(a).tile.col < byShort(b).tile.col;
    expect(north('黑龙江', '广东')).toBe(true);
    expect(north('北京', '上海')).toBe(true);
    expect(north('内蒙古', '山西')).toBe(true);
    expect(west('新疆', '上海')).toBe(true);
    expect(west('西藏', '四川')).toBe(true);
    expect(west('福建', '台湾')).toBe(true);
    expect(west('广西', '广东')).toBe(true);
    expect(west('澳门', '香港')).toBe(true);
    // 黑龙江 sits in the top-right corner; 海南 on the bottom row.
    const maxCol = Math.max(...PROVINCES.map((p) => p.tile.col));
    const maxRow = Math.max(...PROVINCES.map((p) => p.tile.row));
    expect(byShort('黑龙江').tile).toEqual({ row: 0, col: maxCol });
    expect(byShort('海南').tile.row).toBe(maxRow);
    // 香港 and 澳门 touch 广东 (a neighbouring or diagonal cell).
    const gd = byShort('广东').tile;
    for (const short of ['香港', '澳门']) {
      const t = byShort(short).tile;
      expect(Math.max(Math.abs(t.row - gd.row), Math.abs(t.col - gd.col))).toBe(1);
    }
  });
});
