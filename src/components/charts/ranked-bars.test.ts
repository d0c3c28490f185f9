import { describe, expect, it } from 'vitest';
import { fitLabel, rankedBarsHeight, rankedMax, roundTicks } from './ranked-bars';

describe('the ranking chart', () => {
  it('keeps a name that fits and cuts one that does not, with an ellipsis', () => {
    expect(fitLabel('内蒙古', 96)).toBe('内蒙古');
    expect(fitLabel('克孜勒苏柯尔克孜自治州', 96)).toBe('克孜勒苏柯…');
    expect(fitLabel('Inner Mongolia', 132)).toBe('Inner Mongolia');
    expect(fitLabel('Xinjiang Uygur Autonomous Region', 132).endsWith('…')).toBe(true);
  });
  it('ends its axis past the largest bar or the mark, whichever is larger', () => {
    const rows = [
      { key: 'a', label: 'a', value: 80, valueLabel: '80%', tone: 'neutral' as const },
      { key: 'b', label: 'b', value: -120, valueLabel: '↓120%', tone: 'good' as const },
    ];
    expect(rankedMax(rows)).toBeCloseTo(126);
    expect(rankedMax(rows.slice(0, 1), { value: 100 })).toBeCloseTo(105);
    expect(rankedMax([])).toBe(1);
  });
  it('reserves the band for the mark and the axis', () => {
    expect(rankedBarsHeight(10, {})).toBe(224);
    expect(rankedBarsHeight(10, { axis: true, rowHeight: 20 }, true)).toBe(244);
  });
  it('ticks in round steps, at most four', () => {
    expect(roundTicks(126)).toEqual([0, 50, 100]);
    expect(roundTicks(105)).toEqual([0, 50, 100]);
    expect(roundTicks(8)).toEqual([0, 2, 4, 6, 8]);
    expect(roundTicks(0)).toEqual([0]);
  });
});
