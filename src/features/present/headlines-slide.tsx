import { useT } from '../../state/use-t';
import { formatPercent, formatValue } from '../../i18n/format';
import type { Headline } from '../../figures/overview';
import { FigureButton } from '../../components/ui/figure-button';

/** The five headline falls as big numbers, provinces on the first row and central organs on the second. */
export function HeadlinesSlide({ headlines }: { headlines: readonly Headline[] }) {
  const rows = [
    headlines.filter((h) => h.observation.scope.level === 'provinces-aggregate'),
    headlines.filter((h) => h.observation.scope.level !== 'provinces-aggregate'),
  ].filter((r) => r.length > 0);
  return (
    <div className="headline-rows">
      {rows.map((row, i) => (
        <ul
          key={i}
          className="headline-row"
          style={{ gridTemplateColumns: `repeat(${row.length}, minmax(0, 1fr))` }}
        >
          {row.map((h) => (
            <li key={h.id}>
              <HeadlineFigure headline={h} />
            </li>
          ))}
        </ul>
      ))}
    </div>
  );
}

function HeadlineFigure({ headline: h }: { headline: Headline }) {
  const { t, locale } = useT();
  const o = h.observation;
  const fall = h.change !== null && h.change < 0;
  const what = fall
    ? o.yoyChange !== undefined
      ? t('headline.yoyDown')
      : t('headline.cut')
    : t('headline.yoyUp');
  return (
    <article className="headline-big" aria-label={t(`headline.${h.id}`)}>
      <h3 className="headline-big-label">{t(`headline.${h.id}`)}</h3>
      <FigureButton target={{ kind: 'observation', id: o.id }} className={fall ? 'is-good' : 'is-warn'}>
        <span className="headline-big-figure" data-testid="headline-figure">
          <span aria-hidden="true">{fall ? '↓' : '↑'}</span>
          {h.change === null ? '—' : formatPercent(Math.abs(h.change), locale)}
        </span>
      </FigureButton>
      <p className="headline-big-sub">
        {o.baseline && o.value !== undefined
          ? `${formatValue(o.baseline.value, h.indicator.unit, locale, t)} → ${formatValue(o.value, h.indicator.unit, locale, t)} · `
          : ''}
        {what}
        {h.changeIsComputed ? t('text.parenthetical', { text: t('reductions.computedChange') }) : ''}
      </p>
    </article>
  );
}
