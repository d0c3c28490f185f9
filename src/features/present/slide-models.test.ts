import { describe, expect, it } from 'vitest';
import { INVENTED_DATASET as published } from '../../data/fixtures/invented-dataset';
import { translator, type Locale, type Translate } from '../../i18n/i18n';
import { DEFAULT_URL_STATE, type UrlState } from '../../state/url-state';
import { availableSlides, buildSlideModels } from './slide-models';
import { SLIDE_IDS } from './selectors';

// On the invented fixture (src/data/fixtures/invented-dataset.ts): no figure or source here is real.
const zh: { t: Translate; locale: Locale } = { t: translator('zh-CN'), locale: 'zh-CN' };
const en: { t: Translate; locale: Locale } = { t: translator('en'), locale: 'en' };
const build = (f: Partial<UrlState> = {}, ctx = zh) =>
  buildSlideModels(published, { ...DEFAULT_URL_STATE, ...f }, ctx);

describe('buildSlideModels', () => {
  it('builds every slide, with data for each on a dataset that has them all', () => {
    const models = build();
    expect(Object.keys(models).sort()).toEqual([...SLIDE_IDS].sort());
    expect([...availableSlides(models)].sort()).toEqual([...SLIDE_IDS].sort());
  });

  it('gives each chart slide its computed conclusion, date stamp and source line', () => {
    const m = build();
    expect(m.plan.conclusion).toBe(
      '截至2020年11月底，四项均低于全年计划；中央和国家机关会议数量最低，仅为计划的52.7%。',
    );
    expect(m.plan.stamp).toBe('数据截至 2020年11月底');
    expect(m.plan.sourceLine).toBe('来源：虚构日报《测试用虚构报道甲》（2021年1月）');
    expect(m.headlines.conclusion).toBe('5项核心指标全部下降，中央和国家机关会议数量降幅最大，下降44.8%。');
    expect(m.reductions.stamp).toBe('2020年数据');
    expect(m.timeline.conclusion).toBe(
      '2019年3月至2024年8月，中央层面4项部署：通知1项、审议1项、会议1项、规定1项。',
    );
    expect(m.cases.conclusion).toBe(
      '各地数据中，北岭市检查次数降幅最大：由5次减至1次，下降80%（按原文数字计算）。',
    );
  });

  it('stamps every slide with what is true of every figure on it', () => {
    const m = build();
    // 北岭's 2019 fall sits beside 2024 ones on the cases slide (as 吕梁's 2020 figures do in the real
    // data): a range, not "2024年数据".
    expect(m.cases.rows.map((r) => r.observation.period.year)).toContain(2019);
    expect(m.cases.stamp).toBe('2019–2024年数据');
    expect(build({ year: 2024 }).cases.stamp).toBe('2024年数据');
    // The headline figures: four to the end of November 2020, the inspection items for 2020 undated.
    expect(m.headlines.stamp).toBe('2020年数据（部分截至2020年11月底）');
    // The survey of September 2020 beside the discipline figures to the end of November.
    expect(m.accountability.stamp).toBe('2020年数据（截至2020年9月、2020年11月底）');
    expect(m.plan.stamp).toBe('数据截至 2020年11月底');
    expect(m.yoy.stamp).toBe('数据截至 2020年11月底');
    expect(m.reductions.stamp).toBe('2020年数据');
    expect(m.timeline.stamp).toBe('数据截至 2024年8月');
    expect(build({}, en).cases.stamp).toBe('Data for 2019–2024');
  });

  it('names the filters on the title slide and says how recent the data is', () => {
    expect(build().title.filtersText).toBe('范围：全国及各地全部数据');
    expect(build().title.nationalText).toBe('全国数据：2020年数据（部分截至2020年9月、2020年11月底）');
    expect(build().title.localText).toBe('地方数据：2018年至2024年，共10条');
    const gansu = build({ provinces: ['620000'], year: 2024 });
    expect(gansu.title.filtersText).toBe('范围：甘肃省 2024年');
    expect(gansu.title.localText).toBe('地方数据：2024年，共3条');
    expect(gansu.cases.conclusion).toMatch(
      /^甘肃省 2024年的地方数据中，甘肃省创建示范活动降幅最大：由8项减至2项，下降75%/,
    );
  });

  it('skips slides the filters leave empty; the title and sources slides always stay', () => {
    const y2024 = availableSlides(build({ year: 2024 }));
    expect([...y2024].sort()).toEqual(['cases', 'sources', 'timeline', 'title']);
    const y2018 = availableSlides(build({ year: 2018 }));
    expect([...y2018].sort()).toEqual(['sources', 'title']);
  });

  it('keeps national slides under a province filter, as the overview does', () => {
    const m = build({ provinces: ['420000'] });
    expect(m.plan.empty).toBe(false);
    expect(m.cases.rows.every((r) => r.province.code === '420000')).toBe(true);
  });

  it('lists every source, oldest first, on the closing slide', () => {
    const dates = build().sources.sources.map((s) => s.date);
    expect(dates).toHaveLength(published.sources.length);
    expect(dates).toEqual([...dates].sort());
  });

  it('speaks English in English', () => {
    const m = build({}, en);
    expect(m.plan.stamp).toBe('Data to the end of November 2020');
    expect(m.plan.sourceLine).toMatch(/^Sources: 虚构日报, “测试用虚构报道甲”/);
    expect(m.headlines.conclusion).toBe(
      'All 5 key figures fell; the steepest fall was in meetings held by central and state organs, down 44.8%.',
    );
    expect(m.plan.conclusion).toBe(
      'To the end of November 2020, all four stayed below the annual plan; the lowest was meetings held by central and state organs, at 52.7% of plan.',
    );
    expect(m.timeline.conclusion).toBe(
      'March 2019 to August 2024: 4 national measures (1 notice, 1 review, 1 meeting and 1 regulation).',
    );
  });
});
