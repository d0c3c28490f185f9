import { publicationIn } from '../../data/localized';
import type { Dataset } from '../../data/schema';
import { indexDataset } from '../../data/derive';
import { useT } from '../../state/use-t';
import { formatAsOf, formatDate, formatPercent, formatValue } from '../../i18n/format';
import { FigureButton } from '../../components/ui/figure-button';
import { selectHeadlines, type Headline } from '../../figures/overview';

/** The answer at a glance: the five headline falls, each with its date and source. */
export function HeadlineCards({ dataset }: { dataset: Dataset }) {
  const { t } = useT();
  const headlines = selectHeadlines(dataset);
  return (
    <section aria-labelledby="headline-title">
      <h2 id="headline-title" className="sr-only">
        {t('headline.label')}
      </h2>
      <ul className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-5">
        {headlines.map((h) => (
          <li key={h.id}>
            <HeadlineCard headline={h} dataset={dataset} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function HeadlineCard({ headline: h, dataset }: { headline: Headline; dataset: Dataset }) {
  const { t, locale } = useT();
  const o = h.observation;
  const source = indexDataset(dataset).source(o.source);
  const fall = h.change !== null && h.change < 0;
  const magnitude = h.change === null ? '—' : formatPercent(Math.abs(h.change), locale);
  return (
    <article
      className="flex h-full flex-col gap-1 rounded-lg border border-line bg-surface p-4 shadow-sm"
      aria-label={t(`headline.${h.id}`)}
      data-testid="headline-card"
    >
      <h3 className="text-sm font-medium text-ink-muted">{t(`headline.${h.id}`)}</h3>
      <FigureButton target={{ kind: 'observation', id: o.id }} className="self-start text-left">
        <span className={`headline-figure ${fall ? 'text-good' : 'text-warn'}`}>
          <span aria-hidden="true">{fall ? '↓' : '↑'}</span>
          {magnitude}
        </span>
      </FigureButton>
      <p className="text-sm font-medium">
        {o.baseline && o.value !== undefined ? (
          <>
            {formatValue(o.baseline.value, h.indicator.unit, locale, t)} →{' '}
            {formatValue(o.value, h.indicator.unit, locale, t)}
            {' · '}
          </>
        ) : null}
        {fall ? (o.yoyChange !== undefined ? t('headline.yoyDown') : t('headline.cut')) : t('headline.yoyUp')}
        {h.changeIsComputed ? (
          <span className="text-ink-muted">
            {t('text.parenthetical', { text: t('reductions.computedChange') })}
          </span>
        ) : null}
        {fall ? (
          <span className="ml-1 rounded bg-good-soft px-1 text-xs text-good">{t('direction.good')}</span>
        ) : null}
        {o.planShare !== undefined ? (
          <span className="ml-1 text-ink-muted">
            · {t('plan.share')} {formatPercent(o.planShare, locale)}
          </span>
        ) : null}
      </p>
      <p className="mt-auto pt-1 text-xs text-ink-muted">
        {o.period.asOf ? formatAsOf(o.period.asOf, locale, t) : t('asOf.year', { year: o.period.year })}
        {source ? (
          <>
            <br />
            {t('sourceShort', {
              publication: publicationIn(source, locale),
              date: formatDate(source.date, locale),
            })}
          </>
        ) : null}
      </p>
    </article>
  );
}
