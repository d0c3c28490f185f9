import { describe, expect, it } from 'vitest';
import { INVENTED_DATASET as invented } from '../data/fixtures/invented-dataset';
import { translator } from '../i18n/i18n';
import {
  selectAccountability,
  selectOtherReductions,
  selectPlanCompletion,
  selectYoyChanges,
} from './overview';
import { accountabilityChart, planChart, reductionsChart, yoyChart } from './overview-charts';

// On the invented fixture (src/data/fixtures/invented-dataset.ts): no figure here is real.
const zh = { t: translator('zh-CN'), locale: 'zh-CN' as const };

describe('overview chart view models', () => {
  it('plan: one bar per share against the 100% mark, the same figures beside it', () => {
    const chart = planChart(selectPlanCompletion(invented), zh);
    expect(chart.bars.map((b) => [b.label, b.value])).toEqual(
      chart.figures.map((f) => [f.label, Number.parseFloat(f.figure)]),
    );
    expect(chart.target).toBe(100);
    expect(chart.format(77.4)).toBe('77.4%');
    expect(chart.figures.map((f) => f.id)).toEqual(chart.observations.map((o) => o.id));
  });

  it('yoy: bars are the size of each fall, per scope, and each opens its own observation', () => {
    const rows = selectYoyChanges(invented);
    const chart = yoyChart(rows, zh);
    for (const r of rows) {
      const bar = chart.data.find((d) => d.index === r.indicator.id)!;
      expect(bar[r.scope]).toBe(Math.abs(r.change));
      expect(chart.observationAt(r.indicator.id, r.scope)).toBe(r.id);
    }
    expect(chart.observationAt('no-such-indicator', 'central-organs')).toBeUndefined();
    expect(chart.series.map((s) => s.color)).toEqual(['var(--chart-1)', 'var(--chart-2)']);
    expect(chart.format(21.6)).toBe('↓21.6%');
    expect(chart.figures[0]!.figure).toMatch(/^下降\d/);
  });

  it('reductions: before → after charts first, and a self-contradicting source flagged with both figures', () => {
    const rows = selectOtherReductions(invented);
    const chart = reductionsChart(rows, zh);
    const withBaseline = rows.filter((r) => r.observation.baseline && r.observation.value !== undefined);
    expect(chart.beforeAfter.map((b) => b.key)).toEqual(withBaseline.map((r) => r.id));
    expect(chart.items.slice(0, withBaseline.length).map((i) => i.id)).toEqual(withBaseline.map((r) => r.id));
    expect(chart.items).toHaveLength(rows.length);
    const flagged = rows.filter((r) => r.gap !== null && r.stated !== null && r.computed !== null);
    expect(flagged.length).toBeGreaterThan(0);
    for (const r of flagged) {
      const item = chart.items.find((i) => i.id === r.id)!;
      expect(item.inconsistency).toContain(`减少${Math.abs(r.stated!)}%`);
      expect(item.inconsistency).toContain(`减少${Math.abs(r.computed!)}%`);
      expect(item.change === null || item.change.startsWith('同比')).toBe(true);
    }
    for (const item of chart.items.filter((i) => !flagged.some((r) => r.id === i.id))) {
      expect(item.inconsistency).toBeNull();
    }
  });

  it('accountability: counts as bars, survey shares apart, a missing figure as —', () => {
    const rows = selectAccountability(invented);
    const chart = accountabilityChart(rows, zh);
    expect(
      chart.bars.every((b) =>
        rows.some((r) => r.indicator.category === 'discipline' && r.observation.id === b.index),
      ),
    ).toBe(true);
    expect(chart.countFigures.map((f) => f.id)).toEqual(chart.bars.map((b) => b.index));
    expect(
      chart.shares.every((s) =>
        rows.some((r) => r.indicator.category === 'survey' && r.observation.id === s.id),
      ),
    ).toBe(true);
    const missing = accountabilityChart(
      rows.map((r, i) => (i === 0 ? { ...r, observation: { ...r.observation, value: undefined } } : r)),
      zh,
    );
    expect(missing.figures[0]!.figure).toBe('—');
    expect(missing.bars).toHaveLength(
      chart.bars.length - (rows[0]!.indicator.category === 'discipline' ? 1 : 0),
    );
  });
});
