import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../data/schema';
import { LOCALES, translator, type Locale } from '../../i18n/i18n';
import { DEFAULT_URL_STATE, type UrlState } from '../../state/url-state';
import { buildSlideModels } from './slide-models';

/*
 * The conclusions the dashboard and the deck write, on the published dataset itself: a sentence built from
 * whole per-locale templates reads as one in every language. (The view-model tests run on the invented
 * fixture; this one is about the sentences real figures produce, so it reads public/data/dataset.json.)
 */
const dataset = datasetSchema.parse(
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../public/data/dataset.json'), 'utf8')),
);
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

describe('conclusions on the published figures', () => {
  it('read as whole English sentences', () => {
    const m = build('en');
    expect(m.plan.conclusion).toBe(
      'To the end of November 2020, all four stayed below the annual plan; the lowest was meetings held by central and state organs, at 40.8% of plan.',
    );
    expect(m.yoy.conclusion).toBe(
      'The steepest fall was in meetings held by central and state organs, down 59.7% year on year; the provinces’ documents and meetings fell 27.7% and 29.5%.',
    );
    expect(m.headlines.conclusion).toBe(
      'All 5 key figures fell; the steepest fall was in meetings held by central and state organs, down 59.7%.',
    );
    expect(m.accountability.conclusion).toBe(
      'To the end of November 2020, 69K cases of formalism and bureaucratism were investigated and 103K people were dealt with; at least 85% of cadres surveyed said the burden keeps easing.',
    );
    expect(m.timeline.conclusion).toBe(
      'March 2019 to August 2024: 6 national measures (2 notices, 2 reviews, 1 meeting and 1 regulation).',
    );
    expect(build('en', { provinces: ['320000', '620000'] }).cases.conclusion).toBe(
      'Of the local figures for Jiangsu and Gansu, the largest cut was in Gansu: creation and demonstration projects of provincial departments, from 80 activities to 10 activities, down 87.5% (from the source’s counts).',
    );
    expect(build('en', { year: 2024 }).timeline.conclusion).toBe(
      'August 2024: one national measure (1 regulation).',
    );
  });

  it('keep the Chinese sentences as they were, in Simplified and Traditional', () => {
    expect(build('zh-CN').plan.conclusion).toBe(
      '截至2020年11月底，四项均低于全年计划；中央和国家机关会议数量最低，仅为计划的40.8%。',
    );
    expect(build('zh-Hant').yoy.conclusion).toBe(
      '中央和國家機關會議數量降幅最大，同比下降59.7%；各省區市文件、會議分別下降27.7%、29.5%。',
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
