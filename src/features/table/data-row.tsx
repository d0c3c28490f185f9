import { inLocale, publicationIn } from '../../data/localized';
import { memo } from 'react';
import { formatDate } from '../../i18n/format';
import { useT } from '../../state/use-t';
import { FigureButton } from '../../components/ui/figure-button';
import { changeTexts, periodText, planShareText, valueText } from './row-text';
import { provinceName, scopeLabel, unitLabel } from './labels';
import type { TableRow } from './selectors';
import { shownQuote } from '../../data/shown-quote';

/**
 * One datum: every figure in it opens its source, and a datum whose source disagrees with itself says so.
 * Memoised: re-sorting or searching moves the rows already drawn instead of drawing them again.
 */
// Short labels and figures keep their CJK words whole (keep-all) and wrap only at spaces, so 中央和国家机关
// or 截至2020年11月底 never splits mid-phrase while English still wraps.
export const DataRow = memo(function DataRow({ row }: { row: TableRow }) {
  const { t, locale } = useT();
  const o = row.observation;
  const target = { kind: 'observation', id: o.id } as const;
  const value = valueText(row, t, locale);
  const plan = planShareText(row, t, locale);
  const changes = changeTexts(row, t, locale);
  const quote = shownQuote(o, (id) => [row.source, row.repostSource].find((s) => s?.id === id), locale);
  return (
    <tr className="border-t border-line align-top">
      <th scope="row" className="min-w-36 px-3 py-2 text-left font-medium">
        {inLocale(row.indicator.name, locale)}
      </th>
      <td className="min-w-20 px-3 py-2 break-keep">{scopeLabel(o.scope.level, t)}</td>
      <td className="px-3 py-2 whitespace-nowrap">
        {row.province ? (
          provinceName(row.province, locale)
        ) : (
          <span className="rounded bg-surface-muted px-1.5 py-0.5 text-xs font-medium">
            {t('filters.national')}
          </span>
        )}
      </td>
      <td className="px-3 py-2">{inLocale(o.scope.place, locale) ?? <Dash />}</td>
      <td className="min-w-24 px-3 py-2 break-keep">{periodText(o, t, locale)}</td>
      <td className="min-w-28 px-3 py-2 break-keep">
        {value || plan ? (
          <FigureButton target={target} className="text-left">
            <span className="flex flex-col tabular-nums">
              {value ? <strong>{value}</strong> : null}
              {plan ? <span>{plan}</span> : null}
            </span>
          </FigureButton>
        ) : (
          <Dash />
        )}
      </td>
      {/* A share of the plan is a percentage whatever the indicator counts: the unit goes with a value. */}
      <td className="px-3 py-2 whitespace-nowrap">{value ? unitLabel(row.indicator.unit, t) : <Dash />}</td>
      <td className="min-w-36 px-3 py-2 break-keep">
        {changes.length > 0 ? (
          <FigureButton target={target} className="text-left">
            <span className="flex flex-col tabular-nums">
              {changes.map((line) => (
                <span key={line}>{line}</span>
              ))}
            </span>
          </FigureButton>
        ) : (
          <Dash />
        )}
        {o.inconsistent ? (
          <p className="mt-1 font-semibold text-warn" data-testid="inconsistent-flag">
            <span aria-hidden="true">⚠ </span>
            {t('reductions.inconsistentBadge')}
          </p>
        ) : null}
      </td>
      <td className="min-w-56 px-3 py-2">
        {row.source ? (
          <FigureButton target={target} className="text-left font-medium">
            {publicationIn(row.source, locale)} · {formatDate(row.source.date, locale)}
          </FigureButton>
        ) : null}
        <p lang={quote.lang} className="mt-0.5 line-clamp-2 text-xs text-ink-muted" title={quote.text}>
          {quote.text}
        </p>
        {quote.simplifiedOriginal ? (
          <p className="text-xs text-ink-muted" data-testid="quote-script">
            {t('source.quoteSimplifiedOriginal')}
          </p>
        ) : null}
      </td>
    </tr>
  );
});

/** An empty cell reads as a dash rather than as nothing. */
function Dash() {
  return <span className="text-ink-muted">—</span>;
}
