import { create } from 'zustand';
import type { Category } from '../data/schema';
import { DEFAULT_URL_STATE, type UrlState } from './url-state';
import { viewFromPath, type View } from './views';
import type { ChartedCount } from '../data/stats-counts';

type UrlStateStore = UrlState & {
  view: View;
  setView: (view: View) => void;
  setProvinces: (codes: string[]) => void;
  toggleProvince: (code: string) => void;
  setYear: (year: number | null) => void;
  setCategory: (category: Category | null) => void;
  setQuery: (query: string) => void;
  setSlide: (slide: number | null) => void;
  setDataset: (dataset: string | null) => void;
  setCount: (count: ChartedCount) => void;
  /** Drills into one city of the one chosen province (null: back to the province's cities). */
  setCity: (city: string | null) => void;
  resetFilters: () => void;
  /** Replaces view and filters at once (from the URL on load and on back/forward). */
  applyLocation: (view: View, filters: UrlState) => void;
};

/** Filter and view state: one store, the URL mirrors it (see url-sync.ts). */
export const useUrlStateStore = create<UrlStateStore>()((set) => ({
  ...DEFAULT_URL_STATE,
  // The page's own view, as a page drawn at build time shows it: React hydrates from this initial state,
  // and the URL's filters follow (url-sync.ts).
  view: typeof location === 'undefined' ? 'overview' : viewFromPath(location.pathname),
  // The deck position belongs to the deck: leaving it clears the slide from the URL.
  setView: (view) => set((s) => ({ view, slide: view === 'present' ? s.slide : null })),
  // A city belongs to the one province it was chosen under: another choice of provinces leaves it.
  setProvinces: (provinces) => set({ provinces: [...new Set(provinces)], city: null }),
  toggleProvince: (code) =>
    set((s) => ({
      provinces: s.provinces.includes(code) ? s.provinces.filter((c) => c !== code) : [...s.provinces, code],
      city: null,
    })),
  setYear: (year) => set({ year }),
  setCategory: (category) => set({ category }),
  setQuery: (query) => set({ query }),
  setSlide: (slide) => set({ slide }),
  setDataset: (dataset) => set({ dataset, city: null }),
  setCount: (count) => set({ count }),
  setCity: (city) => set((s) => ({ city: s.provinces.length === 1 ? city : null })),
  // The chosen count is how the charts are read, not a filter: a reset keeps it.
  resetFilters: () =>
    set((s) => ({ ...DEFAULT_URL_STATE, slide: s.slide, dataset: s.dataset, count: s.count })),
  applyLocation: (view, filters) => set({ view, ...filters }),
}));

/** The filter fields alone, for selectors and serialisation. */
export function urlStateOf(s: UrlState): UrlState {
  return {
    provinces: s.provinces,
    year: s.year,
    category: s.category,
    query: s.query,
    slide: s.slide,
    dataset: s.dataset,
    count: s.count,
    city: s.city,
  };
}
