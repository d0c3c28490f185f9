import type { CsvCell } from '../data/csv';
import { indexDataset } from '../data/derive';
import { inLocale, publicationIn } from '../data/localized';
import { provinceFullName } from '../data/province-names';
import { provinceByCode } from '../data/provinces';
import type { Dataset, Observation } from '../data/schema';
import { messagesOf, type Locale, type MessageKey, type Translate } from '../i18n/i18n';
import { formatAsOf, formatDate } from '../i18n/format';

/**
 * 口径: what an indicator counts, its unit, its scope, how its derived figures are computed, how recent it
 * is and where it is from. Everything here is the dashboard's own explanation, never a quote (the views
 * label it so); the figures it describes and their 截至 dates come from the datum alone.
 */

type Ctx = { t: Translate; locale: Locale };

/** How a datum's figures came about, in the order they are explained. */
export const FORMULA_KINDS = ['planShare', 'yoy', 'computed', 'stated', 'value'] as const;
export type FormulaKind = (typeof FORMULA_KINDS)[number];

const FORMULA_KEYS = {
  planShare: 'method.formula.planShare',
  yoy: 'method.formula.yoy',
  computed: 'method.formula.computed',
  stated: 'method.formula.stated',
  value: 'method.formula.value',
} as const satisfies Record<FormulaKind, MessageKey>;

/**
 * The computations behind a datum's figures: share of plan and year on year where the source gives them,
 * the change the dashboard computes where it has both counts, the source's stated change, and "as stated"
 * for a bare figure.
 */
export function formulaKinds(o: Observation): FormulaKind[] {
  const kinds: FormulaKind[] = [];
  if (o.planShare !== undefined) kinds.push('planShare');
  if (o.yoyChange !== undefined) kinds.push('yoy');
  if (o.value !== undefined && o.baseline !== undefined && o.baseline.value !== 0) kinds.push('computed');
  if (o.statedChange !== undefined) kinds.push('stated');
  if (kinds.length === 0) kinds.push('value');
  return kinds;
}

/** The locale key of what an indicator counts; every indicator of the published dataset has one. */
export function countsKey(indicatorId: string): MessageKey {
  return `method.counts.${indicatorId}` as MessageKey;
}

export function hasCountsText(indicatorId: string, locale: Locale): boolean {
  return Object.hasOwn(messagesOf(locale), countsKey(indicatorId));
}

/** Where a datum counts: 各省区市平均, 中央和国家机关, or the province and place of a local figure. */
export function scopeText(o: Observation, { t, locale }: Ctx): string {
  const s = o.scope;
  if (s.level === 'provinces-aggregate' || s.level === 'central-organs' || s.level === 'national') {
    const scope = t(`scope.${s.level}`);
    return s.average ? t('method.scopeAverage', { scope }) : scope;
  }
  const province = s.provinceCode ? provinceByCode(s.provinceCode) : undefined;
  const provinceText = province ? provinceFullName(province, locale) : '';
  const place = inLocale(s.place, locale);
  const where =
    place && provinceText ? t('cases.place', { province: provinceText, place }) : (place ?? provinceText);
  const region = inLocale(s.region, locale);
  return s.unnamed && region ? t('method.scopeUnnamed', { place: where, region }) : where;
}

/** One datum's 口径, every part as text in the UI language. */
export type DatumMethod = {
  id: string;
  indicatorId: string;
  indicator: string;
  counts: string;
  unit: string;
  scope: string;
  formulas: string[];
  asOf: string;
  source: string;
};

/**
 * The 口径 of one datum; null for a datum whose indicator the dataset lacks. The 数据截至 line is the
 * datum's own 截至 date, or its year with the note that the source gives none (never another figure's date).
 */
export function datumMethod(o: Observation, ds: Dataset, ctx: Ctx): DatumMethod | null {
  const { t, locale } = ctx;
  const index = indexDataset(ds);
  const indicator = index.indicator(o.indicator);
  if (!indicator) return null;
  const source = index.source(o.source);
  const name = inLocale(indicator.name, locale);
  const unit = t(`table.unit.${indicator.unit}`);
  return {
    id: o.id,
    indicatorId: indicator.id,
    indicator: name,
    counts: hasCountsText(indicator.id, locale)
      ? t(countsKey(indicator.id))
      : t('method.countsGeneric', { name, unit }),
    unit,
    scope: scopeText(o, ctx),
    formulas: formulaKinds(o).map((kind) => t(FORMULA_KEYS[kind])),
    asOf: o.period.asOf
      ? t('method.asOfDated', { date: formatAsOf(o.period.asOf, locale, t) })
      : t('method.asOfUndated', {
          year: o.period.year,
          published: source ? formatDate(source.date, locale) : '—',
        }),
    source: source
      ? t('method.sourceLine', {
          publication: publicationIn(source, locale),
          title: source.title,
          date: formatDate(source.date, locale),
        })
      : '—',
  };
}

/** The 口径 of one indicator over the data shown: its scopes, formulas, dates and sources, each once. */
export type IndicatorMethod = {
  indicatorId: string;
  indicator: string;
  counts: string;
  unit: string;
  scopes: string[];
  formulas: string[];
  asOf: string[];
  sources: string[];
};

const addOnce = (list: string[], items: readonly string[]) => {
  for (const item of items) if (!list.includes(item)) list.push(item);
};

/** One entry per indicator, in the order the data first shows it. */
export function indicatorMethods(
  observations: readonly Observation[],
  ds: Dataset,
  ctx: Ctx,
): IndicatorMethod[] {
  const byIndicator = new Map<string, IndicatorMethod>();
  for (const o of observations) {
    const m = datumMethod(o, ds, ctx);
    if (!m) continue;
    let entry = byIndicator.get(m.indicatorId);
    if (!entry) {
      entry = {
        indicatorId: m.indicatorId,
        indicator: m.indicator,
        counts: m.counts,
        unit: m.unit,
        scopes: [],
        formulas: [],
        asOf: [],
        sources: [],
      };
      byIndicator.set(m.indicatorId, entry);
    }
    addOnce(entry.scopes, [m.scope]);
    addOnce(entry.formulas, m.formulas);
    addOnce(entry.asOf, [m.asOf]);
    addOnce(entry.sources, [m.source]);
  }
  return [...byIndicator.values()];
}

const METHOD_CSV_KEYS = [
  'method.csv.id',
  'method.csv.indicator',
  'method.csv.counts',
  'method.csv.unit',
  'method.csv.scope',
  'method.csv.derived',
  'method.csv.asOf',
  'method.csv.source',
] as const satisfies readonly MessageKey[];

/**
 * The CSV's second block: a title row saying these are the dashboard's words, a header, and one record
 * per datum (by its id, as the first block lists it).
 */
export function methodCsvRows(observations: readonly Observation[], ds: Dataset, ctx: Ctx): CsvCell[][] {
  const { t } = ctx;
  const records = observations.flatMap((o): CsvCell[][] => {
    const m = datumMethod(o, ds, ctx);
    if (!m) return [];
    return [[m.id, m.indicator, m.counts, m.unit, m.scope, m.formulas.join(' '), m.asOf, m.source]];
  });
  return [[t('method.csvTitle')], METHOD_CSV_KEYS.map((key) => t(key)), ...records];
}
