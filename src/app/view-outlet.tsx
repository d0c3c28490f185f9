import { lazy, Suspense, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Dataset } from '../data/schema';
import { filterObservations } from '../data/select';
import { useFiltersStore, filtersOf } from '../state/url-state-store';
import { useT } from '../state/use-t';
import { OverviewPage } from '../features/overview/overview-page';
import { EmptyState } from '../components/ui/empty-state';
import { describeFilters } from '../figures/describe-filters';

// Each view other than the overview is its own chunk, loaded when it is opened.
const CasesPage = lazy(() => import('../features/cases/cases-page'));
const TimelinePage = lazy(() => import('../features/timeline/timeline-page'));
const DataPage = lazy(() => import('../features/table/data-page'));
const ImportPage = lazy(() => import('../features/statistics/import-page'));
const PresentPage = lazy(() => import('../features/present/present-page'));

/** The current view on the current dataset. */
export function ViewOutlet({ dataset }: { dataset: Dataset }) {
  const view = useFiltersStore((s) => s.view);
  return (
    <Suspense fallback={<div className="min-h-screen" aria-busy="true" />}>
      {view === 'overview' ? <FilteredOverview dataset={dataset} /> : null}
      {view === 'cases' ? <CasesPage dataset={dataset} /> : null}
      {view === 'timeline' ? <TimelinePage dataset={dataset} /> : null}
      {view === 'data' ? <DataPage dataset={dataset} /> : null}
      {view === 'import' ? <ImportPage dataset={dataset} /> : null}
      {view === 'present' ? <PresentPage dataset={dataset} /> : null}
    </Suspense>
  );
}

/**
 * The overview shows national figures: year and category narrow them; a province filter does not
 * (it says so, and points to the local cases).
 */
function FilteredOverview({ dataset }: { dataset: Dataset }) {
  const { t, locale } = useT();
  const filters = useFiltersStore(useShallow(filtersOf));
  const national = useMemo(
    () => ({
      ...dataset,
      observations: filterObservations(dataset, { ...filters, provinces: [] }).filter(
        (o) => o.scope.provinceCode === undefined,
      ),
    }),
    [dataset, filters],
  );
  return (
    <div className="flex flex-col gap-3">
      {filters.provinces.length > 0 ? (
        <p className="rounded border border-line bg-surface px-3 py-2 text-sm" data-testid="national-note">
          <strong>{t('filters.national')}</strong> · {t('filters.nationalNote')}
        </p>
      ) : null}
      {national.observations.length === 0 ? (
        <EmptyState
          title={t('filters.emptyTitle', {
            filters: describeFilters({ ...filters, provinces: [] }, t, locale),
          })}
          hint={t('filters.emptyHint')}
        />
      ) : (
        <OverviewPage dataset={national} />
      )}
    </div>
  );
}
