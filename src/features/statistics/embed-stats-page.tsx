import { useShallow } from 'zustand/react/shallow';
import { asOfText } from '../../figures/published-text';
import { useEmbedBack } from '../../state/embed-link';
import { usePublishedStats } from '../../state/published-stats';
import { urlStateOf, useUrlStateStore } from '../../state/url-state-store';
import { useT } from '../../state/use-t';
import type { StatsEmbedChart } from '../../state/views';
import { EmbedFooter } from '../../components/ui/embed-footer';
import { PublishedView } from './published-view';

/**
 * One chart of a published statistics dataset alone, for an <iframe> on another site
 * (embed-stats-plan.html?dataset=ID …): the chart with its title, conclusion and source line, the
 * dataset's 数据截至 and publisher, and a link back to the statistics view. No navigation or filters.
 */
export default function EmbedStatsPage({ chart }: { chart: StatsEmbedChart }) {
  const { t, locale } = useT();
  const filters = useUrlStateStore(useShallow(urlStateOf));
  const published = usePublishedStats(filters.dataset, filters.provinces, locale);
  const back = useEmbedBack(chart);
  const ready = published.status === 'ready' ? published.dataset : null;
  const meta = ready?.published;
  return (
    // The map's tiles are square and fill the width: kept to a map's size on a wide screen.
    <div
      className={`embed-chart flex flex-col gap-2 ${chart === 'stats-map' ? 'mx-auto w-full max-w-xl' : ''}`}
    >
      {published.status === 'absent' || published.status === 'catalogue-failed' ? (
        <p role="alert" className="rounded border border-warn bg-warn-soft p-3" data-testid="missing-dataset">
          {t('embed.statsMissing', { id: filters.dataset ?? '—' })}
        </p>
      ) : (
        <PublishedView published={published} only={chart} />
      )}
      <EmbedFooter
        stamp={meta ? t('asOf.stamp', { date: asOfText(meta.asOf, locale, t) }) : null}
        sources={
          meta && ready
            ? [
                {
                  id: ready.id,
                  text: t('import.view.footerPublisher', { publisher: meta.publisher, file: ready.fileName }),
                },
              ]
            : []
        }
        {...back}
      />
    </div>
  );
}
