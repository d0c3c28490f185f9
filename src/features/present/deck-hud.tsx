import { useT } from '../../state/use-t';
import { Clock } from './clock';
import { SlideCounter } from './slide-counter';

type Props = {
  current: number;
  total: number;
  typed: string;
  /** Seconds per slide, 0 for off. */
  interval: number;
  paused: boolean;
  fullscreen: boolean;
  onFullscreen: () => void;
  onExit: () => void;
};

/** The presenter's corner of the running deck: slide counter, typed slide number, pace, clock, exit. */
export function DeckHud({
  current,
  total,
  typed,
  interval,
  paused,
  fullscreen,
  onFullscreen,
  onExit,
}: Props) {
  const { t } = useT();
  return (
    <div className="deck-hud">
      {typed ? (
        <span className="deck-hud-typed" aria-live="assertive">
          {t('present.goto', { slide: typed })}
        </span>
      ) : null}
      {interval > 0 ? (
        <span className="deck-hud-auto">
          {paused ? t('present.auto.paused') : t('present.auto.running', { seconds: interval })}
        </span>
      ) : null}
      <SlideCounter current={current} total={total} />
      <Clock />
      {fullscreen ? null : (
        <button type="button" className="deck-hud-button" onClick={onFullscreen}>
          {t('present.fullscreen')}
        </button>
      )}
      <button type="button" className="deck-hud-button" onClick={onExit}>
        {t('present.exit')}
      </button>
    </div>
  );
}
