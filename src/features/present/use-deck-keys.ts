import { useCallback, useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { deckKeyAction, isActivationKeyOnControl, isTypingTarget, slideAfter } from './deck-keys';

type Options = {
  current: number;
  total: number;
  go: (slide: number) => void;
  presenting: boolean;
  onExit: () => void;
  onFullscreen: () => void;
};

/** A typed slide number is forgotten after this long without another digit. */
const TYPED_TIMEOUT_MS = 3000;

/**
 * The deck's keyboard: while presenting, keys anywhere on the page drive it (a clicker's PageDown
 * lands wherever focus happens to be); before that, only keys pressed inside the deck area do, so the
 * rest of the page keeps its own keys. Keys typed into a field never reach the deck.
 */
export function useDeckKeys({ current, total, go, presenting, onExit, onFullscreen }: Options) {
  const [typed, setTyped] = useState('');
  const [blanked, setBlanked] = useState(false);
  const [paused, setPaused] = useState(false);
  const typedTimer = useRef<number | undefined>(undefined);
  const state = useRef({ typed, current, total, presenting });
  useEffect(() => {
    state.current = { typed, current, total, presenting };
  });

  const handle = useCallback(
    (e: KeyboardEvent | ReactKeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      if (isTypingTarget(e.target) || isActivationKeyOnControl(e.key, e.target)) return;
      const s = state.current;
      const action = deckKeyAction({ key: e.key, shiftKey: e.shiftKey }, s.typed);
      if (!action || (action.type === 'exit' && !s.presenting)) return;
      e.preventDefault();
      window.clearTimeout(typedTimer.current);
      if (action.type === 'typed') {
        setTyped(action.digits);
        if (action.digits) typedTimer.current = window.setTimeout(() => setTyped(''), TYPED_TIMEOUT_MS);
        return;
      }
      setTyped('');
      if (action.type === 'blank') setBlanked((b) => !b);
      else if (action.type === 'pause') setPaused((p) => !p);
      else if (action.type === 'fullscreen') onFullscreen();
      else if (action.type === 'exit') onExit();
      else {
        const next = slideAfter(action, s.current, s.total);
        if (next !== null) {
          // Any move brings the picture back, as on a slide projector.
          setBlanked(false);
          go(next);
        }
      }
    },
    [go, onExit, onFullscreen],
  );

  useEffect(() => {
    if (!presenting) return;
    const onKey = (e: KeyboardEvent) => handle(e);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [presenting, handle]);

  useEffect(() => () => window.clearTimeout(typedTimer.current), []);

  /** For the deck area before presenting; while presenting the window listener has it. */
  const onKeyDown = useCallback(
    (e: ReactKeyboardEvent) => {
      if (!state.current.presenting) handle(e);
    },
    [handle],
  );

  return { typed, blanked, paused, setBlanked, setPaused, onKeyDown };
}
