import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/**
 * Presenting: the deck covers the window and, where the browser allows, goes full screen. Leaving
 * full screen (Esc, the browser's own) also stops presenting; where full screen is refused (an iframe,
 * a policy), the deck still covers the window and Esc stops it.
 */
export function usePresentation(
  deckRef: RefObject<HTMLElement | null>,
  /**
   * True where leaving full screen just now was not the presenter's wish and the deck should go on
   * covering the window: the browser leaves full screen when a window opens (the presenter view), and
   * on the Escape that closes a dialog over the deck. F brings full screen back.
   */
  keepPresenting: () => boolean = () => false,
) {
  const [presenting, setPresenting] = useState(false);
  const [fullscreen, setFullscreen] = useState(false);
  const wasFullscreen = useRef(false);
  // Full screen changes arrive a frame or more after they are asked for: a leave asked for and not yet done,
  // and an entry asked for and not yet done. A quick f then F must not read the first's late "left" as the
  // presenter's wish to stop, nor the deck still full screen as a reason to leave again.
  const leaving = useRef(false);
  const entering = useRef(false);
  const keep = useRef(keepPresenting);
  useEffect(() => {
    keep.current = keepPresenting;
  });

  const requestFullscreen = useCallback((deck: HTMLElement) => {
    deck.requestFullscreen().catch(() => {
      // Refused (no user gesture, or not allowed here): the deck still covers the window.
      entering.current = false;
    });
  }, []);

  useEffect(() => {
    const onChange = () => {
      const now = document.fullscreenElement !== null && document.fullscreenElement === deckRef.current;
      if (now) entering.current = false;
      else leaving.current = false;
      // F pressed while the deck was still leaving full screen: now that it has left, go back.
      if (!now && entering.current && deckRef.current) requestFullscreen(deckRef.current);
      if (wasFullscreen.current && !now && !entering.current && !keep.current()) setPresenting(false);
      wasFullscreen.current = now;
      setFullscreen(now);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [deckRef, requestFullscreen]);

  // The page behind the covering deck must not scroll (or show a scroll bar) while it is shown.
  useEffect(() => {
    if (!presenting) return;
    const root = document.documentElement;
    const previous = root.style.overflow;
    root.style.overflow = 'hidden';
    return () => {
      root.style.overflow = previous;
    };
  }, [presenting]);

  const start = useCallback(() => {
    setPresenting(true);
    const deck = deckRef.current;
    if (!deck) return;
    deck.focus({ preventScroll: true });
    if (document.fullscreenEnabled && (document.fullscreenElement !== deck || leaving.current)) {
      entering.current = true;
      // While leaving, the browser would drop the request: it is made once the deck has left.
      if (!leaving.current) requestFullscreen(deck);
    }
  }, [deckRef, requestFullscreen]);

  const stop = useCallback(() => {
    setPresenting(false);
    entering.current = false;
    if (document.fullscreenElement && !leaving.current) {
      leaving.current = true;
      document.exitFullscreen().catch(() => {
        leaving.current = false;
      });
    }
    // Focus stays on the deck, so its keys keep working in the preview.
    deckRef.current?.focus({ preventScroll: true });
  }, [deckRef]);

  const toggleFullscreen = useCallback(() => {
    if (document.fullscreenElement && !leaving.current) stop();
    else start();
  }, [start, stop]);

  return { presenting, fullscreen, start, stop, toggleFullscreen };
}
