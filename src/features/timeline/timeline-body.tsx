import { Suspense } from 'react';
import type { Dataset } from '../../data/schema';
import type { UrlState } from '../../state/url-state';
import { useT } from '../../state/use-t';
import type { Timeline } from './selectors';
import { TimelineBefore } from './timeline-before';
import { TimelineEvent } from './timeline-event';
import { TimelineSummaryLine } from './timeline-summary';

/** The timeline itself: its one-sentence summary, then the measures in date order with their figures. */
export function TimelineBody({
  timeline,
  dataset,
  filters,
}: {
  timeline: Timeline;
  dataset: Dataset;
  filters: UrlState;
}) {
  const { t } = useT();
  const firstEventDate = timeline.periods[0]?.event.date;
  return (
    <>
      <TimelineSummaryLine summary={timeline.summary} />
      <ol className="flex flex-col" aria-label={t('timeline.listLabel')}>
        {timeline.before.length > 0 && firstEventDate ? (
          <TimelineBefore firstEventDate={firstEventDate} observations={timeline.before} dataset={dataset} />
        ) : null}
        {/* Each event hydrates on its own (app/start.tsx). */}
        {timeline.periods.map((p, i) => (
          <Suspense key={p.event.id}>
            <TimelineEvent
              period={p}
              dataset={dataset}
              filtered={filters.provinces.length > 0 || filters.category !== null}
              first={i === 0 && timeline.before.length === 0}
              last={i === timeline.periods.length - 1}
            />
          </Suspense>
        ))}
      </ol>
    </>
  );
}
