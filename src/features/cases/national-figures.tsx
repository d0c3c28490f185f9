import { inLocale } from '../../data/localized';
import type { Indicator, Observation } from '../../data/schema';
import { useT } from '../../state/use-t';
import { FigureButton } from '../../components/ui/figure-button';
import { figureText } from './case-text';

type Props = { figures: readonly { observation: Observation; indicator: Indicator }[] };

/** National figures kept beside a province's cases, each marked as national so they are never read as local. */
export function NationalFigures({ figures }: Props) {
  const { t, locale } = useT();
  return (
    <section
      aria-labelledby="cases-national-title"
      className="rounded-lg border border-line bg-surface p-4"
      data-testid="national-figures"
    >
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h2 id="cases-national-title" className="text-base font-semibold">
          {t('cases.nationalTitle')}
        </h2>
        <p className="text-sm text-ink-muted">{t('cases.nationalNote')}</p>
      </div>
      {figures.length === 0 ? (
        <p className="mt-2 text-sm text-ink-muted">{t('empty.none')}</p>
      ) : (
        <ul className="mt-3 grid gap-2 text-sm sm:grid-cols-2 2xl:grid-cols-3">
          {figures.map(({ observation: o, indicator }) => (
            <li key={o.id} className="flex flex-col gap-0.5 rounded-md bg-surface-muted px-3 py-2">
              <span className="flex flex-wrap items-center gap-x-2 text-xs text-ink-muted">
                <span className="rounded border border-ink px-1 font-semibold text-ink">
                  {t('filters.national')}
                </span>
                {t(`scope.${o.scope.level}` as 'scope.national')} ·{' '}
                {t('filters.yearValue', { year: o.period.year })}
              </span>
              <span>{inLocale(indicator.name, locale)}</span>
              <FigureButton target={{ kind: 'observation', id: o.id }} className="self-start text-left">
                <strong className="tabular-nums">{figureText(o, indicator, { t, locale })}</strong>
              </FigureButton>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
