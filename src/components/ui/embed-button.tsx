import { useId, useState } from 'react';

const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

type Props = {
  /** The chart page's address, built when the control is opened. */
  url: () => string;
  frameTitle: string;
  /** Height of the <iframe>: the chart page whole at 640 px wide. */
  height: number;
  labels: { open: string; hint: string; copy: string; copied: string; preview: string };
};

/**
 * 嵌入: the <iframe> snippet that puts a chart's own page on another page (an intranet portal), with a
 * copy button and a preview link. Drawn by every chart that has a page of its own.
 */
export function EmbedButton({ url: urlOf, frameTitle, height, labels }: Props) {
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState(false);
  const fieldId = useId();
  const url = open ? urlOf() : '';
  const snippet = `<iframe src="${escapeAttribute(url)}" title="${escapeAttribute(
    frameTitle,
  )}" width="640" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
  const copy = () =>
    void navigator.clipboard?.writeText(snippet).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  return (
    <details
      className="embed-details text-sm print:hidden"
      onToggle={(e) => {
        setOpen(e.currentTarget.open);
        setCopied(false);
      }}
    >
      <summary className="inline-flex min-h-6 cursor-pointer items-center text-ink-muted">
        {labels.open}
      </summary>
      {open ? (
        <div className="mt-2 flex flex-col gap-2">
          <label htmlFor={fieldId} className="text-xs text-ink-muted">
            {labels.hint}
          </label>
          <textarea
            id={fieldId}
            readOnly
            rows={3}
            value={snippet}
            onFocus={(e) => e.currentTarget.select()}
            className="w-full rounded border border-line bg-surface-muted p-2 font-mono text-xs"
            data-testid="embed-snippet"
          />
          <div className="flex flex-wrap items-center gap-3">
            <button type="button" className="btn" onClick={copy}>
              {labels.copy}
            </button>
            <a
              className="inline-flex min-h-6 items-center underline"
              href={url}
              target="_blank"
              rel="noopener"
            >
              {labels.preview}
            </a>
            {copied ? (
              <span role="status" className="text-good">
                {labels.copied}
              </span>
            ) : null}
          </div>
        </div>
      ) : null}
    </details>
  );
}
