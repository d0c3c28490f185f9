import { useId } from 'react';
import type { Source } from '../../data/schema';
import { useT } from '../../state/use-t';
import { CaseCard } from './case-card';
import { figureCount, provinceName, type CaseGroup } from './selectors';

type Props = { group: CaseGroup; sourceOf: (id: string) => Source | undefined };

/** One group of case cards: the whole ranked list, or the cards of one province or one year under a heading. */
export function CaseGroupList({ group, sourceOf }: Props) {
  const { t, locale } = useT();
  const headingId = useId();
  const h = group.heading;
  const list = (
    <ul className="grid gap-3 sm:grid-cols-2 2xl:grid-cols-3" data-testid="case-list">
      {group.rows.map((row) => (
        <li key={row.id}>
          <CaseCard
            row={row}
            source={sourceOf(row.observation.source)}
            sourceOf={sourceOf}
            headingLevel={h.kind === 'none' ? 3 : 4}
          />
        </li>
      ))}
    </ul>
  );
  if (h.kind === 'none') return list;
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-2">
      <h3
        id={headingId}
        className="flex items-baseline gap-2 border-b border-line pb-1 text-base font-semibold"
      >
        {h.kind === 'year'
          ? t('filters.yearValue', { year: h.year })
          : h.kind === 'unnamed'
            ? t('cases.unnamedGroup')
            : provinceName(h.province, locale)}
        <span className="text-sm font-normal text-ink-muted">{figureCount(group.rows.length, t)}</span>
      </h3>
      {list}
    </section>
  );
}
