import { useId, useMemo } from 'react';
import type { Dataset, Observation } from '../../data/schema';
import { indicatorMethods } from '../../figures/indicator-method';
import { useT } from '../../state/use-t';

/**
 * 指标说明: the 口径 of every indicator the table shows, as one panel under it, marked as the dashboard's
 * words; the quotes stay in the source dialog and the CSV's quote column.
 */
export function MethodPanel({
  observations,
  dataset,
}: {
  observations: readonly Observation[];
  dataset: Dataset;
}) {
  const { t, locale } = useT();
  const titleId = useId();
  const methods = useMemo(
    () => indicatorMethods(observations, dataset, { t, locale }),
    [observations, dataset, t, locale],
  );
  if (methods.length === 0) return null;
  const join = (items: readonly string[]) => items.join(t('method.listJoin'));
  return (
    <details
      className="method-panel rounded-lg border border-line bg-surface shadow-sm"
      data-testid="method-panel"
    >
      <summary className="cursor-pointer px-4 py-3">
        <h2 id={titleId} className="inline text-base font-semibold">
          {t('method.panelTitle')}
        </h2>{' '}
        <span className="text-sm text-ink-muted">{t('method.panelSummary', { count: methods.length })}</span>
      </summary>
      <div className="flex flex-col gap-3 border-t border-line px-4 py-3">
        <p className="text-sm text-ink-muted">
          <span className="mr-2 rounded border border-line px-1.5 py-0.5 text-xs">
            {t('method.ownWords')}
          </span>
          {t('method.ownWordsNote')}
        </p>
        <ul aria-labelledby={titleId} className="grid gap-3 lg:grid-cols-2">
          {methods.map((m) => (
            <li key={m.indicatorId} className="rounded-md bg-surface-muted p-3" data-testid="method-entry">
              <h3 className="font-semibold">{m.indicator}</h3>
              <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
                <dt className="text-ink-muted">{t('method.countsLabel')}</dt>
                <dd>{m.counts}</dd>
                <dt className="text-ink-muted">{t('method.unit')}</dt>
                <dd>{m.unit}</dd>
                <dt className="text-ink-muted">{t('method.scope')}</dt>
                <dd>{join(m.scopes)}</dd>
                <dt className="text-ink-muted">{t('method.derived')}</dt>
                <dd>{m.formulas.join(' ')}</dd>
                <dt className="text-ink-muted">{t('method.asOf')}</dt>
                <dd>{join(m.asOf)}</dd>
                <dt className="text-ink-muted">{t('method.source')}</dt>
                <dd>{join(m.sources)}</dd>
              </dl>
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
