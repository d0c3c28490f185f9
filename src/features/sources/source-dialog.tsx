import { inLocale, publicationIn } from '../../data/localized';
import { useEffect, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { datasetQuery } from '../../data/dataset-query';
import { datumFigures, figureSpans } from '../../data/quote-figures';
import { indexDataset, round1, computedChange } from '../../data/derive';
import type { Dataset } from '../../data/schema';
import { useUiStore, type SourceTarget } from '../../state/ui-store';
import { useT } from '../../state/use-t';
import { formatChange, formatDate, formatPoints } from '../../i18n/format';
import { QuoteHighlight } from '../../components/ui/quote-highlight';
import { DatumMethod } from './datum-method';
import { DatumSummary } from './datum-summary';
import { shownQuote } from '../../data/shown-quote';
import { useRehearsal } from '../../components/ui/use-rehearsal';

const DIALOG_BOX = 'w-[min(44rem,calc(100vw-2rem))] rounded-lg border border-line bg-surface text-ink';

/** The source panel: article, date, authors and the verbatim quote with the figure marked. */
export function SourceDialog() {
  const target = useUiStore((s) => s.sourceTarget);
  const close = useUiStore((s) => s.closeSource);
  const { data } = useQuery(datasetQuery());
  const ref = useRef<HTMLDialogElement>(null);
  // Once idle, a datum's source is drawn hidden for a frame, so the first one opened costs what a later one does.
  const rehearsed = useRehearsal() && !target ? data?.observations[0] : undefined;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (target && !dialog.open) dialog.showModal();
    if (!target && dialog.open) dialog.close();
  }, [target]);

  return (
    <>
      <dialog
        ref={ref}
        onClose={close}
        aria-labelledby="source-dialog-title"
        className={`m-auto p-0 shadow-2xl backdrop:bg-black/50 ${DIALOG_BOX}`}
      >
        {target && data ? <SourceBody target={target} dataset={data} onClose={close} /> : null}
      </dialog>
      {rehearsed && data ? (
        <div aria-hidden inert className={`invisible fixed top-0 left-0 ${DIALOG_BOX}`}>
          <SourceBody target={{ kind: 'observation', id: rehearsed.id }} dataset={data} onClose={close} />
        </div>
      ) : null}
    </>
  );
}

function SourceBody({
  target,
  dataset,
  onClose,
}: {
  target: SourceTarget;
  dataset: Dataset;
  onClose: () => void;
}) {
  const { t, locale } = useT();
  const index = indexDataset(dataset);
  const observation = target.kind === 'observation' ? index.observation(target.id) : undefined;
  const event = target.kind === 'event' ? dataset.events.find((e) => e.id === target.id) : undefined;
  const datum = observation ?? event;
  const source = datum ? index.source(datum.source) : undefined;
  const figures = observation ? datumFigures(observation, index.indicator(observation.indicator)?.unit) : [];
  const computed = observation ? computedChange(observation) : null;
  const quote = datum ? shownQuote(datum, (id) => index.source(id), locale) : undefined;
  const quoteSource = quote ? index.source(quote.sourceId) : undefined;

  return (
    <div className="flex flex-col gap-4 p-6">
      <div className="flex items-start justify-between gap-4">
        <h2 id="source-dialog-title" className="text-lg font-semibold">
          {t('source.dialogTitle')}
        </h2>
        <button type="button" className="btn" onClick={onClose} autoFocus>
          {t('source.close')}
        </button>
      </div>
      {observation ? <DatumSummary observation={observation} dataset={dataset} /> : null}
      {observation?.inconsistent && computed !== null && observation.statedChange !== undefined ? (
        <p className="rounded-md border border-warn bg-warn-soft p-3 text-sm" role="note">
          <strong>⚠ {t('source.inconsistent')}</strong>
          {' — '}
          {t('source.inconsistentDetail', {
            statedLabel: t('source.stated'),
            stated: formatChange(observation.statedChange, locale, t),
            computedLabel: t('source.computed'),
            computed: formatChange(round1(computed), locale, t),
            gap: formatPoints(observation.statedChange - round1(computed), locale, t),
          })}
        </p>
      ) : null}
      {source ? (
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-ink-muted">{t('source.article')}</dt>
          <dd className="font-medium">{t('text.titleQuoted', { title: source.title })}</dd>
          <dt className="text-ink-muted">{t('source.publication')}</dt>
          <dd>{publicationIn(source, locale)}</dd>
          <dt className="text-ink-muted">{t('source.date')}</dt>
          <dd>
            {formatDate(source.date, locale)}
            {source.dateNote ? (
              <span className="text-ink-muted">
                {t('text.parenthetical', { text: inLocale(source.dateNote, locale) })}
              </span>
            ) : null}
          </dd>
          {source.authors.length > 0 ? (
            <>
              <dt className="text-ink-muted">{t('source.authors')}</dt>
              <dd>{source.authors.join(t('text.listJoin'))}</dd>
            </>
          ) : null}
          <dt className="text-ink-muted">{t('source.file')}</dt>
          <dd className="font-mono text-xs">{source.seedFile}</dd>
        </dl>
      ) : null}
      {quote ? (
        <figure className="flex flex-col gap-1">
          <figcaption className="text-sm text-ink-muted">
            {t('source.quote')}
            {quote.simplifiedOriginal ? (
              <span data-testid="quote-script"> · {t('source.quoteSimplifiedOriginal')}</span>
            ) : quoteSource && quote.sourceId !== datum?.source ? (
              <span data-testid="quote-script">
                {' · '}
                {t('source.quoteFromRepost', { publication: publicationIn(quoteSource, locale) })}
              </span>
            ) : null}
          </figcaption>
          <blockquote
            lang={quote.lang}
            className="quote border-l-4 border-accent pl-4 text-base leading-relaxed"
          >
            <QuoteHighlight quote={quote.text} spans={figureSpans(quote.text, figures)} />
          </blockquote>
          {figures.length > 0 ? <p className="text-xs text-ink-muted">{t('source.figureMarked')}</p> : null}
        </figure>
      ) : null}
      {observation ? <DatumMethod observation={observation} dataset={dataset} /> : null}
    </div>
  );
}
