import { create } from 'zustand';
import type { Category } from '../data/schema';
import { DEFAULT_FILTERS, type Filters } from './filters-url';
import type { View } from './views';

type FiltersState = Filters & {
  view: View;
  setView: (view: View) => void;
  setProvinces: (codes: string[]) => void;
  toggleProvince: (code: string) => void;
  setYear: (year: number | null) => void;
  setCategory: (category: Category | null) => void;
  setQuery: (query: string) => void;
  resetFilters: () => void;
  /** Replaces view and filters at once (from the URL on load and on back/forward). */
  applyLocation: (view: View, filters: Filters) => void;
};

/** Filter and view state: one store, the URL mirrors it (see url-sync.ts). */
export const useFiltersStore = create<FiltersState>()((set) => ({
  ...DEFAULT_FILTERS,
  view: 'overview',
  setView: (view) => set({ view }),
  setProvinces: (provinces) => set({ provinces: [...new Set(provinces)] }),
  toggleProvince: (code) =>
    set((s) => ({
      provinces: s.provinces.includes(code) ? s.provinces.filter((c) => c !== code) : [...s.provinces, code],
    })),
  setYear: (year) => set({ year }),
  setCategory: (category) => set({ category }),
  setQuery: (query) => set({ query }),
  resetFilters: () => set({ ...DEFAULT_FILTERS }),
  applyLocation: (view, filters) => set({ view, ...filters }),
}));

/** The filter fields alone, for selectors and serialisation. */
export function filtersOf(s: Filters): Filters {
  return { provinces: s.provinces, year: s.year, category: s.category, query: s.query };
}
