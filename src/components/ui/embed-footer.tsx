/**
 * The line under an embedded chart: its 数据截至, its sources and a link back to the dashboard (opening in
 * a new tab, out of the host's frame).
 */
export function EmbedFooter({
  stamp,
  sources,
  backHref,
  backLabel,
}: {
  stamp: string | null;
  sources: readonly { id: string; text: string }[];
  backHref: string;
  backLabel: string;
}) {
  return (
    <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1 px-1 text-xs text-ink-muted">
      {stamp ? <span data-testid="embed-stamp">{stamp}</span> : null}
      {sources.map((s) => (
        <span key={s.id}>{s.text}</span>
      ))}
      <a
        className="ml-auto inline-flex min-h-6 items-center font-medium text-accent underline"
        href={backHref}
        target="_blank"
        rel="noopener"
      >
        {backLabel}
      </a>
    </p>
  );
}
