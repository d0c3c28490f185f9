import { useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { DEFAULT_LOCALE } from '../../i18n/i18n';
import { useT } from '../../state/use-t';
import { urlStateOf, useUrlStateStore } from '../../state/url-state-store';
import { serializeUrlState } from '../../state/url-state';
import { currentTheme } from '../../state/theme';
import { isEmbedView, VIEW_FILES, type EmbedChart } from '../../state/views';
import { EMBED_HEIGHTS } from './embed';

/** The address of a chart's own page with the current filters, language and theme. */
function embedUrl(chart: EmbedChart, search: string, locale: string): string {
  const params = new URLSearchParams(search);
  if (locale !== DEFAULT_LOCALE) params.set('lang', locale);
  const theme = currentTheme();
  if (theme !== 'system') params.set('theme', theme);
  const query = params.toString().replace(/%2C/g, ',');
  return new URL(`${VIEW_FILES[`embed-${chart}`]}${query ? `?${query}` : ''}`, location.href).href;
}

const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * 嵌入: the <iframe> snippet that puts this chart, as filtered now, in the reader's language and theme,
 * on another page (an intranet portal). The snippet is built when opened (it needs the page's address).
 */
export function EmbedButton({ chart, title }: { chart: EmbedChart; title: string }) {
  const { t, locale } = useT();
  const view = useUrlStateStore((s) => s.view);
  const filters = useUrlStateStore(useShallow(urlStateOf));
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState(false);
  const fieldId = useId();
  if (isEmbedView(view)) return null;
  const url = open
    ? embedUrl(chart, serializeUrlState({ ...filters, slide: null, dataset: null }), locale)
    : '';
  const snippet = `<iframe src="${escapeAttribute(url)}" title="${escapeAttribute(
    t('embed.frameTitle', { title }),
  )}" width="640" height="${EMBED_HEIGHTS[chart]}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
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
        {t('embed.open')}
      </summary>
      {open ? (
        <div className="mt-2 flex flex-col gap-2">
          <label htmlFor={fieldId} className="text-xs text-ink-muted">
            {t('embed.hint')}
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
              {t('embed.copy')}
            </button>
            <a
              className="inline-flex min-h-6 items-center underline"
              href={url}
              target="_blank"
              rel="noopener"
            >
              {t('embed.preview')}
            </a>
            {copied ? (
              <span role="status" className="text-good">
                {t('embed.copied')}
              </span>
            ) : null}
          </div>
        </div>
      ) : null}
    </details>
  );
}
