import { z } from 'zod';

/** Current dataset format. Files of an older version are migrated in `migrate.ts` before parsing. */
export const DATASET_VERSION = 1;

const isoDate = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'expected YYYY-MM or YYYY-MM-DD');

/**
 * A text in the locales the app ships; `zh-CN` is the base. `zh-Hant` is optional so that files written
 * before it existed (and published catalogues) stay valid; where it is absent the Simplified text is shown
 * (`inLocale`). The bundled dataset carries it everywhere (seed-check.test.ts).
 */
export const localizedSchema = z.object({
  'zh-CN': z.string().min(1),
  'zh-Hant': z.string().min(1).optional(),
  en: z.string().min(1),
});

export const sourceSchema = z.object({
  id: z.string().regex(/^s\d{3}$/, 'source ids look like s001'),
  /** File name of the article in ../shared/seeds/. */
  seedFile: z.string().min(1),
  title: z.string().min(1),
  /** The publication as the article prints it (人民日报). */
  publication: z.string().min(1),
  /** Its name in each language (People’s Daily); without it the printed name is shown in every language. */
  publicationName: localizedSchema.optional(),
  /** Publication date as precise as the article's own text allows. */
  date: isoDate,
  /** How the date was established when the article does not print it. */
  dateNote: localizedSchema.optional(),
  authors: z.array(z.string()),
  /** Another source with the same text (e.g. a repost); quotes cite the original. */
  sameTextAs: z.string().optional(),
  /** The script the article is written in: Simplified unless it says Traditional (`Hant`). */
  script: z.enum(['Hans', 'Hant']).optional(),
});

/**
 * The datum's sentence as a repost of its article prints it (`source` has `sameTextAs` the datum's own
 * source): shown in place of the original where the repost's script is the reader's (a Traditional repost
 * in zh-Hant), never converted from the original.
 */
export const repostQuoteSchema = z.object({
  source: z.string(),
  quote: z.string().min(4),
});

export const UNITS = [
  'items', // 项
  'count', // 个
  'people', // 人
  'percent', // %
  'times', // 次
  'minutes',
  'workdays',
  'days',
  'signatures',
  'forms',
  'households',
  'activities',
  'copies', // 份 (一份书面材料)
] as const;

export const CATEGORIES = [
  'documents',
  'meetings',
  'inspections',
  'other-reductions',
  'discipline',
  'survey',
] as const;

export const indicatorSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'indicator ids are kebab-case'),
  name: localizedSchema,
  unit: z.enum(UNITS),
  category: z.enum(CATEGORIES),
  /** True where a fall is the good direction (fewer documents, meetings, inspections). */
  lowerIsBetter: z.boolean(),
});

export const SCOPE_LEVELS = [
  'provinces-aggregate', // 各省区市 taken together
  'central-organs', // 中央和国家机关
  'national', // the whole country (e.g. a national survey)
  'province',
  'city',
  'county',
  'township',
  'village',
] as const;

/** Words like 以上 / 余 / 近 / 不到 that make a figure approximate. */
export const QUALIFIERS = ['at-least', 'more-than', 'about', 'nearly', 'less-than', 'at-most'] as const;

const LOCAL_LEVELS: readonly string[] = ['province', 'city', 'county', 'township', 'village'];

export const scopeSchema = z
  .object({
    level: z.enum(SCOPE_LEVELS),
    /** GB/T 2260 code of the province; required at province level and below unless the place is unnamed. */
    provinceCode: z
      .string()
      .regex(/^\d{2}0000$/, 'a province code is six digits ending in 0000')
      .optional(),
    /**
     * The place below province level, from the top down (市 → 县/区 → 乡镇 → 村); for an unnamed place, the
     * source's own words for it (东北某县, 运城市某县).
     */
    place: localizedSchema.optional(),
    /** The figure is an average over the scope's units, as the source says (各省区市…平均为). */
    average: z.literal(true).optional(),
    /** The source does not name the place (东北某县, 南方某省): a local figure that no map tile can hold. */
    unnamed: z.literal(true).optional(),
    /**
     * For an unnamed place, the region the source does give: a part of the country (东北, 南方) or, with
     * provinceCode, the named part below the province (运城市 of 山西运城市某县).
     */
    region: localizedSchema.optional(),
  })
  .refine((s) => !LOCAL_LEVELS.includes(s.level) || s.provinceCode || s.unnamed, {
    message: 'a local scope needs provinceCode (or unnamed with its region)',
    path: ['provinceCode'],
  })
  .refine(
    (s) => ['provinces-aggregate', 'central-organs', 'national', 'province'].includes(s.level) || s.place,
    {
      message: 'a scope below province level needs place',
      path: ['place'],
    },
  )
  .refine((s) => !s.unnamed || LOCAL_LEVELS.includes(s.level), {
    message: 'only a local scope can be an unnamed place',
    path: ['unnamed'],
  })
  .refine((s) => !s.unnamed || (s.region && s.place), {
    message: 'an unnamed place needs the region the source gives and the source’s words for it (place)',
    path: ['region'],
  })
  .refine((s) => !s.region || s.unnamed, {
    message: 'region is for an unnamed place only',
    path: ['region'],
  });

