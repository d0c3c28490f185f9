import { useRef } from 'react';
import { CATEGORIES, type Category } from '../../data/schema';
import { useUrlStateStore, urlStateOf } from '../../state/url-state-store';
import { isDefaultUrlState } from '../../state/url-state';
import { DEFAULT_COUNT } from '../../data/stats-counts';
import { useT } from '../../state/use-t';
import { ProvinceCombobox } from './province-combobox';
import { describeFilters } from '../../figures/describe-filters';
import { useShallow } from 'zustand/react/shallow';
import { useValueTypedEarly } from '../../components/ui/use-value-typed-early';

/** Province, year and category filters shared by every view, with the active filters in words and one reset. */
export function FilterBar({
  years,
  localOnly = [],
  showCategory = true,
}: {
  years: readonly number[];
  /** Years this view has only local figures for: the option says so (the view then links to them). */
  localOnly?: readonly number[];
  /** Where the category narrows nothing (a statistics dataset), it is not offered. */
  showCategory?: boolean;
}) {
  const { t, locale } = useT();
  const filters = useUrlStateStore(useShallow(urlStateOf));
  const setYear = useUrlStateStore((s) => s.setYear);
  const setCategory = useUrlStateStore((s) => s.setCategory);
  const reset = useUrlStateStore((s) => s.resetFilters);
  const onYear = (value: string) => setYear(value ? Number(value) : null);
  const onCategory = (value: string) => setCategory((value || null) as Category | null);
  // Chosen before the page was live: applied when the selects hydrate.
  const yearRef = useRef<HTMLSelectElement>(null);
  const categoryRef = useRef<HTMLSelectElement>(null);
  useValueTypedEarly(yearRef, String(filters.year ?? ''), onYear);
  useValueTypedEarly(categoryRef, filters.category ?? '', onCategory);
  // The chosen count is how charts read, not a filter.
  const active = !isDefaultUrlState({ ...filters, slide: null, dataset: null, count: DEFAULT_COUNT });
  return (
    <section aria-label={t('filters.label')} className="filter-bar border-b border-line bg-surface">
      <div className="mx-auto flex max-w-[1800px] flex-wrap items-end gap-x-4 gap-y-2 px-4 py-2">
        <ProvinceCombobox />
        <label className="flex flex-col gap-1">
          <span className="text-xs font-medium text-ink-muted">{t('filters.year')}</span>
          {/* Wide enough for "2018年（仅地方数据）" / "2018 (local figures only)": the overview's first paint has
              only the national figures, and the local-only years are marked once the rest of the file is in,
              which must not widen the select and move what follows it. */}
          <select
            className="min-w-[13.5rem] rounded border border-line bg-surface px-2 py-1.5 text-sm"
            ref={yearRef}
            value={filters.year ?? ''}
            onChange={(e) => onYear(e.target.value)}
          >
            <option value="">{t('filters.allYears')}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {localOnly.includes(y)
                  ? t('filters.yearLocalOnly', { year: y })
                  : t('filters.yearValue', { year: y })}
              </option>
            ))}
          </select>
        </label>
        {showCategory ? (
          <label className="flex flex-col gap-1">
            <span className="text-xs font-medium text-ink-muted">{t('filters.category')}</span>
            <select
              className="rounded border border-line bg-surface px-2 py-1.5 text-sm"
              ref={categoryRef}
              value={filters.category ?? ''}
              onChange={(e) => onCategory(e.target.value)}
            >
              <option value="">{t('filters.allCategories')}</option>
              {CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(`category.${c}`)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <p className="flex-1 pb-1.5 text-sm" role="status" data-testid="active-filters">
          {active ? t('filters.active', { filters: describeFilters(filters, t, locale) }) : t('filters.none')}
        </p>
        {active ? (
          <button type="button" className="btn mb-0.5" onClick={reset}>
            {t('filters.reset')}
          </button>
        ) : null}
      </div>
    </section>
  );
}
