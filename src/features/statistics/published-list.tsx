import { inLocale } from '../../data/localized';
import { useT } from '../../state/use-t';
import { CATALOGUE_FILE } from '../../data/catalogue';
import { publishedMeta } from '../../figures/published-text';
import { LoadErrorBox } from '../../components/ui/load-error-box';
import { loadErrorText } from '../../figures/load-error-text';
import { publishedStatsOf, usePublishedCatalogue } from '../../state/published-stats';
import { viewHref } from '../../state/views';

type Props = {
  activeId: string | null;
  onShow: (id: string) => void;
};

/**
 * The statistics published with the site (public/data/datapackage.json), beside the ones imported in this
 * browser: every reader sees these. A catalogue that cannot be read is said here, with what is wrong; the
 * imported datasets and every other page go on working.
 */
export function PublishedList({ activeId, onShow }: Props) {
  const { t, locale } = useT();
  const catalogue = usePublishedCatalogue();
  const datasets = publishedStatsOf(catalogue.data);
  const articles = catalogue.data?.datasets.find((d) => d.kind === 'articles');
  return (
    <section
      aria-labelledby="published-title"
      className="flex flex-col gap-3 rounded-lg border border-line bg-surface p-4"
      data-testid="published-list"
    >
      <div className="flex flex-wrap items-baseline gap-x-3">
        <h2 id="published-title" className="text-base font-semibold">
          {t('import.ui.publishedStatsTitle')}
        </h2>
        <p className="text-sm text-ink-muted">{t('import.ui.publishedStatsNote')}</p>
      </div>
      {catalogue.isPending ? (
        <p role="status" className="text-sm text-ink-muted">
          {t('import.ui.loadingPublished')}
        </p>
      ) : catalogue.isError ? (
        <LoadErrorBox
          testId="catalogue-error"
          {...loadErrorText(catalogue.error, CATALOGUE_FILE, t)}
          note={t('import.ui.catalogueError', { file: CATALOGUE_FILE })}
          retryLabel={t('error.retry')}
          onRetry={() => void catalogue.refetch()}
        />
      ) : (
        <ul className="flex flex-col divide-y divide-line text-sm" aria-labelledby="published-title">
          {articles ? (
            // The articles dataset is published too; its figures are the other views'.
            <li className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2">
              <span className="font-medium">{t('import.ui.published')}</span>
              <span className="rounded border border-accent px-1.5 text-xs font-semibold text-accent">
                {t('import.ui.publishedBadge')}
              </span>
              <span className="basis-full text-ink-muted">{t('import.ui.publishedNote')}</span>
              <a className="btn ml-auto no-underline" href={viewHref('overview')}>
                {t('import.ui.openOverview')}
              </a>
            </li>
          ) : null}
          {datasets.map((d) => (
            <li
              key={d.id}
              className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2"
              data-testid="published-item"
            >
              <span className="font-medium">{inLocale(d.title, locale)}</span>
              <span className="rounded border border-accent px-1.5 text-xs font-semibold text-accent">
                {t('import.ui.publishedBadge')}
              </span>
              {d.synthetic ? (
                <span
                  className="rounded bg-warn-soft px-1.5 text-xs font-semibold text-warn"
                  data-testid="synthetic-label"
                >
                  {t('synthetic.banner')}
                </span>
              ) : null}
              <span className="basis-full text-ink-muted">{publishedMeta(d, locale, t)}</span>
              <button
                type="button"
                className="btn ml-auto"
                aria-pressed={activeId === d.id}
                onClick={() => onShow(d.id)}
              >
                {t('import.ui.show')}
              </button>
            </li>
          ))}
          {datasets.length === 0 ? (
            <li className="py-2 text-ink-muted">{t('import.ui.noPublished')}</li>
          ) : null}
        </ul>
      )}
    </section>
  );
}
