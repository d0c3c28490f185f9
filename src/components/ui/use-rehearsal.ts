import { useEffect, useState } from 'react';

/** How long the rehearsal stays on the page: the frame that lays it out, and no longer. */
const FRAMES = 2;

/**
 * True for a moment, once, when the page is idle after the component is live: the component then draws
 * what its first open would show (a list, a dialog's body) hidden and inert, so the browser lays it out
 * and shapes its text, and the code that draws it runs once. The reader's first open then costs what a
 * later one does: without it, the first click on the province box or a figure's source waits for that
 * first layout and compile (at 4× CPU, about twice as long as the second click).
 *
 * What is drawn must be invisible (`visibility: hidden`, so it is laid out but not painted and out of the
 * accessibility tree), inert, and take no room.
 */
export function useRehearsal(): boolean {
  const [state, setState] = useState<'before' | 'on' | 'done'>('before');
  useEffect(() => {
    if (state !== 'before' || typeof requestIdleCallback !== 'function') return;
    const idle = requestIdleCallback(() => setState('on'), { timeout: 3000 });
    return () => cancelIdleCallback(idle);
  }, [state]);
  useEffect(() => {
    if (state !== 'on') return;
    // On the page now: the next frames lay it out; then it goes.
    let frames = 0;
    let frame = requestAnimationFrame(function next() {
      frames += 1;
      if (frames < FRAMES) frame = requestAnimationFrame(next);
      else setState('done');
    });
    return () => cancelAnimationFrame(frame);
  }, [state]);
  return state === 'on';
}
