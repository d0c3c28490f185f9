/**
 * A slide number being typed: digits so far, and whether G opened the prompt (then a number that no
 * further digit could extend jumps at once). Null when nothing is being typed.
 */
export type Typed = { digits: string; prompted: boolean } | null;

/** What a key press does to the running deck. */
export type DeckAction =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'goto'; slide: number }
  /** The slide number typed so far; null ends the typing. */
  | { type: 'typed'; typed: Typed }
  | { type: 'blank' }
  | { type: 'pause' }
  | { type: 'fullscreen' }
  | { type: 'overview' }
  | { type: 'help' }
  | { type: 'presenter' }
  | { type: 'exit' };

export type KeyInput = { key: string; shiftKey?: boolean };

/** A slide number has at most three digits (the URL accepts no more). */
const MAX_DIGITS = 3;

/**
 * The deck's keys, as presenters and clickers send them. Clickers send PageDown/PageUp (some send
 * arrows, "." or B for a blank screen), so each of those has the same meaning as on a keyboard.
 * `typed` is the slide number typed so far (digits, or G then digits): Enter jumps there, Backspace
 * and Escape edit it first; after G, a number no further digit could extend within `total` slides
 * jumps at once. Returns null for a key the deck leaves alone.
 */
export function deckKeyAction(
  { key, shiftKey = false }: KeyInput,
  typed: Typed,
  total: number,
): DeckAction | null {
  if (/^[0-9]$/.test(key)) {
    const digits = ((typed?.digits ?? '') + key).slice(-MAX_DIGITS);
    const prompted = typed?.prompted ?? false;
    const n = Number(digits);
    if (prompted && n >= 1 && n <= total && n * 10 > total) return { type: 'goto', slide: n };
    return { type: 'typed', typed: { digits, prompted } };
  }
  if (typed) {
    switch (key) {
      case 'Enter':
        return Number(typed.digits) >= 1
          ? { type: 'goto', slide: Number(typed.digits) }
          : { type: 'typed', typed: null };
      case 'Backspace':
        return typed.digits
          ? { type: 'typed', typed: { ...typed, digits: typed.digits.slice(0, -1) } }
          : { type: 'typed', typed: null };
      case 'Escape':
        return { type: 'typed', typed: null };
    }
  }
  switch (key) {
    case 'Enter':
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return { type: 'next' };
    case ' ':
      return shiftKey ? { type: 'prev' } : { type: 'next' };
    case 'Backspace':
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return { type: 'prev' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'Escape':
      return { type: 'exit' };
    case 'g':
    case 'G':
      return { type: 'typed', typed: { digits: '', prompted: true } };
    case 'b':
    case 'B':
    case '.':
      return { type: 'blank' };
    case 'p':
    case 'P':
      return { type: 'pause' };
    case 'f':
    case 'F':
      return { type: 'fullscreen' };
    case 'o':
    case 'O':
      return { type: 'overview' };
    case '?':
      return { type: 'help' };
    case 's':
    case 'S':
      return { type: 'presenter' };
    default:
      return null;
  }
}

/** The slide an action moves to (1-based, inside 1…count), or null for an action that does not move. */
export function slideAfter(action: DeckAction, current: number, count: number): number | null {
  const clamp = (n: number) => Math.min(Math.max(1, n), Math.max(1, count));
  switch (action.type) {
    case 'next':
      return clamp(current + 1);
    case 'prev':
      return clamp(current - 1);
    case 'first':
      return 1;
    case 'last':
      return clamp(count);
    case 'goto':
      return clamp(action.slide);
    default:
      return null;
  }
}

/** Keys typed into a form field belong to the field: the deck never takes them. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const el = target as HTMLElement;
  if (el.isContentEditable) return true;
  return el.closest('input, textarea, select, [contenteditable="true"], dialog') !== null;
}

/** Enter and Space on a focused button or link press it, as everywhere else; other keys still drive the deck. */
export function isActivationKeyOnControl(key: string, target: EventTarget | null): boolean {
  if (key !== 'Enter' && key !== ' ') return false;
  if (!target || typeof (target as Element).closest !== 'function') return false;
  return (target as Element).closest('button, a[href], summary, [role="button"]') !== null;
}
