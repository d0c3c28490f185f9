import { Suspense, useEffect, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { datasetQuery, PUBLISHED_DATASET_FILE } from '../data/dataset-query';
import type { Dataset } from '../data/schema';
import { useT } from '../state/use-t';
import { FigureSources } from './figure-sources';
import { datasetYears, localOnlyYears } from '../data/select';
import { FilterBar } from '../features/filters/filter-bar';
import { useDatasetsStore } from '../state/stats-store';
import { statsYears } from '../figures/stats-view';
import { useFiltersStore } from '../state/url-state-store';
import { ViewOutlet } from './view-outlet';
import { SourceDialog } from '../features/sources/source-dialog';
import { Header } from './header';
import { DatasetError } from './dataset-error';
import { UpdateBanner } from './update-banner';
import { publishedStatsOf, usePublishedCatalogue } from '../state/published-stats';

export function App() {
  const { t, locale } = useT();
  const query = useQuery(datasetQuery());
  // On the import view and the deck, the year filter offers the years of the imported dataset shown.
  const view = useFiltersStore((s) => s.view);
  const datasetId = useFiltersStore((s) => s.dataset);
  const statsView = view === 'import' || view === 'present';
  const imported = useDatasetsStore((s) =>
    statsView ? s.datasets.find((d) => d.id === datasetId) : undefined,
  );
  // A dataset published with the site: its years come from the catalogue (fetched on these views only).
  const catalogue = usePublishedCatalogue(statsView && datasetId !== null);
  const publishedStats =
    statsView && !imported ? publishedStatsOf(catalogue.data).find((d) => d.id === datasetId) : undefined;

  /**
   * What shows the published dataset: while it loads, a status; when it fails, its specific error; else the
   * view drawn from it. Only the views that show it ask (the import view and a deck on imported data do not).
   */
  const published = (render: (dataset: Dataset) => ReactNode): ReactNode =>
    query.isPending ? (
      <p role="status" className="text-ink-muted">
        {t('loading.dataset')}
      </p>
    ) : query.isError ? (
      <DatasetError error={query.error} file={PUBLISHED_DATASET_FILE} onRetry={() => void query.refetch()} />
    ) : (
      render(query.data)
    );

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = `${t('app.title')} · ${t('app.subtitle')}`;
  }, [locale, t]);

  return (
    <FigureSources>
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <UpdateBanner />
      {/* Each <Suspense> is a part a page drawn at build time hydrates on its own (start.tsx). */}
      <Suspense>
        <Header />
      </Suspense>
      {/* Always rendered, so the page below does not move when the data arrives. */}
      <Suspense>
        <FilterBar
          years={
            imported
              ? statsYears(imported)
              : publishedStats
                ? publishedStats.years
                : query.data
                  ? datasetYears(query.data)
                  : []
          }
          localOnly={view === 'overview' && query.data ? localOnlyYears(query.data) : undefined}
          // Statistics datasets have no categories: the filter would change nothing there.
          showCategory={view !== 'import' && view !== 'present'}
        />
      </Suspense>
      <main id="main" className="mx-auto min-h-screen w-full max-w-[1800px] flex-1 px-4 py-4">
        {query.data?.synthetic ? (
          <p className="mb-3 rounded bg-warn-soft p-2 font-semibold text-warn" role="status">
            {t('synthetic.banner')}
          </p>
        ) : null}
        <ViewOutlet published={published} />
      </main>
      {/* Only the articles' figures are People's Daily's: a statistics view names its own file instead. */}
      {view === 'import' || (view === 'present' && datasetId !== null) ? null : (
        <footer className="border-t border-line px-4 py-3 text-center text-xs text-ink-muted">
          {t('footer.note')}
        </footer>
      )}
      <Suspense>
        <SourceDialog />
      </Suspense>
    </FigureSources>
  );
}
