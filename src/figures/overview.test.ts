import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetSchema, type Dataset } from '../data/schema';
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

const published: Dataset = datasetSchema.parse(
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../public/data/dataset.json'), 'utf8')),
);
const zh = { t: translator('zh-CN'), locale: 'zh-CN' as const };
const en = { t: translator('en'), locale: 'en' as const };

/** A copy of the published dataset with some observations changed, for edge cases. */
function withObservations(
  edit: (o: Dataset['observations'][number]) => Dataset['observations'][number] | null,
): Dataset {
  return { ...published, observations: published.observations.flatMap((o) => edit(o) ?? []) };
}

describe('selectHeadlines', () => {
  it('leads with the five national falls in a fixed order', () => {
    const h = selectHeadlines(published);
    expect(h.map((x) => x.id)).toEqual([
      'documentsProvinces',
      'meetingsProvinces',
      'documentsCentral',
      'meetingsCentral',
      'inspectionsCentral',
    ]);
    expect(h.map((x) => x.change)).toEqual([-27.7, -29.5, -14.3, -59.7, expect.closeTo(-47.9, 1)]);
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
    const rows = selectPlanCompletion(published);
    expect(rows.map((r) => [r.scope, r.indicator.id, r.share])).toEqual([
      ['provinces-aggregate', 'documents', 77.4],
      ['provinces-aggregate', 'meetings', 72.8],
      ['central-organs', 'documents', 85.4],
      ['central-organs', 'meetings', 40.8],
    ]);
  });
  it('writes its conclusion from the lowest share', () => {
    const rows = selectPlanCompletion(published);
    expect(planConclusion(rows, zh)).toBe(
      '截至2020年11月底，四项均低于全年计划；中央和国家机关会议数量最低，仅为计划的40.8%。',
    );
    expect(planConclusion(rows, en)).toContain('lowest at 40.8% of plan');
  });
  it('changes its conclusion when the data change', () => {
    const ds = withObservations((o) => (o.id === 'central-meetings-2020' ? { ...o, planShare: 90 } : o));
    expect(planConclusion(selectPlanCompletion(ds), zh)).toContain('各省区市会议数量最低，仅为计划的72.8%');
    const over = withObservations((o) => (o.id === 'central-documents-2020' ? { ...o, planShare: 104 } : o));
    expect(planConclusion(selectPlanCompletion(over), zh)).toBe('截至2020年11月底，1项超过全年计划。');
  });
});

describe('year-on-year changes', () => {
  it('names the steepest fall and the provinces’ two figures', () => {
    const rows = selectYoyChanges(published);
    expect(rows.map((r) => r.change)).toEqual([-27.7, -29.5, -14.3, -59.7]);
    expect(yoyConclusion(rows, zh)).toBe(
      '中央和国家机关会议数量降幅最大，同比下降59.7%；各省区市文件、会议分别下降27.7%、29.5%。',
    );
  });
});

describe('other reductions', () => {
  it('computes the change from the counts and keeps the stated one beside it', () => {
    const rows = selectOtherReductions(published);
    const central = rows.find((r) => r.id === 'central-inspection-items-2020')!;
    expect(central.computed).toBe(-47.9);
    expect(central.gap).toBeNull();
    const creation = rows.find((r) => r.id === 'creation-activities-2020')!;
    expect(creation).toMatchObject({ stated: -73, computed: -69.3, gap: 3.7 });
    const provinces = rows.find((r) => r.id === 'provinces-inspection-items-2020')!;
    expect(provinces).toMatchObject({ computed: null, stated: -30 });
    expect(rows.find((r) => r.id === 'central-veto-items-2020')?.observation.value).toBe(14);
  });
  it('keeps local figures out of the national panel', () => {
    expect(
      selectOtherReductions(published).every((r) => r.observation.scope.provinceCode === undefined),
    ).toBe(true);
  });
  it('writes its conclusion from 96 → 50', () => {
    expect(reductionsConclusion(selectOtherReductions(published), zh)).toBe(
      '中央和国家机关督查检查考核事项由96项减至50项，减少47.9%。',
    );
  });
});

describe('accountability', () => {
  it('reads the discipline figures in 万 and the survey with its qualifier', () => {
    expect(accountabilityConclusion(selectAccountability(published), zh)).toBe(
      '截至2020年11月底，共查处形式主义官僚主义问题6.9万个，处理10.3万人；85%以上的受访干部认为负担在持续减轻。',
    );
  });
});
