import type { ReactNode } from 'react';

type Props = {
  title: string;
  /** What is wrong, one sentence each. */
  lines: readonly string[];
  /** What still works, or what to do. */
  note?: ReactNode;
  retryLabel?: string;
  onRetry?: () => void;
  testId?: string;
};

/** A file that could not be used: which one and what exactly is wrong, with a retry. */
export function LoadErrorBox({ title, lines, note, retryLabel, onRetry, testId }: Props) {
  return (
    <section
      role="alert"
      data-testid={testId}
      className="flex flex-col gap-2 rounded-lg border-2 border-warn bg-warn-soft p-4 text-ink"
    >
      <h2 className="text-lg font-semibold break-all">{title}</h2>
      {lines.length === 1 ? (
        <p>{lines[0]}</p>
      ) : (
        <ul className="list-disc pl-5">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {note ? <p className="text-sm text-ink-muted">{note}</p> : null}
      {onRetry && retryLabel ? (
        <button type="button" className="btn self-start" onClick={onRetry}>
          {retryLabel}
        </button>
      ) : null}
    </section>
  );
}
