import type { ReactNode } from 'react';

type Props = {
  /** The date column's content. */
  date: ReactNode;
  /** A hollow marker for a row that is not an event (figures from before the first one). */
  hollow?: boolean;
  /** The line starts at the first row's marker and ends at the last one's. */
  first: boolean;
  last: boolean;
  children: ReactNode;
};

/** One row of the vertical timeline: date, the line with its marker, and the row's card. */
export function TimelineRow({ date, hollow = false, first, last, children }: Props) {
  const line = first ? (last ? 'hidden' : 'top-6 bottom-0') : last ? 'top-0 h-6' : 'top-0 bottom-0';
  return (
    <li className="grid grid-cols-[5.5rem_1.5rem_minmax(0,1fr)] sm:grid-cols-[10.5rem_2rem_minmax(0,1fr)]">
      <div className="pt-4 pr-1 text-right text-sm font-semibold tabular-nums sm:text-base">{date}</div>
      <div className="relative flex justify-center" aria-hidden="true">
        <span className={`absolute w-0.5 bg-line ${line}`} />
        <span
          className={`relative mt-5 h-3.5 w-3.5 rounded-full border-2 ${
            hollow ? 'border-dashed border-ink-muted bg-page' : 'border-accent bg-surface'
          }`}
        />
      </div>
      <div className="min-w-0 pb-4">{children}</div>
    </li>
  );
}
