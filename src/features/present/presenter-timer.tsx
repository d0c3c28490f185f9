import { useEffect, useId, useState } from 'react';
import { useT } from '../../state/use-t';
import { TALK_MINUTES_MAX, useDeckStore } from './deck-store';
import {
  countdown,
  elapsedMs,
  formatDuration,
  isRunning,
  readTimer,
  resetTimer,
  startTimer,
  toggleTimer,
  type TimerState,
} from './talk-timer';

/** Kept per window (sessionStorage): reloading the presenter window does not restart the talk's time. */
const TIMER_KEY = 'jianfu.presenter.timer';

function storedTimer(): TimerState {
  try {
    const stored = readTimer(JSON.parse(sessionStorage.getItem(TIMER_KEY) ?? 'null'));
    if (stored) return stored;
  } catch {
    // Unreadable or refused storage: start afresh.
  }
  return startTimer(Date.now());
}

/**
 * The talk's time: elapsed since the presenter window opened (pause and restart), and, where the
 * presenter sets the talk's length, the time left — amber in the last two minutes, red once over.
 */
export function PresenterTimer() {
  const { t } = useT();
  const [timer, setTimer] = useState(storedTimer);
  const [now, setNow] = useState(() => Date.now());
  const minutes = useDeckStore((s) => s.talkMinutes);
  const setMinutes = useDeckStore((s) => s.setTalkMinutes);
  const lengthId = useId();

  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, []);
  useEffect(() => {
    try {
      sessionStorage.setItem(TIMER_KEY, JSON.stringify(timer));
    } catch {
      // Storage refused: the timer still runs for this page.
    }
  }, [timer]);

  const elapsed = elapsedMs(timer, now);
  const left = countdown(elapsed, minutes);
  const running = isRunning(timer);
  const update = (next: (s: TimerState, at: number) => TimerState) => {
    const at = Date.now();
    setNow(at);
    setTimer((s) => next(s, at));
  };

  return (
    <div className="presenter-timer">
      <div className="presenter-figure" data-testid="presenter-elapsed" data-running={running || undefined}>
        <span className="presenter-figure-label">{t('present.presenter.elapsed')}</span>
        <span className="presenter-figure-value">{formatDuration(elapsed)}</span>
      </div>
      <div className="presenter-timer-buttons">
        <button type="button" className="presenter-button" onClick={() => update(toggleTimer)}>
          {running ? t('present.presenter.pause') : t('present.presenter.resume')}
        </button>
        <button type="button" className="presenter-button" onClick={() => update(resetTimer)}>
          {t('present.presenter.reset')}
        </button>
      </div>
      {left ? (
        <div
          className="presenter-figure presenter-countdown"
          data-testid="presenter-countdown"
          data-tone={left.tone}
        >
          <span className="presenter-figure-label">
            {left.tone === 'over'
              ? t('present.presenter.over')
              : left.tone === 'warning'
                ? t('present.presenter.warning')
                : t('present.presenter.remaining')}
          </span>
          <span className="presenter-figure-value">
            {left.tone === 'over'
              ? formatDuration(-left.remainingMs)
              : formatDuration(left.remainingMs, { countingDown: true })}
          </span>
        </div>
      ) : null}
      <label htmlFor={lengthId} className="presenter-length">
        <span>{t('present.presenter.talkLength')}</span>
        <input
          id={lengthId}
          type="number"
          min={0}
          max={TALK_MINUTES_MAX}
          step={1}
          inputMode="numeric"
          // No length is an empty field, not a 0 that typing would append to ("015").
          value={minutes > 0 ? minutes : ''}
          onChange={(e) => setMinutes(e.target.valueAsNumber || 0)}
        />
      </label>
    </div>
  );
}
