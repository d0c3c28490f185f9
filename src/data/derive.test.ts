import { describe, expect, it } from 'vitest';
import { computedChange, percentChange, round1 } from './derive';
import type { Observation } from './schema';

const base: Observation = {
  id: 'x',
  indicator: 'creation-activities',
  scope: { level: 'central-organs' },
  period: { year: 2020 },
  source: 's001',
  quote: 'quote text',
};

describe('percentChange', () => {
  it('is (to − from) / from', () => {
    expect(round1(percentChange(96, 50)!)).toBe(-47.9);
    expect(round1(percentChange(822, 252)!)).toBe(-69.3);
    expect(percentChange(10, 15)).toBe(50);
  });
  it('gives null, never Infinity or NaN, for a zero baseline', () => {
    expect(percentChange(0, 5)).toBeNull();
    expect(percentChange(Number.NaN, 5)).toBeNull();
  });
});

describe('computedChange', () => {
  it('needs both value and baseline', () => {
    expect(computedChange({ ...base, value: 252 })).toBeNull();
    expect(round1(computedChange({ ...base, value: 252, baseline: { value: 822 } })!)).toBe(-69.3);
  });
});
