import { useT } from '../../state/use-t';
import { LoadErrorBox } from '../../components/ui/load-error-box';
import { loadErrorText } from '../../figures/load-error-text';
import type { PublishedStats } from '../../state/published-stats';
import { provinceName } from '../../figures/stats-drill';
import { StatsDashboard } from './stats-dashboard';
import type { StatsEmbedChart } from '../../state/views';

/**
 * A published dataset in the statistics view: its charts on the national summary, with each chosen
 * province's own rows once its file has arrived. A file that fails is said with its name, for this
 * dataset only (the summary) or for that province only (its file; the charts keep its province totals).
 */
export function PublishedView({ published, only }: { published: PublishedStats; only?: StatsEmbedChart }) {
  const { t, locale } = useT();
  if (published.status === 'failed')
    return (
      <LoadErrorBox
        testId="published-error"
        {...loadErrorText(published.error, published.file, t)}
        note={t('error.keepWorking')}
      />
    );
  if (published.status !== 'ready')
    return (
      <p role="status" className="text-ink-muted">
        {t('loading.dataset')}
      </p>
    );
  const loading = published.provinces.filter((p) => p.status === 'loading');
  const ready = published.provinces.filter((p) => p.status === 'ready').map((p) => p.province);
  return (
    // The provinces whose own rows are shown (their files arrived), for tests and the benchmark.
    <div className="flex flex-col gap-3" data-testid="published-view" data-provinces-loaded={ready.join(',')}>
      {published.provinces.map((p) =>
        p.status === 'failed' ? (
          <LoadErrorBox
            key={p.province}
            testId="province-error"
            {...loadErrorText(p.error, p.file, t)}
            note={t('import.ui.provinceError', { province: provinceName(p.province, locale) })}
          />
        ) : null,
      )}
      {loading.length ? (
        <p role="status" className="text-sm text-ink-muted">
          {t('import.ui.provinceLoading', {
            province: loading.map((p) => provinceName(p.province, locale)).join(t('text.listJoin')),
          })}
        </p>
      ) : null}
      <StatsDashboard dataset={published.dataset} only={only} />
    </div>
  );
}
