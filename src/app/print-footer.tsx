import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { latestAsOf } from '../data/as-of';
import type { Dataset } from '../data/schema';
import { filterObservations, isNationalScope } from '../data/select';
import { formatAsOf, formatAsOfDate } from '../i18n/format';
import type { Locale, Translate } from '../i18n/i18n';
import { useT } from '../state/use-t';
import { urlStateOf, useUrlStateStore } from '../state/url-state-store';
import type { UrlState } from '../state/url-state';
import type { View } from '../state/views';

/**
 * The printed page's last line: its 数据截至 (the latest date of the figures the view shows with these
 * filters, so it is true of every one of them) and its address. Shown on paper only (index.css). The
 * address is the page's current one, set as --page-url by public/before-paint.js and on every change here.
 */
export function PrintFooter({ dataset }: { dataset: Dataset | undefined }) {
  const { t, locale } = useT();
  const view = useUrlStateStore((s) => s.view);
  const filters = useUrlStateStore(useShallow(urlStateOf));
  useEffect(() => {
    document.documentElement.style.setProperty('--page-url', JSON.stringify(location.href));
  }, [view, filters]);
  const stamp = dataset ? pageStamp(view, dataset, filters, t, locale) : null;
  return (
    <p className="print-footer" data-testid="print-footer">
      {stamp ? <span>{stamp}</span> : null}
      <span className="print-url">{t('print.url')}</span>
    </p>
  );
}

function pageStamp(view: View, ds: Dataset, filters: UrlState, t: Translate, locale: Locale): string | null {
  if (view === 'timeline') {
    const last = ds.events
      .map((e) => e.date)
      .sort()
      .at(-1);
    return last ? t('asOf.stamp', { date: formatAsOfDate(last, locale, t) }) : null;
  }
  if (view !== 'overview' && view !== 'cases' && view !== 'data') return null;
  const shown = filterObservations(ds, view === 'overview' ? { ...filters, provinces: [] } : filters).filter(
    (o) => view === 'data' || (view === 'overview') === isNationalScope(o),
  );
  const asOf = latestAsOf(shown);
  if (!asOf) return null;
  return asOf.kind === 'date'
    ? formatAsOf(asOf.iso, locale, t)
    : t('asOf.stamp', { date: t('filters.yearValue', { year: asOf.year }) });
}
