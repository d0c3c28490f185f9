import { useEffect, useState } from 'react';

/**
 * True once the pointer has not moved for `ms` while `enabled`; any pointer movement, press or wheel
 * makes it false again. Keys do not: a clicker's PageDown must not bring controls back onto the
 * projected slide.
 */
export function usePointerIdle(enabled: boolean, ms: number): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!enabled) return;
    let timer = window.setTimeout(() => setIdle(true), ms);
    const wake = () => {
      window.clearTimeout(timer);
      setIdle(false);
      timer = window.setTimeout(() => setIdle(true), ms);
    };
    const events = ['pointermove', 'pointerdown', 'wheel'] as const;
    for (const type of events) window.addEventListener(type, wake, { passive: true });
    return () => {
      window.clearTimeout(timer);
      for (const type of events) window.removeEventListener(type, wake);
      setIdle(false);
    };
  }, [enabled, ms]);
  return enabled && idle;
}
