import type { ReactNode } from 'react';

/** What a view shows when its filters leave nothing: says which filters, never an empty chart. */
export function EmptyState({ title, hint, children }: { title: string; hint: string; children?: ReactNode }) {
  return (
    <div
      className="rounded-lg border border-dashed border-line bg-surface p-8 text-center"
      data-testid="empty-state"
    >
      <p className="text-lg font-semibold">{title}</p>
      <p className="mt-1 text-sm text-ink-muted">{hint}</p>
      {children}
    </div>
  );
}
