import { CATEGORIES, type Category } from '../data/schema';
import { PROVINCE_CODES } from '../data/provinces';
import type { ObservationFilters } from '../data/select';
import { DEFAULT_COUNT, isChartedCount, type ChartedCount } from '../data/stats-counts';

/** What every view can be narrowed by; mirrored in the URL so a copied link opens the same view. */
export type UrlState = ObservationFilters & {
  /** The presentation deck's current slide (1-based); only the deck sets it. */
  slide: number | null;
  /** The id of a dataset the user loaded; null is the bundled published dataset. */
  dataset: string | null;
  /** The count a statistics dataset's charts and deck show (指标). */
  count: ChartedCount;
  /** A city of the one chosen province, as its statistics name it: its counties are charted. */
  city: string | null;
};

export const DEFAULT_URL_STATE: UrlState = {
  provinces: [],
  year: null,
  category: null,
  query: '',
  slide: null,
  dataset: null,
  count: DEFAULT_COUNT,
  city: null,
};

export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;
const QUERY_MAX = 100;
const CITY_MAX = 40;

function parseProvinces(raw: string | null): string[] {
  if (!raw) return [];
  const codes = raw.split(',').map((c) => c.trim());
  return [...new Set(codes.filter((c) => PROVINCE_CODES.has(c)))];
}

function parseYear(raw: string | null): number | null {
  if (!raw || !/^\d{4}$/.test(raw)) return null;
  const year = Number(raw);
  return year >= YEAR_MIN && year <= YEAR_MAX ? year : null;
}

function parseCategory(raw: string | null): Category | null {
  return (CATEGORIES as readonly string[]).includes(raw ?? '') ? (raw as Category) : null;
}

/** Loaded datasets have generated ids of letters, digits and dashes. */
function parseDatasetId(raw: string | null): string | null {
  return raw && /^[A-Za-z0-9_-]{1,64}$/.test(raw) ? raw : null;
}

/** A city name as a file writes it: a drill-down only applies under exactly one province. */
function parseCity(raw: string | null, provinces: readonly string[]): string | null {
  const city = (raw ?? '').trim();
  // eslint-disable-next-line no-control-regex
  if (!city || city.length > CITY_MAX || /[\u0000-\u001f]/.test(city)) return null;
  return provinces.length === 1 ? city : null;
}

function parseSlide(raw: string | null): number | null {
  if (!raw || !/^\d{1,3}$/.test(raw)) return null;
  const n = Number(raw);
  return n >= 1 ? n : null;
}

/**
 * Reads filters from a query string. Each field is read on its own: a junk or unknown value falls
 * back to that field's default and leaves the others as they are.
 */
export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const provinces = parseProvinces(params.get('province'));
  const count = params.get('count');
  return {
    provinces,
    year: parseYear(params.get('year')),
    category: parseCategory(params.get('category')),
    query: (params.get('q') ?? '').trim().slice(0, QUERY_MAX),
    slide: parseSlide(params.get('slide')),
    dataset: parseDatasetId(params.get('dataset')),
    count: isChartedCount(count) ? count : DEFAULT_COUNT,
    city: parseCity(params.get('city'), provinces),
  };
}

/** Writes filters as a query string ("" or "?…"); defaults are left out, so the plain URL is the default view. */
export function serializeUrlState(filters: UrlState): string {
  const params = new URLSearchParams();
  if (filters.provinces.length > 0) params.set('province', filters.provinces.join(','));
  if (filters.city !== null && filters.provinces.length === 1) params.set('city', filters.city);
  if (filters.year !== null) params.set('year', String(filters.year));
  if (filters.category !== null) params.set('category', filters.category);
  const query = filters.query.trim();
  if (query) params.set('q', query);
  if (filters.dataset !== null) params.set('dataset', filters.dataset);
  if (filters.count !== DEFAULT_COUNT) params.set('count', filters.count);
  if (filters.slide !== null) params.set('slide', String(filters.slide));
  const s = params.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}

export function isDefaultUrlState(filters: UrlState): boolean {
  return serializeUrlState(filters) === '';
}
