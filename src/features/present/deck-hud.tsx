import { useT } from '../../state/use-t';
import { Clock } from './clock';
import type { Typed } from './deck-keys';
import { SlideCounter } from './slide-counter';

type Props = {
  current: number;
  total: number;
  /** No pointer movement for a while: the pill fades out (it comes back on the next movement or focus). */
  idle: boolean;
  fullscreen: boolean;
  onFullscreen: () => void;
  onExit: () => void;
};

/**
 * The presenter's pill on the running deck: slide counter, clock, full screen, exit. It is drawn in the
 * slide's own coordinates, in the corner of the footer every slide keeps free (the printed page number's
 * place), so at any screen size and pixel ratio it never covers the stamp or the source line.
 */
export function DeckHud({ current, total, idle, fullscreen, onFullscreen, onExit }: Props) {
  const { t } = useT();
  return (
    <div className="deck-hud" data-testid="deck-hud" data-idle={idle || undefined}>
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

type StatusProps = {
  typed: Typed;
  /** Seconds per slide, 0 for off. */
  interval: number;
  paused: boolean;
  idle: boolean;
};

/**
 * What the keys just did, above the slide's title: the slide number being typed, and the auto-advance
 * pace (always while paused, so nobody wonders why the deck stopped; otherwise with the pill).
 */
export function DeckStatus({ typed, interval, paused, idle }: StatusProps) {
  const { t } = useT();
  const auto = interval > 0 && (paused || !idle);
  if (typed === null && !auto) return null;
  return (
    <div className="deck-status">
      {typed !== null ? (
        <span className="deck-status-typed" aria-live="assertive">
          {typed.digits ? t('present.goto', { slide: typed.digits }) : t('present.gotoPrompt')}
        </span>
      ) : null}
      {auto ? (
        <span>{paused ? t('present.auto.paused') : t('present.auto.running', { seconds: interval })}</span>
      ) : null}
    </div>
  );
}
