import { useEffect, useMemo, type ReactNode } from 'react';
import type { Dataset } from '../../data/schema';
import { useT } from '../../state/use-t';
import { useUrlStateStore } from '../../state/url-state-store';
import { DEFAULT_URL_STATE } from '../../state/url-state';
import { useDatasetsStore } from '../../state/stats-store';
import type { StatsDataset } from '../../data/stats-schema';
import type { Deck } from './deck-models';
import { availableSlides, buildSlideModels } from './slide-models';
import { availableStatsSlides, buildStatsSlideModels } from './stats-slide-models';
import { DeckScreen } from './deck-screen';
import { PresenterScreen } from './presenter-screen';
import { isPresenterWindow } from './presenter-window';
import { DeckSource } from './deck-source';
import { MissingDataset } from './missing-dataset';
import { usePublishedStats } from '../../state/published-stats';
import { LoadErrorBox } from '../../components/ui/load-error-box';
import { loadErrorText } from '../../figures/load-error-text';
import './present.css';

/**
 * The presentation view: the dashboard as a slide deck for review meetings, on screen and on paper. The
 * deck is on the published data, or on the imported dataset the filters name (`?dataset=`). `published`
 * draws from the published dataset once it has loaded, or says why it has not: a deck on an imported
 * dataset does not wait for (or fail with) data/dataset.json.
 */
export default function PresentPage({
  published,
}: {
  published: (render: (dataset: Dataset) => ReactNode) => ReactNode;
}) {
  const { t, locale } = useT();
  const datasetId = useUrlStateStore((s) => s.dataset);
  const ready = useDatasetsStore((s) => s.ready);
  const init = useDatasetsStore((s) => s.init);
  const imported = useDatasetsStore((s) =>
    datasetId === null ? undefined : s.datasets.find((d) => d.id === datasetId),
  );

  const provinces = useUrlStateStore((s) => s.provinces);
  // A dataset published with the site, unless this browser imported one with the id.
  const publishedStats = usePublishedStats(imported ? null : datasetId, provinces, locale);

  useEffect(() => {
    if (!ready) void init();
  }, [ready, init]);

  const Screen = isPresenterWindow() ? PresenterScreen : DeckScreen;
  const deck =
    datasetId === null ? (
      published((dataset) => <PublishedDeck dataset={dataset} Screen={Screen} />)
    ) : imported ? (
      <ImportedDeck dataset={imported} Screen={Screen} />
    ) : publishedStats.status === 'ready' ? (
      <ImportedDeck dataset={publishedStats.dataset} Screen={Screen} />
    ) : publishedStats.status === 'failed' ? (
      <LoadErrorBox
        {...loadErrorText(publishedStats.error, publishedStats.file, t)}
        note={t('error.keepWorking')}
      />
    ) : ready && (publishedStats.status === 'absent' || publishedStats.status === 'catalogue-failed') ? (
      <MissingDataset />
    ) : (
      <p role="status" className="text-ink-muted">
        {t('loading.dataset')}
      </p>
    );
  // The presenter's own window is the presenter view alone (no page heading or data switch).
  if (isPresenterWindow()) return <div className="present-page present-page--presenter">{deck}</div>;

  return (
    <div className="present-page">
      <div className="present-screen mb-4 flex flex-col gap-3">
        <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
          <h1 className="text-xl font-bold">{t('present.title')}</h1>
          <p className="text-sm text-ink-muted">
            {t(datasetId === null ? 'present.intro' : 'present.introStats')}
          </p>
        </div>
        <DeckSource />
      </div>
      {deck}
    </div>
  );
}

type ScreenProps = { Screen: typeof DeckScreen };

function PublishedDeck({ dataset, Screen }: { dataset: Dataset } & ScreenProps) {
  const { t, locale } = useT();
  const provinces = useUrlStateStore((s) => s.provinces);
  const year = useUrlStateStore((s) => s.year);
  const deck = useMemo<Deck>(() => {
    const models = buildSlideModels(dataset, { ...DEFAULT_URL_STATE, provinces, year }, { t, locale });
    return {
      kind: 'published',
      models,
      available: availableSlides(models),
      synthetic: dataset.synthetic,
      provinceFiltered: provinces.length > 0,
    };
  }, [dataset, provinces, year, t, locale]);
  return <Screen deck={deck} />;
}

function ImportedDeck({ dataset, Screen }: { dataset: StatsDataset } & ScreenProps) {
  const { t, locale } = useT();
  const provinces = useUrlStateStore((s) => s.provinces);
  const year = useUrlStateStore((s) => s.year);
  const count = useUrlStateStore((s) => s.count);
  const city = useUrlStateStore((s) => s.city);
  const deck = useMemo<Deck>(() => {
    const models = buildStatsSlideModels(
      dataset,
      { ...DEFAULT_URL_STATE, provinces, year, count, city },
      { t, locale },
    );
    return {
      kind: 'stats',
      models,
      available: availableStatsSlides(models),
      synthetic: dataset.synthetic,
      provinceFiltered: provinces.length > 0,
    };
  }, [dataset, provinces, year, count, city, t, locale]);
  return <Screen deck={deck} />;
}
