import { inLocale } from '../../data/localized';
import { useState } from 'react';
import { indexDataset } from '../../data/derive';
import type { Dataset, Observation } from '../../data/schema';
import { useT } from '../../state/use-t';
import { formatDate } from '../../i18n/format';
import { FigureButton } from '../../components/ui/figure-button';
import { figureText, placeText } from './figure-text';

/** Enough to see what a period brought without the list swamping the timeline. */
const FIRST_SHOWN = 6;

type Props = {
  /** Unique per list, for the toggle's aria-controls. */
  id: string;
  observations: readonly Observation[];
  dataset: Dataset;
  /** The period's dates; absent for the figures from before the first measure. */
  from?: string;
  until?: string | null;
  filtered: boolean;
  /** The count line; the default says "in this period". */
  heading?: (count: number) => string;
  /** How many show before "show all"; the figures from before the first measure start folded. */
  firstShown?: number;
  /** h3 under a measure's h2; h2 where the list stands alone. */
  headingLevel?: 'h2' | 'h3';
};

/** The figures reported in a period, each a link to its source: the first few, then "show all N". */
export function PeriodFigures({
  id,
  observations,
  dataset,
  from,
  until,
  filtered,
  heading,
  firstShown = FIRST_SHOWN,
  headingLevel: Heading = 'h3',
}: Props) {
  const { t, locale } = useT();
  const [expanded, setExpanded] = useState(false);
  const index = indexDataset(dataset);
  const count = observations.length;
  const shown = expanded ? observations : observations.slice(0, firstShown);
  const listId = `period-${id}-figures`;
  const range = from
    ? until
      ? t('timeline.range', { from: formatDate(from, locale), to: formatDate(until, locale) })
      : t('timeline.periodOpen', { from: formatDate(from, locale) })
    : null;
  return (
    <div data-testid="period-figures">
      <Heading className="flex flex-wrap items-baseline gap-x-2 text-sm">
        <span className="font-semibold">
          {count > 0
            ? (heading?.(count) ?? t('timeline.periodFigures', { count }))
            : t(filtered ? 'timeline.periodNoneFiltered' : 'timeline.periodNone')}
        </span>
        {range ? <span className="text-ink-muted">{range}</span> : null}
      </Heading>
      {count > 0 ? (
        <ul id={listId} className="mt-2 grid gap-2 empty:hidden md:grid-cols-2 xl:grid-cols-3">
          {shown.map((o) => {
            const indicator = index.indicator(o.indicator);
            if (!indicator) return null;
            return (
              <li key={o.id} className="min-w-0">
                <FigureButton
                  target={{ kind: 'observation', id: o.id }}
                  className="flex h-full w-full flex-col items-start rounded-md border border-line px-2.5 py-1.5 text-left text-sm no-underline!"
                >
                  <span className="text-ink-muted">
                    {inLocale(indicator.name, locale)}
                    {' · '}
                    {placeText(o, t, locale)}
                  </span>
                  <strong className="tabular-nums underline decoration-dotted underline-offset-4">
                    {figureText(o, indicator.unit, t, locale)}
                    {o.inconsistent ? (
                      <span className="ml-1 font-normal text-warn">
                        ⚠ {t('reductions.inconsistentBadge')}
                      </span>
                    ) : null}
                  </strong>
                </FigureButton>
              </li>
            );
          })}
        </ul>
      ) : null}
      {count > firstShown ? (
        <button
          type="button"
          className="btn mt-2 text-sm"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded((e) => !e)}
        >
          {expanded ? t('timeline.showFewer') : t('timeline.showAll', { count })}
        </button>
      ) : null}
    </div>
  );
}
