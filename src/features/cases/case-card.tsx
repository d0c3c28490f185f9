import { inLocale, publicationIn } from '../../data/localized';
import { useId } from 'react';
import type { Source } from '../../data/schema';
import { datumFigures, figureSpans } from '../../data/quote-figures';
import { useT } from '../../state/use-t';
import {
  formatChange,
  formatDate,
  formatNumber,
  formatPercent,
  formatPoints,
  formatValue,
} from '../../i18n/format';
import { BarPair } from '../../components/charts/bar-pair';
import { FigureButton } from '../../components/ui/figure-button';
import { QuoteHighlight } from '../../components/ui/quote-highlight';
import { shownQuote } from '../../data/shown-quote';
import type { CaseRow } from './selectors';
import { barPairSummary, figureText, placeText, qualifiedChange, unnamedText } from './case-text';

/** One local figure: where and when, what was cut, before → after with the cut computed, the quote and source. */
type Props = {
  row: CaseRow;
  source: Source | undefined;
  /** Any source by id: the quote may come from a repost of the datum's own (shownQuote). */
  sourceOf: (id: string) => Source | undefined;
  /** h3 in one ranked list, h4 under a province or year heading. */
  headingLevel?: 3 | 4;
};

export function CaseCard({ row, source, sourceOf, headingLevel = 3 }: Props) {
  const { t, locale } = useT();
  const titleId = useId();
  const o = row.observation;
  const unit = row.indicator.unit;
  const target = { kind: 'observation' as const, id: o.id };
  const hasPair = o.baseline !== undefined && o.value !== undefined;
  const fall = row.computed !== null && row.computed < 0;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const quote = shownQuote(o, sourceOf, locale);
  const unnamed = unnamedText(o, { t, locale });

  return (
    <article
      aria-labelledby={titleId}
      className="flex h-full flex-col gap-2 rounded-lg border border-line bg-surface p-4 shadow-sm"
      data-testid="case-card"
      data-province={row.province?.code}
      data-unnamed={o.scope.unnamed ? 'true' : undefined}
    >
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-ink-muted">
        <span className="font-medium text-ink" data-testid="case-place">
          {placeText(o, row.province, { t, locale })}
        </span>
        <span aria-hidden="true">·</span>
        <span>{t('filters.yearValue', { year: o.period.year })}</span>
        <span className="ml-auto rounded bg-surface-muted px-1.5 py-0.5">
          {t(`category.${row.indicator.category}`)}
        </span>
      </p>
      {unnamed ? (
        <p className="-mt-1 text-xs text-ink-muted" data-testid="case-region">
          {unnamed}
        </p>
      ) : null}
      <Heading id={titleId} className="text-base leading-snug font-semibold">
        {inLocale(row.indicator.name, locale)}
      </Heading>

      <FigureButton target={target} className="self-start text-left">
        <strong className="text-2xl leading-tight tabular-nums" data-testid="case-figure">
          {figureText(o, row.indicator, { t, locale })}
        </strong>
      </FigureButton>

      {hasPair ? (
        <BarPair
          before={{
            label: t('reductions.before'),
            value: o.baseline!.value,
            valueLabel: formatValue(o.baseline!.value, unit, locale, t, o.baseline!.qualifier),
          }}
          after={{
            label: t('reductions.after'),
            value: o.value!,
            valueLabel: formatValue(o.value!, unit, locale, t, o.valueQualifier),
          }}
          summary={barPairSummary(o, row.indicator, row.computed, { t, locale })}
        />
      ) : null}

      {row.computed !== null ? (
        <p className="text-sm" data-testid="case-change">
          <strong className={`text-lg ${fall ? 'text-good' : 'text-warn'}`}>
            <span aria-hidden="true">{fall ? '↓ ' : '↑ '}</span>
            {formatChange(row.computed, locale, t)}
          </strong>
          <span className="text-ink-muted">
            {t('text.parenthetical', { text: t('reductions.computedChange') })}
          </span>
          {o.statedChange !== undefined && !o.inconsistent ? (
            <span className="ml-1 text-ink-muted">
              · {t('reductions.statedChange')}{' '}
              {qualifiedChange(o.statedChange, o.changeQualifier, { t, locale })}
            </span>
          ) : null}
        </p>
      ) : null}

      {o.inconsistent && row.computed !== null && o.statedChange !== undefined ? (
        <p
          className="rounded border border-warn bg-warn-soft px-2 py-1 text-sm text-ink"
          data-testid="inconsistency"
        >
          <strong className="text-warn">⚠ {t('reductions.inconsistentBadge')}</strong>{' '}
          {t('reductions.inconsistentExplain', {
            stated: formatPercent(Math.abs(o.statedChange), locale),
            before: formatNumber(o.baseline!.value, locale),
            after: formatNumber(o.value!, locale),
            computed: formatPercent(Math.abs(row.computed), locale),
            gap: formatPoints(o.statedChange - row.computed, locale, t),
          })}
        </p>
      ) : null}

      <blockquote
        lang={quote.lang}
        className="quote border-l-4 border-line pl-3 text-sm leading-relaxed text-ink-muted"
      >
        <QuoteHighlight quote={quote.text} spans={figureSpans(quote.text, datumFigures(o, unit))} />
        {quote.simplifiedOriginal ? (
          <span lang={locale} className="ml-1 text-xs" data-testid="quote-script">
            {t('text.parenthetical', { text: t('source.quoteSimplifiedOriginal') })}
          </span>
        ) : null}
      </blockquote>

      {source ? (
        <p className="mt-auto pt-1 text-xs">
          <FigureButton target={target} className="text-left text-ink-muted">
            {t('sourceShort', {
              publication: publicationIn(source, locale),
              date: formatDate(source.date, locale),
            })}
          </FigureButton>
        </p>
      ) : null}
    </article>
  );
}
