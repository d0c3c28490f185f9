import { describe, expect, it } from 'vitest';
import { generateCsv, GENERATED_COUNTS } from './generate';
import { parseImport } from './parse-import';
import { utf8 } from './test-helpers';

describe('generateCsv', () => {
  it('is deterministic', () => {
    expect(generateCsv({ level: 'province' })).toBe(generateCsv({ level: 'province' }));
    expect(generateCsv({ level: 'province', seed: 2 })).not.toBe(generateCsv({ level: 'province' }));
  });

  it('writes 34 provinces × 10 years that pass validation', () => {
    const result = parseImport('p.csv', utf8(generateCsv({ level: 'province' })), undefined, {
      latestYear: 2026,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.summary).toMatchObject({ rowCount: 340, places: 34, years: [2015, 2024] });
    expect(result.summary.provinces).toHaveLength(34);
  });

  it('writes a county-level file of about 170,000 values that passes validation', () => {
    const csv = generateCsv({ level: 'county' });
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('省份,市,县,年份,发文数,发文计划数,会议数,会议计划数,督查检查考核事项数,工作群数');
    expect(lines).toHaveLength(1 + 2900 * 10);
    expect((lines.length - 1) * GENERATED_COUNTS.length).toBe(174000);
    expect(lines[1]).toMatch(/^北京,示例市01,示例县0001,2015,\d+,\d+,\d+,\d+,\d+,\d+$/);
    const result = parseImport('c.csv', utf8(csv), undefined, { latestYear: 2026 });
    expect(result.ok && result.summary.places).toBe(2900);
    // Generous: on a loaded two-core CI machine this large file has taken more than vitest's 5 s default.
  }, 60_000);

  it('honours the years and the number of counties', () => {
    const csv = generateCsv({ level: 'county', years: [2023, 2024], counties: 68 });
    expect(csv.trimEnd().split('\r\n')).toHaveLength(1 + 68 * 2);
  });
});
