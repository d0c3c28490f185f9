import { inLocale, publicationIn } from '../../data/localized';
import { computedChange, indexDataset, round1 } from '../../data/derive';
import { provinceByCode, type Province } from '../../data/provinces';
import { SCOPE_LEVELS, type Dataset, type Indicator, type Observation, type Source } from '../../data/schema';
import type { CsvCell } from '../../data/csv';
import { filterObservations, isNationalScope } from '../../data/select';
import { provinceName, qualifierLabel, scopeLabel, unitLabel } from './labels';
import type { UrlState } from '../../state/url-state';
import type { Locale, MessageKey, Translate } from '../../i18n/i18n';

/** One datum as the table shows it: the observation with what it points to, and its sort and search keys. */
export type TableRow = {
  id: string;
  observation: Observation;
  indicator: Indicator;
  source: Source | undefined;
  /** The repost the datum's sentence is also quoted from, if any (shownQuote). */
  repostSource: Source | undefined;
  /** The province of a local figure; undefined for a national one. */
  province: Province | undefined;
  national: boolean;
  /** What the value column sorts by: the figure, else the share of the annual plan. */
  sortValue: number | null;
  /** What the change column sorts by: the stated year-on-year change, else the stated change, else the computed one. */
  change: number | null;
  /** The change the datum's own counts give, at one decimal; null without a baseline. */
  computed: number | null;
  /** Normalised text the search runs over: indicator (every locale), place, province and quote. */
  haystack: string;
};