export const observationSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    indicator: z.string(),
    scope: scopeSchema,
    period: z.object({
      /** The year the figure describes. */
      year: z.number().int().min(2000).max(2100),
      /** "截至" date: the figure counts up to this day or month. */
      asOf: isoDate.optional(),
    }),
    /** The figure itself (after the change where there is a baseline). */
    value: z.number().finite().optional(),
    valueQualifier: z.enum(QUALIFIERS).optional(),
    /** The figure before the change, e.g. 96 in "从2019年的96项减少至50项". */
    baseline: z
      .object({
        value: z.number().finite(),
        year: z.number().int().optional(),
        qualifier: z.enum(QUALIFIERS).optional(),
      })
      .optional(),
    /** Share of the annual plan reached, in percent. */
    planShare: z.number().finite().optional(),
    /** Year-on-year change in percent as the source states it (negative = a fall). */
    yoyChange: z.number().finite().optional(),
    /** A change against the baseline as the source states it, in percent (negative = a fall). */
    statedChange: z.number().finite().optional(),
    changeQualifier: z.enum(QUALIFIERS).optional(),
    /**
     * Set where the source's stated change disagrees with what its own counts give
     * (e.g. 822 → 252 is −69.3%, stated as −73%). The UI shows both.
     */
    inconsistent: z.boolean().optional(),
    source: z.string(),
    /** Verbatim sentence from the article that holds every number of this datum. */
    quote: z.string().min(4),
    repost: repostQuoteSchema.optional(),
    note: localizedSchema.optional(),
  })
  .refine(
    (o) =>
      o.value !== undefined ||
      o.planShare !== undefined ||
      o.yoyChange !== undefined ||
      o.statedChange !== undefined,
    { message: 'an observation needs at least one figure' },
  );

export const EVENT_KINDS = ['notice', 'review', 'meeting', 'regulation'] as const;

export const eventSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  date: isoDate,
  kind: z.enum(EVENT_KINDS),
  issuer: localizedSchema,
  /** The document's name as printed, without 《》; absent for a meeting with no document. */
  documentTitle: z.string().optional(),
  summary: localizedSchema,
  source: z.string(),
  quote: z.string().min(4),
  repost: repostQuoteSchema.optional(),
});

export const datasetSchema = z
  .object({
    version: z.literal(DATASET_VERSION),
    id: z.string(),
    title: localizedSchema,
    /** True for demo or invented numbers: every view that shows them says so. */
    synthetic: z.boolean(),
    sources: z.array(sourceSchema).min(1),
    indicators: z.array(indicatorSchema).min(1),
    observations: z.array(observationSchema),
    events: z.array(eventSchema),
  })
  .superRefine((d, ctx) => {
    const sourceIds = new Set(d.sources.map((s) => s.id));
    const indicatorIds = new Set(d.indicators.map((i) => i.id));
    const seen = new Set<string>();
    d.observations.forEach((o, i) => {
      if (!indicatorIds.has(o.indicator))
        ctx.addIssue({
          code: 'custom',
          path: ['observations', i, 'indicator'],
          message: `unknown indicator "${o.indicator}"`,
        });
      if (!sourceIds.has(o.source))
        ctx.addIssue({
          code: 'custom',
          path: ['observations', i, 'source'],
          message: `unknown source "${o.source}"`,
        });
      if (seen.has(o.id))
        ctx.addIssue({ code: 'custom', path: ['observations', i, 'id'], message: `duplicate id "${o.id}"` });
      seen.add(o.id);
    });
    d.events.forEach((e, i) => {
      if (!sourceIds.has(e.source))
        ctx.addIssue({
          code: 'custom',
          path: ['events', i, 'source'],
          message: `unknown source "${e.source}"`,
        });
    });
    // A repost's sentence comes from a repost of the datum's own article.
    const checkRepost = (
      kind: 'observations' | 'events',
      i: number,
      datum: { source: string; repost?: RepostQuote },
    ) => {
      if (!datum.repost) return;
      const repost = d.sources.find((s) => s.id === datum.repost?.source);
      if (repost?.sameTextAs !== datum.source)
        ctx.addIssue({
          code: 'custom',
          path: [kind, i, 'repost', 'source'],
          message: `"${datum.repost.source}" is not a repost of "${datum.source}"`,
        });
    };
    d.observations.forEach((o, i) => checkRepost('observations', i, o));
    d.events.forEach((e, i) => checkRepost('events', i, e));
  });

export type Localized = z.infer<typeof localizedSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type RepostQuote = z.infer<typeof repostQuoteSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type Unit = Indicator['unit'];
export type Category = Indicator['category'];
export type Scope = z.infer<typeof scopeSchema>;
export type Qualifier = (typeof QUALIFIERS)[number];
export type Observation = z.infer<typeof observationSchema>;
export type PolicyEvent = z.infer<typeof eventSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
