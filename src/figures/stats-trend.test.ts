import { describe, expect, it } from 'vitest';
import { PROVINCES } from '../data/provinces';
import type { StatsRow } from '../data/stats-schema';
import { drillAreas, drillOf } from './stats-drill';
import { MAX_TREND_LINES, trendView } from './stats-trend';

// Invented rows for the test only: a province's documents are 100 + its index in 2023 and 50 + in 2024.
const codes = PROVINCES.slice(0, 8).map((p) => p.code);
const rows: StatsRow[] = codes.flatMap((province, i) => [
  { line: 2 + i * 2, province, year: 2023, documents: 100 + i },
  { line: 3 + i * 2, province, year: 2024, documents: 50 + i },
]);
const view = (provinces: string[], data: readonly StatsRow[] = rows, city: string | null = null) => {
  const drill = drillOf(data, provinces, city);
  const areas = drillAreas(data, drill, provinces, 'zh-CN');
  return trendView(data, drill, areas, 'documents', {
    totalLabel: '合计',
    byArea: drill.level !== 'province' || provinces.length > 0,
  });
};

describe('trendView', () => {
  it('draws the total of every province when none is chosen', () => {
    const v = view([]);
    expect(v.series.map((s) => s.key)).toEqual(['total']);
    // 2023: 8 × 100 + (0 + … + 7); 2024: 8 × 50 + 28.
    expect(v.data).toEqual([
      { year: 2023, total: 828 },
      { year: 2024, total: 428 },
    ]);
    expect(v.notDrawn).toBe(0);
    expect(v.lastYear).toBe(2024);
  });
  it('draws one line per chosen province beside their total', () => {
    const v = view([codes[0]!, codes[2]!]);
    expect(v.series.map((s) => [s.key, s.label, s.dashed ?? false])).toEqual([
      ['total', '合计', true],
      ['a0', '北京', false],
      ['a1', '河北', false],
    ]);
    expect(v.data).toEqual([
      { year: 2023, total: 202, a0: 100, a1: 102 },
      { year: 2024, total: 102, a0: 50, a1: 52 },
    ]);
    expect(v.lines).toEqual([2, 3, 6, 7]);
    // Every line has a colour of its own.
    expect(new Set(v.series.map((s) => s.color)).size).toBe(v.series.length);
  });
  it(`draws the total alone, and says how many were left out, beyond ${MAX_TREND_LINES} provinces`, () => {
    const many = codes.slice(0, MAX_TREND_LINES + 1);
    const v = view(many);
    expect(v.series.map((s) => s.key)).toEqual(['total']);
    expect(v.notDrawn).toBe(MAX_TREND_LINES + 1);
    expect(view(codes.slice(0, MAX_TREND_LINES)).series).toHaveLength(MAX_TREND_LINES + 1);
  });
  it('names the one chosen province on its line', () => {
    expect(view([codes[1]!]).series.map((s) => s.label)).toEqual(['天津']);
  });
  it('leaves a gap, never 0, for a year a province has no figure', () => {
    const gap = rows.filter((r) => !(r.province === codes[1] && r.year === 2023));
    const v = view([codes[0]!, codes[1]!], gap);
    expect(v.data[0]).toEqual({ year: 2023, total: 100, a0: 100, a1: null });
  });
  it("drilled into a province, draws the province's total and one line per city", () => {
    const counties: StatsRow[] = [
      { line: 2, province: '620000', city: '兰州市', county: '榆中县', year: 2024, documents: 10 },
      { line: 3, province: '620000', city: '兰州市', county: '皋兰县', year: 2024, documents: 20 },
      { line: 4, province: '620000', city: '天水市', county: '秦安县', year: 2024, documents: 30 },
    ];
    const v = trendView(
      counties,
      drillOf(counties, ['620000'], null),
      drillAreas(counties, drillOf(counties, ['620000'], null), ['620000'], 'zh-CN'),
      'documents',
      { totalLabel: '甘肃合计', byArea: true },
    );
    expect(v.series.map((s) => s.label)).toEqual(['甘肃合计', '兰州市', '天水市']);
    expect(v.data).toEqual([{ year: 2024, total: 60, a0: 30, a1: 30 }]);
    const city = drillOf(counties, ['620000'], '兰州市');
    const c = trendView(counties, city, drillAreas(counties, city, ['620000'], 'zh-CN'), 'documents', {
      totalLabel: '兰州市合计',
      byArea: true,
    });
    expect(c.data).toEqual([{ year: 2024, total: 30, a0: 10, a1: 20 }]);
  });
});
