import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { isSlideId, normalizeOrder, SLIDE_IDS, type SlideId } from './selectors';

export const DECK_THEMES = ['light', 'dark'] as const;
export type DeckTheme = (typeof DECK_THEMES)[number];

/** Auto-advance intervals in seconds; 0 is off. */
export const AUTO_INTERVALS = [0, 10, 20, 30, 60] as const;
export type AutoInterval = (typeof AUTO_INTERVALS)[number];

/** A note is one line on the slide: longer text would not fit at projector type sizes. */
export const NOTE_MAX = 120;

export type DeckConfig = {
  order: SlideId[];
  hidden: SlideId[];
  notes: Partial<Record<SlideId, string>>;
  theme: DeckTheme;
  interval: AutoInterval;
};

type DeckState = DeckConfig & {
  toggleHidden: (id: SlideId) => void;
  move: (id: SlideId, by: -1 | 1) => void;
  setNote: (id: SlideId, note: string) => void;
  setTheme: (theme: DeckTheme) => void;
  setInterval: (interval: AutoInterval) => void;
  resetDeck: () => void;
};

export const DEFAULT_DECK: DeckConfig = {
  order: [...SLIDE_IDS],
  hidden: [],
  notes: {},
  theme: 'light',
  interval: 0,
};

/** A note kept to one line of at most NOTE_MAX characters. */
export function cleanNote(note: string): string {
  return note.replace(/\s+/g, ' ').trimStart().slice(0, NOTE_MAX);
}

/** Moves a slide one place up or down the order; at either end it stays. */
export function moveSlide(order: readonly SlideId[], id: SlideId, by: -1 | 1): SlideId[] {
  const from = order.indexOf(id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= order.length) return [...order];
  const next = [...order];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

/**
 * Reads a stored deck configuration field by field: anything unknown or malformed falls back to its
 * default, so an old or hand-edited entry in localStorage can never break the deck.
 */
export function readDeckConfig(stored: unknown): DeckConfig {
  const s = (stored ?? {}) as Partial<Record<keyof DeckConfig, unknown>>;
  const hidden = Array.isArray(s.hidden) ? [...new Set(s.hidden.filter(isSlideId))] : [];
  const notes: Partial<Record<SlideId, string>> = {};
  if (s.notes && typeof s.notes === 'object')
    for (const [id, note] of Object.entries(s.notes))
      if (isSlideId(id) && typeof note === 'string' && note.trim()) notes[id] = cleanNote(note);
  return {
    order: normalizeOrder(s.order),
    hidden,
    notes,
    theme: (DECK_THEMES as readonly unknown[]).includes(s.theme) ? (s.theme as DeckTheme) : 'light',
    interval: (AUTO_INTERVALS as readonly unknown[]).includes(s.interval) ? (s.interval as AutoInterval) : 0,
  };
}

/** The presenter's deck: which slides, in what order, with what notes, theme and pace. Kept per browser. */
export const useDeckStore = create<DeckState>()(
  persist(
    (set) => ({
      ...DEFAULT_DECK,
      toggleHidden: (id) =>
        set((s) => ({
          hidden: s.hidden.includes(id) ? s.hidden.filter((h) => h !== id) : [...s.hidden, id],
        })),
      move: (id, by) => set((s) => ({ order: moveSlide(s.order, id, by) })),
      setNote: (id, note) => set((s) => ({ notes: { ...s.notes, [id]: cleanNote(note) } })),
      setTheme: (theme) => set({ theme }),
      setInterval: (interval) => set({ interval }),
      resetDeck: () => set({ ...DEFAULT_DECK }),
    }),
    {
      name: 'jianfu.deck',
      version: 1,
      partialize: ({ order, hidden, notes, theme, interval }) => ({ order, hidden, notes, theme, interval }),
      merge: (persisted, current) => ({ ...current, ...readDeckConfig(persisted) }),
    },
  ),
);
