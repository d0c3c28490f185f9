import { describe, expect, it } from 'vitest';
import { INVENTED_DATASET as invented, withObservations } from '../data/fixtures/invented-dataset';
import { translator } from '../i18n/i18n';
import {
  selectAccountability,
  selectHeadlines,
  selectOtherReductions,
  selectPlanCompletion,
  selectYoyChanges,
} from './overview';
import {
  accountabilityConclusion,
  planConclusion,
  reductionsConclusion,
  yoyConclusion,
} from './overview-conclusions';

// On the invented fixture (src/data/fixtures/invented-dataset.ts): no figure here is real.
const zh = { t: translator('zh-CN'), locale: 'zh-CN' as const };
const en = { t: translator('en'), locale: 'en' as const };

describe('selectHeadlines', () => {
  it('leads with the five national falls in a fixed order', () => {
    const h = selectHeadlines(invented);
    expect(h.map((x) => x.id)).toEqual([
      'documentsProvinces',
      'meetingsProvinces',
      'documentsCentral',
      'meetingsCentral',
      'inspectionsCentral',
    ]);
    expect(h.map((x) => x.change)).toEqual([-21.6, -33.1, -12.4, -44.8, -25]);
    expect(h[4]!.changeIsComputed).toBe(true);
    expect(h[0]!.changeIsComputed).toBe(false);
  });
  it('drops a card whose datum is missing instead of inventing one', () => {
    const ds = withObservations((o) => (o.id === 'central-meetings-2020' ? null : o));
    expect(selectHeadlines(ds).map((x) => x.id)).not.toContain('meetingsCentral');
    expect(selectHeadlines(ds)).toHaveLength(4);
  });
});

describe('plan completion', () => {
  it('gives the four shares of plan, provinces first, documents before meetings', () => {
    const rows = selectPlanCompletion(invented);
    expect(rows.map((r) => [r.scope, r.indicator.id, r.share])).toEqual([
      ['provinces-aggregate', 'documents', 81.2],
      ['provinces-aggregate', 'meetings', 66.5],
      ['central-organs', 'documents', 90.3],
      ['central-organs', 'meetings', 52.7],
    ]);
  });
  it('writes its conclusion from the lowest share', () => {
    const rows = selectPlanCompletion(invented);
    expect(planConclusion(rows, zh)).toBe(
      '截至2020年11月底，四项均低于全年计划；中央和国家机关会议数量最低，仅为计划的52.7%。',
    );
    expect(planConclusion(rows, en)).toBe(
      'To the end of November 2020, all four stayed below the annual plan; the lowest was meetings held by central and state organs, at 52.7% of plan.',
    );
  });
  it('changes its conclusion when the data change', () => {
    const ds = withObservations((o) => (o.id === 'central-meetings-2020' ? { ...o, planShare: 95 } : o));
    expect(planConclusion(selectPlanCompletion(ds), zh)).toContain('各省区市会议数量最低，仅为计划的66.5%');
    const over = withObservations((o) => (o.id === 'central-documents-2020' ? { ...o, planShare: 104 } : o));
    expect(planConclusion(selectPlanCompletion(over), zh)).toBe('截至2020年11月底，1项超过全年计划。');
  });
  it('does not call a share of exactly 100% below the plan', () => {
    const reached = withObservations((o) =>
      o.id === 'central-documents-2020' ? { ...o, planShare: 100 } : o,
    );
    const zhText = planConclusion(selectPlanCompletion(reached), zh);
    expect(zhText).not.toContain('四项均低于');
    expect(zhText).toBe(
      '截至2020年11月底，1项达到全年计划，3项低于全年计划；中央和国家机关会议数量最低，仅为计划的52.7%。',
    );
    expect(planConclusion(selectPlanCompletion(reached), en)).toBe(
      'To the end of November 2020, 1 reached the annual plan and 3 stayed below it; the lowest was meetings held by central and state organs, at 52.7% of plan.',
    );
    const allReached = withObservations((o) => (o.planShare !== undefined ? { ...o, planShare: 100 } : o));
    expect(planConclusion(selectPlanCompletion(allReached), zh)).toBe(
      '截至2020年11月底，4项均达到全年计划。',
    );
  });
  it('counts the shares it has: with three of the four it does not say 四项', () => {
    const three = withObservations((o) => (o.id === 'provinces-documents-2020' ? null : o));
    const rows = selectPlanCompletion(three);
    expect(rows).toHaveLength(3);
    expect(planConclusion(rows, zh)).toBe(
      '截至2020年11月底，3项均低于全年计划；中央和国家机关会议数量最低，仅为计划的52.7%。',
    );
    expect(planConclusion(rows, en)).toBe(
      'To the end of November 2020, all 3 stayed below the annual plan; the lowest was meetings held by central and state organs, at 52.7% of plan.',
    );
    const one = withObservations((o) =>
      o.planShare !== undefined && o.id !== 'central-meetings-2020' ? null : o,
    );
    expect(planConclusion(selectPlanCompletion(one), zh)).toBe(
      '截至2020年11月底，中央和国家机关会议数量为计划的52.7%，低于全年计划。',
    );
  });
});

describe('year-on-year changes', () => {
  it('names the steepest fall and the provinces’ two figures', () => {
    const rows = selectYoyChanges(invented);
    expect(rows.map((r) => r.change)).toEqual([-21.6, -33.1, -12.4, -44.8]);
    expect(yoyConclusion(rows, zh)).toBe(
      '中央和国家机关会议数量降幅最大，同比下降44.8%；各省区市文件、会议分别下降21.6%、33.1%。',
    );
  });
});

describe('other reductions', () => {
  it('computes the change from the counts and keeps the stated one beside it', () => {
    const rows = selectOtherReductions(invented);
    const central = rows.find((r) => r.id === 'central-inspection-items-2020')!;
    expect(central.computed).toBe(-25);
    expect(central.gap).toBeNull();
    const creation = rows.find((r) => r.id === 'creation-activities-2020')!;
    expect(creation).toMatchObject({ stated: -75, computed: -70, gap: 5 });
    const provinces = rows.find((r) => r.id === 'provinces-inspection-items-2020')!;
    expect(provinces).toMatchObject({ computed: null, stated: -20 });
    expect(rows.find((r) => r.id === 'central-veto-items-2020')?.observation.value).toBe(12);
  });
  it('keeps local figures out of the national panel', () => {
    const rows = selectOtherReductions(invented);
    expect(rows.map((r) => r.id)).toEqual([
      'central-inspection-items-2020',
      'provinces-inspection-items-2020',
      'central-veto-items-2020',
      'creation-activities-2020',
    ]);
  });
  it('writes its conclusion from 80 → 60', () => {
    expect(reductionsConclusion(selectOtherReductions(invented), zh)).toBe(
      '中央和国家机关督查检查考核事项由80项减至60项，减少25%。',
    );
  });
});

describe('accountability', () => {
  it('reads the discipline figures in 万 and the survey with its qualifier', () => {
    expect(accountabilityConclusion(selectAccountability(invented), zh)).toBe(
      '截至2020年11月底，共查处形式主义官僚主义问题5.2万个，处理8.1万人；90%以上的受访干部认为负担在持续减轻。',
    );
  });
});
