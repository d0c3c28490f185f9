import { Suspense, useCallback, useDeferredValue, useId, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { downloadCsv } from '../../data/csv';
import type { Dataset } from '../../data/schema';
import { useUrlStateStore, urlStateOf } from '../../state/url-state-store';
import { DEFAULT_URL_STATE, serializeUrlState } from '../../state/url-state';
import { useT } from '../../state/use-t';
import { EmptyState } from '../../components/ui/empty-state';
import { describeFilters } from '../../figures/describe-filters';
import { methodCsvRows } from '../../figures/indicator-method';
import { DataTable } from './data-table';
import { MethodPanel } from './method-panel';
import { TableToolbar } from './table-toolbar';
import {
  csvFileName,
  searchRows,
  selectTableRows,
  sortRows,
  tableCsvRows,
  type Sort,
  type SortKey,
} from './selectors';

/** Rows drawn at once: a table of thousands stays quick to draw, the rest come with "show more". */
const PAGE_SIZE = 200;

/** 全部数据: every datum in view, sortable, searchable, and downloadable as CSV. */
export default function DataPage({ dataset }: { dataset: Dataset }) {
  const { t, locale } = useT();
  const filters = useUrlStateStore(useShallow(urlStateOf));
  const { provinces, year, category } = filters;
  // Typing stays responsive on a large table: the rows follow the search box a frame behind.
  const query = useDeferredValue(filters.query);
  const [sort, setSort] = useState<Sort>(null);
  const headingId = useId();

  const filtered = useMemo(
    () => selectTableRows(dataset, { ...DEFAULT_URL_STATE, provinces, year, category }),
    [dataset, provinces, year, category],
  );
  const matched = useMemo(() => searchRows(filtered, query), [filtered, query]);
  const rows = useMemo(() => sortRows(matched, sort, locale, t), [matched, sort, locale, t]);

  // New filters or a new search start again from the first page.
  const viewKey = serializeUrlState({ ...filters, query });
  const [page, setPage] = useState({ key: viewKey, limit: PAGE_SIZE });
  const limit = page.key === viewKey ? page.limit : PAGE_SIZE;
  const rest = rows.length - limit;

  const onSort = useCallback(
    (key: SortKey) =>
      setSort((s) =>
        s?.key === key
          ? { key, direction: s.direction === 'ascending' ? 'descending' : 'ascending' }
          : { key, direction: 'ascending' },
      ),
    [],
  );
  const observations = useMemo(() => rows.map((r) => r.observation), [rows]);
  // The 口径 follow the data as a second block, after an empty line, so the first block stays one table.
  const onDownload = () =>
    downloadCsv(csvFileName({ ...filters, query }), [
      ...tableCsvRows(rows, t, locale),
      [],
      ...methodCsvRows(observations, dataset, { t, locale }),
    ]);

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-baseline gap-x-4">
        <h1 id={headingId} className="text-xl font-bold">
          {t('nav.data')}
        </h1>
        <p className="text-sm text-ink-muted">{t('table.intro')}</p>
      </div>
      {/* The search and the table hydrate on their own (app/start.tsx). */}
      <Suspense>
        <TableToolbar total={dataset.observations.length} shown={rows.length} onDownload={onDownload} />
      </Suspense>
      {rows.length === 0 ? (
        <EmptyState
          title={t('filters.emptyTitle', { filters: describeFilters(filters, t, locale) })}
          hint={t('filters.emptyHint')}
        />
      ) : (
        <Suspense>
          <DataTable rows={rows.slice(0, limit)} sort={sort} onSort={onSort} labelledBy={headingId} />
        </Suspense>
      )}
      {rest > 0 ? (
        <div className="flex items-center gap-3 text-sm">
          <span className="text-ink-muted">{t('table.listed', { listed: limit })}</span>
          <button
            type="button"
            className="btn"
            onClick={() => setPage({ key: viewKey, limit: limit + PAGE_SIZE })}
          >
            {t('table.showMore', { count: Math.min(PAGE_SIZE, rest) })}
          </button>
        </div>
      ) : null}
      {rows.length > 0 ? <MethodPanel observations={observations} dataset={dataset} /> : null}
    </div>
  );
}
