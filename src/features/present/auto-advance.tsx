import { useEffect, useRef, useState } from 'react';

type Props = {
  seconds: number;
  /** False while paused, blanked or on the last slide: the bar holds where it is. */
  running: boolean;
  onAdvance: () => void;
};

const TICK_MS = 100;

/**
 * Moves to the next slide every `seconds`, with a bar showing the time left on this slide. Remount it
 * (key = slide) to start the count again on every slide. Hovering the mouse never pauses it: a
 * presenter's hand on the mouse is not a request to stop.
 */
export function AutoAdvance({ seconds, running, onAdvance }: Props) {
  const [progress, setProgress] = useState(0);
  const elapsed = useRef(0);
  const advance = useRef(onAdvance);
  useEffect(() => {
    advance.current = onAdvance;
  });

  useEffect(() => {
    if (!running) return;
    let last = performance.now();
    const id = window.setInterval(() => {
      const now = performance.now();
      elapsed.current += now - last;
      last = now;
      const share = elapsed.current / (seconds * 1000);
      if (share >= 1) {
        window.clearInterval(id);
        advance.current();
      } else setProgress(share);
    }, TICK_MS);
    return () => window.clearInterval(id);
  }, [running, seconds]);

  return (
    <div className="deck-progress" aria-hidden="true" data-running={running || undefined}>
      <div style={{ width: `${Math.min(progress, 1) * 100}%` }} />
    </div>
  );
}
