import { lazy, Suspense, useMemo, type ComponentType } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Dataset } from '../data/schema';
import { filterObservations } from '../data/select';
import { useFiltersStore, filtersOf } from '../state/url-state-store';
import { serializeFilters } from '../state/url-state';
import { isPlainClick, locationFor } from '../state/url-sync';
import { useT } from '../state/use-t';
import { OverviewPage } from '../features/overview/overview-page';
import { EmptyState } from '../components/ui/empty-state';
import { describeFilters } from '../figures/describe-filters';
import type { View } from '../state/views';

type ViewProps = { dataset: Dataset };
type ViewModule = { default: ComponentType<ViewProps> };

/**
 * A view in its own chunk, loaded when it is opened. `preload` loads it ahead: a page drawn at build time
 * loads its view before hydrating, so hydration never suspends on it (a part left suspended could not
 * take an input).
 */
function lazyView(load: () => Promise<ViewModule>) {
  let loaded: ComponentType<ViewProps> | null = null;
  const Lazy = lazy(load);
  return {
    preload: () =>
      load().then((m) => {
        loaded = m.default;
      }),
    View: (props: ViewProps) => {
      const Loaded = loaded ?? Lazy;
      return <Loaded {...props} />;
    },
  };
}

const LAZY_VIEWS = {
  cases: lazyView(() => import('../features/cases/cases-page')),
  timeline: lazyView(() => import('../features/timeline/timeline-page')),
  data: lazyView(() => import('../features/table/data-page')),
  import: lazyView(() => import('../features/statistics/import-page')),
  present: lazyView(() => import('../features/present/present-page')),
};
const CasesPage = LAZY_VIEWS.cases.View;
const TimelinePage = LAZY_VIEWS.timeline.View;
const DataPage = LAZY_VIEWS.data.View;
const ImportPage = LAZY_VIEWS.import.View;
const PresentPage = LAZY_VIEWS.present.View;

/** Loads a view's code (the overview's is in the app's). */
export function preloadView(view: View): Promise<void> {
  return view === 'overview' ? Promise.resolve() : LAZY_VIEWS[view].preload();
}

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
  const setView = useFiltersStore((s) => s.setView);
  const { national, localCount } = useMemo(() => {
    const kept = filterObservations(dataset, { ...filters, provinces: [] });
    const nationalOnes = kept.filter((o) => o.scope.provinceCode === undefined);
    return {
      national: { ...dataset, observations: nationalOnes },
      localCount: kept.length - nationalOnes.length,
    };
  }, [dataset, filters]);
  // A plain click follows the link in the app (no reload); the filters travel with it.
  const link = (view: 'cases' | 'data', label: string) => (
    <a
      className="btn border-accent font-semibold text-accent no-underline"
      href={locationFor(view, serializeFilters(filters))}
      onClick={(e) => {
        if (!isPlainClick(e)) return;
        e.preventDefault();
        setView(view);
      }}
    >
      {label}
    </a>
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
          hint={localCount > 0 ? t('filters.localOnlyHint', { count: localCount }) : t('filters.emptyHint')}
        >
          {localCount > 0 ? (
            <p className="mt-3 flex flex-wrap justify-center gap-2" data-testid="local-only-links">
              {link('cases', t('filters.localOnlyCases'))}
              {link('data', t('filters.localOnlyData'))}
            </p>
          ) : null}
        </EmptyState>
      ) : (
        <OverviewPage dataset={national} />
      )}
    </div>
  );
}