export const SORT_KEYS = [
  'indicator',
  'scope',
  'province',
  'place',
  'period',
  'value',
  'unit',
  'change',
  'source',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type Sort = { key: SortKey; direction: 'ascending' | 'descending' } | null;

/** Full-width forms and letter case should not decide whether a search matches (ＧＳ, Gs, gs). */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Every observation the province, year and category filters keep, national ones included and marked; dataset order. */
export function selectTableRows(ds: Dataset, filters: UrlState): TableRow[] {
  const index = indexDataset(ds);
  return filterObservations(ds, filters, { keepNational: true }).flatMap((o) => {
    const indicator = index.indicator(o.indicator);
    if (!indicator) return [];
    const province = o.scope.provinceCode ? provinceByCode(o.scope.provinceCode) : undefined;
    const computed = computedChange(o);
    const text = [
      ...Object.values(indicator.name),
      ...Object.values(o.scope.place ?? {}),
      ...(province
        ? [province.name, province.short, province.en, province.pinyin, ...province.traditional]
        : []),
      o.quote,
      o.repost?.quote ?? '',
    ];
    return [
      {
        id: o.id,
        observation: o,
        indicator,
        source: index.source(o.source),
        repostSource: o.repost ? index.source(o.repost.source) : undefined,
        province,
        national: isNationalScope(o),
        sortValue: o.value ?? o.planShare ?? null,
        change: o.yoyChange ?? o.statedChange ?? (computed === null ? null : round1(computed)),
        computed: computed === null ? null : round1(computed),
        haystack: normaliseText(text.join('\n')),
      },
    ];
  });
}

/** The rows whose text holds every whitespace-separated term of the query; all rows for an empty query. */
export function searchRows(rows: readonly TableRow[], query: string): readonly TableRow[] {
  const terms = normaliseText(query).split(/\s+/).filter(Boolean);
  if (terms.length === 0) return rows;
  return rows.filter((r) => terms.every((term) => r.haystack.includes(term)));
}

const collators = new Map<Locale, Intl.Collator>();
/** Simplified Chinese text sorts by pinyin, as people expect of a list of names. */
function collator(locale: Locale): Intl.Collator {
  let c = collators.get(locale);
  if (!c) {
    // Traditional Chinese sorts as its readers expect it to (by stroke, Intl's default for zh-Hant).
    const name = locale === 'zh-CN' ? 'zh-CN-u-co-pinyin' : locale;
    c = new Intl.Collator(name, { numeric: true });
    collators.set(locale, c);
  }
  return c;
}

type SortValue = string | number | null;

function sortValueOf(row: TableRow, key: SortKey, locale: Locale, t: Translate): SortValue {
  const o = row.observation;
  switch (key) {
    case 'indicator':
      return inLocale(row.indicator.name, locale);
    case 'scope':
      return SCOPE_LEVELS.indexOf(o.scope.level);
    case 'province':
      return row.province ? provinceName(row.province, locale) : null;
    case 'place':
      return inLocale(o.scope.place, locale) ?? null;
    case 'period':
      // Year first; within a year a "to this date" figure sorts by its date, a whole-year one after.
      return `${o.period.year}|${o.period.asOf ?? '9999'}`;
    case 'value':
      return row.sortValue;
    case 'unit':
      return unitLabel(row.indicator.unit, t);
    case 'change':
      return row.change;
    case 'source':
      return row.source ? `${row.source.date}|${publicationIn(row.source, locale)}` : null;
  }
}

/**
 * The rows in the chosen order (a new array; `null` keeps dataset order). Rows without a value for the
 * column go last in either direction, and ties keep dataset order.
 */
export function sortRows(
  rows: readonly TableRow[],
  sort: Sort,
  locale: Locale,
  t: Translate,
): readonly TableRow[] {
  if (!sort) return rows;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const compareText = collator(locale).compare;
  const keyed = rows.map((row) => ({ row, value: sortValueOf(row, sort.key, locale, t) }));
  keyed.sort((a, b) => {
    if (a.value === null || b.value === null) return a.value === b.value ? 0 : a.value === null ? 1 : -1;
    if (typeof a.value === 'number' && typeof b.value === 'number') return sign * (a.value - b.value);
    return sign * compareText(String(a.value), String(b.value));
  });
  return keyed.map((k) => k.row);
}

/**
 * A download name that says what was exported, in ASCII so every file system and mail client keeps it:
 * jianfu-data-gansu-2020-inspections.csv; "search" marks a text search.
 */
export function csvFileName(filters: UrlState): string {
  const parts = ['jianfu-data'];
  for (const code of filters.provinces) {
    const p = provinceByCode(code);
    if (p) parts.push(p.pinyin);
  }
  if (filters.year !== null) parts.push(String(filters.year));
  if (filters.category !== null) parts.push(filters.category);
  if (filters.query.trim()) parts.push('search');
  return `${parts.join('-')}.csv`;
}

const CSV_HEADER_KEYS = [
  'table.csv.indicator',
  'table.csv.scope',
  'table.csv.province',
  'table.csv.place',
  'table.csv.year',
  'table.csv.asOf',
  'table.csv.baseline',
  'table.csv.baselineQualifier',
  'table.csv.value',
  'table.csv.valueQualifier',
  'table.csv.unit',
  'table.csv.planShare',
  'table.csv.yoyChange',
  'table.csv.statedChange',
  'table.csv.changeQualifier',
  'table.csv.computedChange',
  'table.csv.inconsistent',
  'table.csv.source',
  'table.csv.sourceDate',
  'table.csv.sourceTitle',
  'table.csv.quote',
  'table.csv.id',
] as const satisfies readonly MessageKey[];

/**
 * The CSV of the rows given, in their order: a header in the UI language, then one record per datum with
 * the table's columns split so every figure is a number cell (−27.7, not "下降27.7%"), plus the source's
 * title and the verbatim quote. Formula neutralising and quoting are csv.ts's job.
 */
export function tableCsvRows(rows: readonly TableRow[], t: Translate, locale: Locale): CsvCell[][] {
  const header = CSV_HEADER_KEYS.map((key) => t(key));
  const records = rows.map((r): CsvCell[] => {
    const o = r.observation;
    return [
      inLocale(r.indicator.name, locale),
      scopeLabel(o.scope.level, t),
      r.province ? provinceName(r.province, locale) : '',
      inLocale(o.scope.place, locale) ?? '',
      o.period.year,
      o.period.asOf ?? '',
      o.baseline?.value,
      qualifierLabel(o.baseline?.qualifier, t),
      o.value,
      qualifierLabel(o.valueQualifier, t),
      unitLabel(r.indicator.unit, t),
      o.planShare,
      o.yoyChange,
      o.statedChange,
      qualifierLabel(o.changeQualifier, t),
      r.computed,
      o.inconsistent ? t('table.csv.yes') : '',
      r.source ? publicationIn(r.source, locale) : '',
      r.source?.date ?? '',
      r.source?.title ?? '',
      o.quote,
      o.id,
    ];
  });
  return [header, ...records];
}
