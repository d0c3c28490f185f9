import { useId } from 'react';
import { useT } from '../../state/use-t';
import { AUTO_INTERVALS, DECK_THEMES, useDeckStore, type AutoInterval } from './deck-store';

/** Start, print, projector colours and auto-advance: the controls outside the slides. */
export function DeckToolbar({ onStart, canStart }: { onStart: () => void; canStart: boolean }) {
  const { t } = useT();
  const theme = useDeckStore((s) => s.theme);
  const setTheme = useDeckStore((s) => s.setTheme);
  const interval = useDeckStore((s) => s.interval);
  const setInterval = useDeckStore((s) => s.setInterval);
  const themeName = useId();
  return (
    <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
      <button type="button" className="btn btn-primary" onClick={onStart} disabled={!canStart}>
        {t('present.start')}
      </button>
      <button type="button" className="btn" onClick={() => window.print()} disabled={!canStart}>
        {t('present.print')}
      </button>
      <fieldset className="flex items-center gap-2">
        <legend className="float-left mr-2 text-sm">{t('present.theme')}</legend>
        {DECK_THEMES.map((value) => (
          <label key={value} className="flex items-center gap-1 text-sm">
            <input
              type="radio"
              name={themeName}
              value={value}
              checked={theme === value}
              onChange={() => setTheme(value)}
            />
            {t(`present.theme.${value}`)}
          </label>
        ))}
      </fieldset>
      <label className="flex items-center gap-2 text-sm">
        {t('present.auto')}
        <select
          className="rounded border border-line bg-surface px-2 py-1"
          value={interval}
          onChange={(e) => setInterval(Number(e.target.value) as AutoInterval)}
        >
          {AUTO_INTERVALS.map((s) => (
            <option key={s} value={s}>
              {s === 0 ? t('present.auto.off') : t('present.auto.seconds', { seconds: s })}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
