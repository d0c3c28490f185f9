import { Suspense, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Dataset } from '../../data/schema';
import { indexDataset } from '../../data/derive';
import { useUrlStateStore, urlStateOf } from '../../state/url-state-store';
import { useT } from '../../state/use-t';
import { EmptyState } from '../../components/ui/empty-state';
import { describeFilters } from '../../figures/describe-filters';
import { useValueTypedEarly } from '../../components/ui/use-value-typed-early';
import { CaseGroupList } from './case-group';
import { NationalFigures } from './national-figures';
import { ProvinceMap } from './province-map';
import {
  CASE_SORTS,
  groupCases,
  isCaseSort,
  selectCases,
  selectNationalFigures,
  type CaseSort,
} from './selectors';

/** 地方实践: the province tile map beside every local figure as a card, both driven by the shared filters. */
export default function CasesPage({ dataset }: { dataset: Dataset }) {
  const { t, locale } = useT();
  const filters = useUrlStateStore(useShallow(urlStateOf));
  // The sort is a way of reading this list, not a filter: it stays out of the URL and the shared store.
  const [sort, setSort] = useState<CaseSort>('reduction');
  const onSort = (value: string) => isCaseSort(value) && setSort(value);
  // Chosen before the page was live: applied when the select hydrates.
  const sortRef = useRef<HTMLSelectElement>(null);
  useValueTypedEarly(sortRef, sort, onSort);
  const cases = useMemo(() => selectCases(dataset, filters), [dataset, filters]);
  const groups = useMemo(() => groupCases(cases, sort), [cases, sort]);
  const national = filters.provinces.length > 0 ? selectNationalFigures(dataset, filters) : null;
  const index = indexDataset(dataset);

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <h1 className="text-xl font-bold">{t('cases.title')}</h1>
        <p className="text-sm text-ink-muted">{t('cases.intro')}</p>
      </div>

      <div className="grid items-start gap-4 lg:grid-cols-[minmax(340px,420px)_minmax(0,1fr)] 2xl:grid-cols-[470px_minmax(0,1fr)]">
        <div className="lg:sticky lg:top-3 lg:max-h-[calc(100vh-1.5rem)] lg:overflow-y-auto">
          {/* The map and each group of cards hydrate on their own (app/start.tsx). */}
          <Suspense>
            <ProvinceMap dataset={dataset} filters={filters} />
          </Suspense>
        </div>

        <div className="flex min-w-0 flex-col gap-4">
          <section aria-labelledby="cases-list-title" className="flex flex-col gap-3">
            <div className="flex flex-wrap items-end gap-x-4 gap-y-2">
              <div className="flex flex-wrap items-baseline gap-x-3">
                <h2 id="cases-list-title" className="text-lg font-semibold">
                  {t('cases.listTitle')}
                </h2>
                <p className="text-sm font-medium" aria-live="polite" data-testid="case-count">
                  {t('cases.total', { count: cases.length })}
                </p>
              </div>
              {cases.length > 0 ? (
                <label className="ml-auto flex items-center gap-2 text-sm">
                  <span className="text-ink-muted">{t('cases.sortLabel')}</span>
                  <select
                    className="rounded border border-line bg-surface px-2 py-1.5"
                    ref={sortRef}
                    value={sort}
                    onChange={(e) => onSort(e.target.value)}
                  >
                    {CASE_SORTS.map((s) => (
                      <option key={s} value={s}>
                        {t(`cases.sort.${s}`)}
                      </option>
                    ))}
                  </select>
                </label>
              ) : null}
            </div>
            {sort === 'reduction' && cases.length > 0 ? (
              <p className="-mt-2 text-xs text-ink-muted">{t('cases.sortNote')}</p>
            ) : null}

            {cases.length === 0 ? (
              <EmptyState
                title={t('filters.emptyTitle', {
                  filters: describeFilters({ ...filters, query: '' }, t, locale),
                })}
                hint={t('filters.emptyHint')}
              />
            ) : (
              groups.map((group) => (
                <Suspense key={group.key}>
                  <CaseGroupList group={group} sourceOf={index.source} />
                </Suspense>
              ))
            )}
          </section>

          {national ? <NationalFigures figures={national} /> : null}
        </div>
      </div>
    </div>
  );
}
