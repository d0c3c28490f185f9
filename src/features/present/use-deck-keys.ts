import { useCallback, useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import {
  deckKeyAction,
  isActivationKeyOnControl,
  isTypingTarget,
  slideAfter,
  type DeckAction,
  type Typed,
} from './deck-keys';

/** What the deck does for each action a key asks for; an action without a handler is left alone. */
export type DeckHandlers = Partial<
  Record<Exclude<DeckAction['type'], 'next' | 'prev' | 'first' | 'last' | 'goto' | 'typed'>, () => void>
>;

type Options = {
  current: number;
  total: number;
  go: (slide: number) => void;
  /** Keys anywhere in the window drive the deck (presenting, or the presenter's own window). */
  global: boolean;
  handlers: DeckHandlers;
};

/** A typed slide number is forgotten after this long without another key. */
const TYPED_TIMEOUT_MS = 3000;

/**
 * The deck's keyboard: while presenting, keys anywhere on the page drive it (a clicker's PageDown
 * lands wherever focus happens to be); before that, only keys pressed inside the deck area do, so the
 * rest of the page keeps its own keys. Keys typed into a field, or inside an open dialog (the overview,
 * the help), never reach the deck.
 */
export function useDeckKeys({ current, total, go, global, handlers }: Options) {
  const [typed, setTyped] = useState<Typed>(null);
  const typedTimer = useRef<number | undefined>(undefined);
  const state = useRef({ typed, current, total, global, handlers });
  useEffect(() => {
    state.current = { typed, current, total, global, handlers };
  });

  const handle = useCallback(
    (e: KeyboardEvent | ReactKeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      if (isTypingTarget(e.target) || isActivationKeyOnControl(e.key, e.target)) return;
      const s = state.current;
      const action = deckKeyAction({ key: e.key, shiftKey: e.shiftKey }, s.typed, s.total);
      if (!action) return;
      window.clearTimeout(typedTimer.current);
      if (action.type === 'typed') {
        e.preventDefault();
        setTyped(action.typed);
        if (action.typed) typedTimer.current = window.setTimeout(() => setTyped(null), TYPED_TIMEOUT_MS);
        return;
      }
      const next = slideAfter(action, s.current, s.total);
      if (next !== null) {
        e.preventDefault();
        setTyped(null);
        go(next);
        return;
      }
      const handler = s.handlers[action.type as keyof DeckHandlers];
      if (!handler) return;
      e.preventDefault();
      setTyped(null);
      handler();
    },
    [go],
  );

  useEffect(() => {
    if (!global) return;
    const onKey = (e: KeyboardEvent) => handle(e);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [global, handle]);

  useEffect(() => () => window.clearTimeout(typedTimer.current), []);

  /** For the deck area before presenting; while presenting the window listener has it. */
  const onKeyDown = useCallback(
    (e: ReactKeyboardEvent) => {
      if (!state.current.global) handle(e);
    },
    [handle],
  );

  return { typed, onKeyDown };
}
