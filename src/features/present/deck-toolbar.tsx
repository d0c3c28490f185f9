import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../state/use-t';
import { AUTO_INTERVALS, DECK_THEMES, useDeckStore, type AutoInterval } from './deck-store';

type Props = {
  onStart: () => void;
  onPresenter: () => void;
  canStart: boolean;
};

/** Start, the presenter window, print, projector colours, notes and auto-advance: the controls outside the slides. */
export function DeckToolbar({ onStart, onPresenter, canStart }: Props) {
  const { t } = useT();
  const s = useDeckStore(
    useShallow(
      ({
        theme,
        setTheme,
        interval,
        setInterval,
        notesOnSlide,
        setNotesOnSlide,
        printNotes,
        setPrintNotes,
      }) => ({
        theme,
        setTheme,
        interval,
        setInterval,
        notesOnSlide,
        setNotesOnSlide,
        printNotes,
        setPrintNotes,
      }),
    ),
  );
  const themeName = useId();
  return (
    <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className="btn btn-primary" onClick={onStart} disabled={!canStart}>
          {t('present.start')}
        </button>
        <button
          type="button"
          className="btn"
          onClick={onPresenter}
          disabled={!canStart}
          aria-keyshortcuts="S"
        >
          {t('present.presenter.open')}
        </button>
        <button type="button" className="btn" onClick={() => window.print()} disabled={!canStart}>
          {t('present.print')}
        </button>
      </div>
      <fieldset className="flex items-center gap-2">
        <legend className="float-left mr-2 text-sm">{t('present.theme')}</legend>
        {DECK_THEMES.map((value) => (
          <label key={value} className="flex items-center gap-1 text-sm">
            <input
              type="radio"
              name={themeName}
              value={value}
              checked={s.theme === value}
              onChange={() => s.setTheme(value)}
            />
            {t(`present.theme.${value}`)}
          </label>
        ))}
      </fieldset>
      <label className="flex items-center gap-2 text-sm">
        {t('present.auto')}
        <select
          className="rounded border border-line bg-surface px-2 py-1"
          value={s.interval}
          onChange={(e) => s.setInterval(Number(e.target.value) as AutoInterval)}
        >
          {AUTO_INTERVALS.map((sec) => (
            <option key={sec} value={sec}>
              {sec === 0 ? t('present.auto.off') : t('present.auto.seconds', { seconds: sec })}
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={s.notesOnSlide}
          onChange={(e) => s.setNotesOnSlide(e.target.checked)}
        />
        {t('present.notesOnSlide')}
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={s.printNotes} onChange={(e) => s.setPrintNotes(e.target.checked)} />
        {t('present.printNotes')}
      </label>
    </div>
  );
}
