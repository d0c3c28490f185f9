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
import { useUrlStateStore } from '../state/url-state-store';
import { isEmbedView } from '../state/views';
import { EmbedOutlet, ViewOutlet } from './view-outlet';
import { SourceDialog } from '../features/sources/source-dialog';
import { Header } from './header';
import { PrintFooter } from './print-footer';
import { DatasetError } from './dataset-error';
import { UpdateBanner } from './update-banner';
import { publishedStatsOf, usePublishedCatalogue } from '../state/published-stats';
import { isPresenterWindow } from '../features/present/presenter-window';

export function App() {
  const { t, locale } = useT();
  const query = useQuery(datasetQuery());
  // On the import view and the deck, the year filter offers the years of the imported dataset shown.
  const view = useUrlStateStore((s) => s.view);
  const datasetId = useUrlStateStore((s) => s.dataset);
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

  // The presenter's own window (opened from the deck) is the presenter view alone: no header, filters
  // or footer, which would take its room and its keys.
  const presenter = view === 'present' && isPresenterWindow();

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = presenter
      ? `${t('present.presenter.title')} · ${t('app.title')}`
      : `${t('app.title')} · ${t('app.subtitle')}`;
  }, [locale, t, presenter]);

  // In the presenter window a status or an error while the published dataset loads is its only landmark.
  if (presenter)
    return (
      <ViewOutlet
        published={(render) =>
          query.data ? (
            render(query.data)
          ) : (
            <main id="main" className="p-4">
              {published(render)}
            </main>
          )
        }
      />
    );

  const synthetic = query.data?.synthetic ? (
    <p className="mb-3 rounded bg-warn-soft p-2 font-semibold text-warn" role="status">
      {t('synthetic.banner')}
    </p>
  ) : null;

  // An embedded chart's page (embed-plan.html …): the chart alone, for another site's <iframe>.
  if (isEmbedView(view))
    return (
      <FigureSources>
        <main id="main" className="w-full flex-1 p-2">
          {synthetic}
          <EmbedOutlet view={view} published={published} />
        </main>
        <Suspense>
          <SourceDialog />
        </Suspense>
      </FigureSources>
    );

  // Only the articles' figures are People's Daily's: a statistics view names its own file instead.
  const peoplesDaily = !(view === 'import' || (view === 'present' && datasetId !== null));
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
        {synthetic}
        <ViewOutlet published={published} />
      </main>
      {/* On paper every view ends with its 数据截至 and address (PrintFooter), whatever it shows on screen. */}
      <footer
        className={`px-4 py-3 text-center text-xs text-ink-muted ${peoplesDaily ? 'border-t border-line' : 'hidden print:block'}`}
      >
        {peoplesDaily ? t('footer.note') : null}
        <PrintFooter dataset={query.data} />
      </footer>
      <Suspense>
        <SourceDialog />
      </Suspense>
    </FigureSources>
  );
}
