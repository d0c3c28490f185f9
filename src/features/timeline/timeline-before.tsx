import type { Dataset, Observation } from '../../data/schema';
import { useT } from '../../state/use-t';
import { formatDate } from '../../i18n/format';
import { PeriodFigures } from './period-figures';
import { TimelineRow } from './timeline-row';

type Props = { firstEventDate: string; observations: readonly Observation[]; dataset: Dataset };

/** Figures from before the first measure: they belong to no measure, but are not hidden either. */
export function TimelineBefore({ firstEventDate, observations, dataset }: Props) {
  const { t, locale } = useT();
  const date = t('timeline.before', { date: formatDate(firstEventDate, locale) });
  return (
    <TimelineRow date={date} hollow first last={false}>
      <section
        aria-label={t('timeline.beforeTitle')}
        className="rounded-lg border border-dashed border-line bg-surface px-4 py-3"
      >
        <PeriodFigures
          headingLevel="h2"
          id="before"
          observations={observations}
          dataset={dataset}
          filtered={false}
          heading={(count) => t('timeline.beforeFigures', { count })}
          firstShown={0}
        />
      </section>
    </TimelineRow>
  );
}
