import { useId, useRef } from 'react';
import { useUrlStateStore } from '../../state/url-state-store';
import { useT } from '../../state/use-t';
import { useValueTypedEarly } from '../../components/ui/use-value-typed-early';

type Props = {
  /** Every datum in the dataset. */
  total: number;
  /** The data the filters and the search keep. */
  shown: number;
  onDownload: () => void;
};

/** Text search (kept in the URL as q=), the counts, and the CSV download of exactly what is shown. */
export function TableToolbar({ total, shown, onDownload }: Props) {
  const { t } = useT();
  const query = useUrlStateStore((s) => s.query);
  const setQuery = useUrlStateStore((s) => s.setQuery);
  const inputId = useId();
  // Typed before the page was live: searched for when the box hydrates.
  const inputRef = useRef<HTMLInputElement>(null);
  useValueTypedEarly(inputRef, query, setQuery);
  return (
    <div className="flex flex-wrap items-end gap-x-4 gap-y-2">
      <div className="flex max-w-full min-w-0 flex-col gap-1">
        <label htmlFor={inputId} className="text-xs font-medium text-ink-muted">
          {t('table.searchLabel')}
        </label>
        <input
          id={inputId}
          ref={inputRef}
          type="search"
          value={query}
          maxLength={100}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={t('table.searchPlaceholder')}
          className="w-96 max-w-full rounded border border-line bg-surface px-2 py-1.5 text-sm"
        />
      </div>
      <p className="flex-1 pb-1.5 text-sm tabular-nums" role="status" data-testid="table-count">
        {t('table.count', { total, shown })}
      </p>
      <button
        type="button"
        className="btn mb-0.5 disabled:cursor-not-allowed disabled:opacity-50"
        onClick={onDownload}
        disabled={shown === 0}
      >
        {t(shown === 1 ? 'table.downloadOne' : 'table.download', { count: shown })}
      </button>
    </div>
  );
}
