import type { Sort, SortKey } from './selectors';

type Props = {
  column: SortKey;
  label: string;
  sort: Sort;
  onSort: (column: SortKey) => void;
  className?: string;
};

/** A column header that sorts the table; aria-sort tells assistive technology which column and which way. */
export function SortHeader({ column, label, sort, onSort, className = '' }: Props) {
  const direction = sort?.key === column ? sort.direction : undefined;
  // The arrow repeats aria-sort for sighted users; an unsorted column shows a faint two-way arrow.
  const arrow = direction === 'ascending' ? '↑' : direction === 'descending' ? '↓' : '↕';
  return (
    <th scope="col" aria-sort={direction} className={`px-2 py-2 text-left align-bottom ${className}`}>
      <button
        type="button"
        onClick={() => onSort(column)}
        className="inline-flex items-center gap-1 rounded px-1 font-semibold whitespace-nowrap hover:bg-surface-muted"
      >
        {label}
        <span aria-hidden="true" className={direction ? 'text-ink' : 'text-ink-muted/60'}>
          {arrow}
        </span>
      </button>
    </th>
  );
}
