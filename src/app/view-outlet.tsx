import { lazy, Suspense, useMemo, type ComponentType, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Dataset } from '../data/schema';
import { nationalDataset } from '../data/select';
import { useUrlStateStore, urlStateOf } from '../state/url-state-store';
import { serializeUrlState } from '../state/url-state';
import { isPlainClick, locationFor } from '../state/url-sync';
import { useT } from '../state/use-t';
import { OverviewPage } from '../features/overview/overview-page';
import { EmptyState } from '../components/ui/empty-state';
import { describeFilters } from '../figures/describe-filters';
import {
  embeddedChart,
  isEmbedView,
  isOverviewEmbedChart,
  isStatsEmbedChart,
  type EmbedView,
  type View,
} from '../state/views';
import { EmbedPage } from '../features/overview/embed-page';

/**
 * A view in its own chunk, loaded when it is opened. `preload` loads it ahead: a page drawn at build time
 * loads its view before hydrating, so hydration never suspends on it (a part left suspended could not
 * take an input).
 */
function lazyView<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  let loaded: ComponentType<P> | null = null;
  const Lazy = lazy(load);
  return {
    preload: () =>
      load().then((m) => {
        loaded = m.default;
      }),
    View: (props: P) => {
      const Loaded = (loaded ?? Lazy) as ComponentType<P>;
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
/** Embed pages of charts outside the overview, each in its own view's chunk. */
const LAZY_EMBEDS = {
  'embed-map': lazyView(() => import('../features/cases/embed-map-page')),
  'embed-timeline': lazyView(() => import('../features/timeline/embed-timeline-page')),
};
const isLazyEmbed = (view: View): view is keyof typeof LAZY_EMBEDS => view in LAZY_EMBEDS;
/** The statistics charts' embed page: one module for the four, told which chart to draw. */
const STATS_EMBED = lazyView(() => import('../features/statistics/embed-stats-page'));
const CasesPage = LAZY_VIEWS.cases.View;
const TimelinePage = LAZY_VIEWS.timeline.View;
const DataPage = LAZY_VIEWS.data.View;
const ImportPage = LAZY_VIEWS.import.View;
const PresentPage = LAZY_VIEWS.present.View;

/** Loads a view's code (the overview's is in the app's). */
export function preloadView(view: View): Promise<void> {
  if (isLazyEmbed(view)) return LAZY_EMBEDS[view].preload();
  if (isEmbedView(view) && isStatsEmbedChart(embeddedChart(view))) return STATS_EMBED.preload();
  // The overview's code and its embedded charts' are in the app's.
  return view === 'overview' || isEmbedView(view) ? Promise.resolve() : LAZY_VIEWS[view].preload();
}

/** The views drawn from the published dataset (the articles' figures). */
const ARTICLE_VIEWS = {
  overview: FilteredOverview,
  cases: CasesPage,
  timeline: TimelinePage,
  data: DataPage,
} satisfies Record<Exclude<View, 'import' | 'present' | EmbedView>, ComponentType<{ dataset: Dataset }>>;

/**
 * The current view. `published` draws a view from the published dataset once it has loaded (or says why it
 * has not); only the views that show that dataset go through it, so the import view, and the deck on an
 * imported dataset, work when data/dataset.json does not load.
 */
export function ViewOutlet({
  published,
}: {
  published: (render: (dataset: Dataset) => ReactNode) => ReactNode;
}) {
  const view = useUrlStateStore((s) => s.view);
  if (view === 'import')
    return (
      <Lazy>
        <ImportPage />
      </Lazy>
    );
  if (view === 'present')
    return (
      <Lazy>
        <PresentPage published={published} />
      </Lazy>
    );
  // An embedded chart's page is the App's own (no header, filters or footer).
  if (isEmbedView(view)) return null;
  const Page = ARTICLE_VIEWS[view];
  return published((dataset) => (
    <Lazy>
      <Page dataset={dataset} />
    </Lazy>
  ));
}

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<div className="min-h-screen" aria-busy="true" />}>{children}</Suspense>;
}

/**
 * The overview shows national figures: year and category narrow them; a province filter does not
 * (it says so, and points to the local cases).
 */
function FilteredOverview({ dataset }: { dataset: Dataset }) {
  const { t, locale } = useT();
  const filters = useUrlStateStore(useShallow(urlStateOf));
  const setView = useUrlStateStore((s) => s.setView);
  const national = useMemo(() => nationalDataset(dataset, filters), [dataset, filters]);
  const { localCount } = national;
  // A plain click follows the link in the app (no reload); the filters travel with it.
  const link = (view: 'cases' | 'data', label: string) => (
    <a
      className="btn border-accent font-semibold text-accent no-underline"
      href={locationFor(view, serializeUrlState(filters))}
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

/**
 * An embedded chart's page (embed-plan.html …): the chart alone, for another site's <iframe>. The articles'
 * charts are drawn from the published dataset (`published` says why not while it has not loaded); a
 * statistics chart loads its own dataset, named in the address.
 */
export function EmbedOutlet({
  view,
  published,
}: {
  view: EmbedView;
  published: (render: (dataset: Dataset) => ReactNode) => ReactNode;
}) {
  const chart = embeddedChart(view);
  if (isStatsEmbedChart(chart)) {
    const Stats = STATS_EMBED.View;
    return (
      <Lazy>
        <Stats chart={chart} />
      </Lazy>
    );
  }
  if (isOverviewEmbedChart(chart))
    return published((dataset) => <EmbedPage dataset={dataset} chart={chart} />);
  if (!isLazyEmbed(view)) return null;
  const Page = LAZY_EMBEDS[view].View;
  return published((dataset) => (
    <Lazy>
      <Page dataset={dataset} />
    </Lazy>
  ));
}
