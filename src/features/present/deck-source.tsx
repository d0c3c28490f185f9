import { inLocale } from '../../data/localized';
import { useId } from 'react';
import { useT } from '../../state/use-t';
import { formatDate } from '../../i18n/format';
import { useUrlStateStore } from '../../state/url-state-store';
import { useDatasetsStore } from '../../state/stats-store';
import { publishedStatsOf, usePublishedCatalogue } from '../../state/published-stats';
import { publishedMeta } from '../../figures/published-text';

const PUBLISHED = '';

/** Which data the deck is on, said next to the toolbar and changeable there: the presenter always knows. */
export function DeckSource() {
  const { t, locale } = useT();
  const datasetId = useUrlStateStore((s) => s.dataset);
  const setDataset = useUrlStateStore((s) => s.setDataset);
  const setSlide = useUrlStateStore((s) => s.setSlide);
  const datasets = useDatasetsStore((s) => s.datasets);
  const ready = useDatasetsStore((s) => s.ready);
  const selectId = useId();
  const shown = datasets.find((d) => d.id === datasetId);
  const catalogue = usePublishedCatalogue();
  const publishedSets = publishedStatsOf(catalogue.data);
  const shownPublished = shown ? undefined : publishedSets.find((d) => d.id === datasetId);
  const missing = datasetId !== null && !shown && !shownPublished;

  return (
    <div
      className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md border border-line bg-surface px-3 py-2 text-sm"
      data-testid="deck-source"
    >
      <label htmlFor={selectId} className="font-semibold">
        {t('present.source.label')}
      </label>
      <select
        id={selectId}
        className="max-w-full rounded border border-line bg-surface px-2 py-1"
        value={datasetId ?? PUBLISHED}
        onChange={(e) => {
          setDataset(e.target.value === PUBLISHED ? null : e.target.value);
          // Another deck starts at its first slide.
          setSlide(null);
        }}
      >
        <option value={PUBLISHED}>{t('present.source.published')}</option>
        {publishedSets.map((d) => (
          <option key={d.id} value={d.id}>
            {t('present.source.publishedOption', { name: inLocale(d.title, locale) })}
          </option>
        ))}
        {datasets.map((d) => (
          <option key={d.id} value={d.id}>
            {t('present.source.option', { name: d.name, file: d.fileName })}
          </option>
        ))}
        {missing ? (
          <option value={datasetId}>
            {ready && !catalogue.isPending ? t('present.source.missingOption') : t('loading.dataset')}
          </option>
        ) : null}
      </select>
      {shown ? (
        <span className="text-ink-muted">
          {t('import.ui.datasetMeta', {
            rows: shown.rows.length,
            date: formatDate(shown.loadedAt.slice(0, 10), locale),
            file: shown.fileName,
          })}
        </span>
      ) : shownPublished ? (
        <span className="text-ink-muted">{publishedMeta(shownPublished, locale, t)}</span>
      ) : datasetId === null ? (
        <span className="text-ink-muted">{t('present.source.publishedNote')}</span>
      ) : null}
      {shown?.synthetic || shownPublished?.synthetic ? (
        <span className="rounded bg-warn-soft px-1.5 text-xs font-semibold text-warn">
          {t('synthetic.banner')}
        </span>
      ) : null}
    </div>
  );
}
