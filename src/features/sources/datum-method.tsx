import type { Dataset, Observation } from '../../data/schema';
import { datumMethod } from '../../figures/indicator-method';
import { useT } from '../../state/use-t';

/** The datum's 口径 in the source dialog, marked as the dashboard's words (only the quote below is a quote). */
export function DatumMethod({ observation, dataset }: { observation: Observation; dataset: Dataset }) {
  const { t, locale } = useT();
  const m = datumMethod(observation, dataset, { t, locale });
  if (!m) return null;
  return (
    <section aria-labelledby="datum-method-title" className="flex flex-col gap-2" data-testid="datum-method">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h3 id="datum-method-title" className="text-base font-semibold">
          {t('method.title')}
        </h3>
        <span className="rounded border border-line px-1.5 py-0.5 text-xs text-ink-muted">
          {t('method.ownWords')}
        </span>
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-ink-muted">{t('method.countsLabel')}</dt>
        <dd>{m.counts}</dd>
        <dt className="text-ink-muted">{t('method.unit')}</dt>
        <dd>{m.unit}</dd>
        <dt className="text-ink-muted">{t('method.scope')}</dt>
        <dd>{m.scope}</dd>
        <dt className="text-ink-muted">{t('method.derived')}</dt>
        <dd>
          {m.formulas.length === 1 ? (
            m.formulas[0]
          ) : (
            <ul className="flex flex-col gap-0.5">
              {m.formulas.map((f) => (
                <li key={f}>{f}</li>
              ))}
            </ul>
          )}
        </dd>
        <dt className="text-ink-muted">{t('method.asOf')}</dt>
        <dd>{m.asOf}</dd>
        <dt className="text-ink-muted">{t('method.source')}</dt>
        <dd>{m.source}</dd>
      </dl>
    </section>
  );
}
