import { describe, expect, it } from 'vitest';
import { INVENTED_DATASET as dataset } from '../../data/fixtures/invented-dataset';
import { LOCALES, translator, type Locale } from '../../i18n/i18n';
import { DEFAULT_URL_STATE, type UrlState } from '../../state/url-state';
import { buildSlideModels } from './slide-models';

/*
 * The conclusions the dashboard and the deck write: a sentence built from whole per-locale templates reads as
 * one in every language. On the invented fixture (src/data/fixtures/invented-dataset.ts): no figure here is real.
 */
const build = (locale: Locale, filters: Partial<UrlState> = {}) =>
  buildSlideModels(dataset, { ...DEFAULT_URL_STATE, ...filters }, { t: translator(locale), locale });

/** Every slide's conclusion but the title slide's (the dataset's title) and "no data" (a label). */
const conclusions = (locale: Locale, filters: Partial<UrlState> = {}): string[] =>
  Object.entries(build(locale, filters)).flatMap(([id, m]: [string, { conclusion?: unknown } | null]) =>
    id !== 'title' &&
    m &&
    typeof m.conclusion === 'string' &&
    m.conclusion !== translator(locale)('empty.none')
      ? [m.conclusion]
      : [],
  );

describe('conclusions', () => {
  // The plan, headlines and timeline sentences are checked word for word in slide-models.test.ts.
  it('read as whole English sentences', () => {
    const m = build('en');
    expect(m.yoy.conclusion).toBe(
      'The steepest fall was in meetings held by central and state organs, down 44.8% year on year; the provinces’ documents and meetings fell 21.6% and 33.1%.',
    );
    expect(m.accountability.conclusion).toBe(
      'To the end of November 2020, 52K cases of formalism and bureaucratism were investigated and 81K people were dealt with; at least 90% of cadres surveyed said the burden keeps easing.',
    );
    expect(build('en', { provinces: ['320000', '620000'] }).cases.conclusion).toBe(
      'Of the local figures for Jiangsu and Gansu, the largest cut was in Beichuan District, Nangang: days per round of meetings, from about 2 days to 0.5 days, down 75% (from the source’s counts).',
    );
    expect(build('en', { year: 2024 }).timeline.conclusion).toBe(
      'August 2024: one national measure (1 regulation).',
    );
  });

  it('keep the Chinese sentences as they were, in Simplified and Traditional (an indicator without a Traditional name keeps its Simplified one)', () => {
    expect(build('zh-CN').plan.conclusion).toBe(
      '截至2020年11月底，四项均低于全年计划；中央和国家机关会议数量最低，仅为计划的52.7%。',
    );
    expect(build('zh-Hant').yoy.conclusion).toBe(
      '中央和國家機關会议数量降幅最大，同比下降44.8%；各省區市文件、會議分別下降21.6%、33.1%。',
    );
  });

  const filterSets: Partial<UrlState>[] = [
    {},
    { year: 2020 },
    { year: 2024 },
    { provinces: ['620000'] },
    { provinces: ['320000', '620000', '420000'] },
    { category: 'inspections' },
  ];
  it.each(LOCALES)(
    '%s: no sentence under any filter leaves a placeholder, a number disagreeing with its noun or two labels glued',
    (locale) => {
      for (const filters of filterSets)
        for (const sentence of conclusions(locale, filters)) {
          expect(sentence, sentence).not.toMatch(/[{}]/);
          if (locale !== 'en') continue;
          expect(sentence, sentence).toMatch(/^[A-Z0-9“]/);
          expect(sentence, sentence).toMatch(/[.)]$/);
          // "1 measures", "1 provinces"; "people people"; a lower-case word followed by a capitalised label.
          expect(sentence, sentence).not.toMatch(/(^|[^\d.,])1 [a-z]+s\b/);
          expect(sentence, sentence).not.toMatch(/\b(\w+) \1\b/);
          expect(sentence, sentence).not.toMatch(/\b(organs|provinces) [A-Z]/);
        }
    },
  );
});
