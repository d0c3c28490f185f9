import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { normalizeOrderOf, SLIDE_IDS, type SlideId } from './selectors';
import { STATS_SLIDE_IDS, isStatsSlideId, type StatsSlideId } from './stats-slide-models';

export const DECK_THEMES = ['light', 'dark'] as const;
export type DeckTheme = (typeof DECK_THEMES)[number];

/** Auto-advance intervals in seconds; 0 is off. */
export const AUTO_INTERVALS = [0, 10, 20, 30, 60] as const;
export type AutoInterval = (typeof AUTO_INTERVALS)[number];

/**
 * A note is the presenter's, read in the presenter view in large type: a few sentences, not an essay.
 * Drawn on the slide (the old behaviour, an option), it is cut to two lines.
 */
export const NOTE_MAX = 500;

/** The longest talk the countdown takes, in minutes; 0 is no countdown. */
export const TALK_MINUTES_MAX = 600;

/** Which deck: the published data's, or the one built from an imported dataset. */
export type DeckKind = 'published' | 'stats';
export type DeckSlideId = SlideId | StatsSlideId;

/** Which slides a deck shows, in what order, with what notes. */
export type SlideSetup<Id extends DeckSlideId> = {
  order: Id[];
  hidden: Id[];
  notes: Partial<Record<Id, string>>;
};

/**
 * The published deck's setup sits at the top level (as stored before imported decks existed); the
 * imported-data deck's under `stats`, one setup for every imported dataset (their slides are the same
 * kinds). Theme and pace are the presenter's, shared by both.
 */
export type DeckConfig = SlideSetup<SlideId> & {
  stats: SlideSetup<StatsSlideId>;
  theme: DeckTheme;
  interval: AutoInterval;
  /** Draw each slide's note on the projected slide too (before the presenter view, notes were drawn there). */
  notesOnSlide: boolean;
  /** The handout prints each slide's note beneath it. */
  printNotes: boolean;
  /** The talk's planned length for the presenter's countdown, in whole minutes; 0 for none. */
  talkMinutes: number;
};

type DeckState = DeckConfig & {
  toggleHidden: (id: DeckSlideId) => void;
  move: (id: DeckSlideId, by: -1 | 1) => void;
  setNote: (id: DeckSlideId, note: string) => void;
  setTheme: (theme: DeckTheme) => void;
  setInterval: (interval: AutoInterval) => void;
  setNotesOnSlide: (on: boolean) => void;
  setPrintNotes: (on: boolean) => void;
  setTalkMinutes: (minutes: number) => void;
  /** Back to the default slides of one deck, and the default theme and pace. */
  resetDeck: (kind: DeckKind) => void;
};

export const DEFAULT_DECK: DeckConfig = {
  order: [...SLIDE_IDS],
  hidden: [],
  notes: {},
  stats: { order: [...STATS_SLIDE_IDS], hidden: [], notes: {} },
  theme: 'light',
  interval: 0,
  notesOnSlide: false,
  printNotes: false,
  talkMinutes: 0,
};

/** A note of at most NOTE_MAX characters: runs of spaces become one, at most one blank line between paragraphs. */
export function cleanNote(note: string): string {
  return note
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimStart()
    .slice(0, NOTE_MAX);
}

/** A talk length as the countdown takes it: whole minutes in 0…TALK_MINUTES_MAX, anything else 0. */
export function cleanTalkMinutes(minutes: unknown): number {
  if (typeof minutes !== 'number' || !Number.isFinite(minutes)) return 0;
  return Math.min(Math.max(0, Math.round(minutes)), TALK_MINUTES_MAX);
}

/** Moves a slide one place up or down the order; at either end it stays. */
export function moveSlide<Id extends string>(order: readonly Id[], id: Id, by: -1 | 1): Id[] {
  const from = order.indexOf(id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= order.length) return [...order];
  const next = [...order];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

function readSetup<Id extends DeckSlideId>(stored: unknown, ids: readonly Id[]): SlideSetup<Id> {
  const s = (stored ?? {}) as Partial<Record<keyof SlideSetup<Id>, unknown>>;
  const isId = (v: unknown): v is Id => typeof v === 'string' && (ids as readonly string[]).includes(v);
  const hidden = Array.isArray(s.hidden) ? [...new Set(s.hidden.filter(isId))] : [];
  const notes: Partial<Record<Id, string>> = {};
  if (s.notes && typeof s.notes === 'object')
    for (const [id, note] of Object.entries(s.notes))
      if (isId(id) && typeof note === 'string' && note.trim()) notes[id] = cleanNote(note);
  return { order: normalizeOrderOf(s.order, ids), hidden, notes };
}

/**
 * Reads a stored deck configuration field by field: anything unknown or malformed falls back to its
 * default, so an old or hand-edited entry in localStorage can never break the deck.
 */
export function readDeckConfig(stored: unknown): DeckConfig {
  const s = (stored ?? {}) as Partial<Record<keyof DeckConfig, unknown>>;
  return {
    ...readSetup(s, SLIDE_IDS),
    stats: readSetup(s.stats, STATS_SLIDE_IDS),
    theme: (DECK_THEMES as readonly unknown[]).includes(s.theme) ? (s.theme as DeckTheme) : 'light',
    interval: (AUTO_INTERVALS as readonly unknown[]).includes(s.interval) ? (s.interval as AutoInterval) : 0,
    notesOnSlide: s.notesOnSlide === true,
    printNotes: s.printNotes === true,
    talkMinutes: cleanTalkMinutes(s.talkMinutes),
  };
}

/** The setup of one deck, with its ids widened so deck components take either. */
export function setupOf(config: DeckConfig, kind: DeckKind): SlideSetup<DeckSlideId> {
  if (kind === 'stats') return config.stats;
  return { order: config.order, hidden: config.hidden, notes: config.notes };
}

function toggled<Id>(list: readonly Id[], id: Id): Id[] {
  return list.includes(id) ? list.filter((h) => h !== id) : [...list, id];
}

/** The presenter's decks: which slides, in what order, with what notes, theme and pace. Kept per browser. */
export const useDeckStore = create<DeckState>()(
  persist(
    (set) => ({
      ...DEFAULT_DECK,
      // Slide ids are distinct across decks, so an id says whose setup changes.
      toggleHidden: (id) =>
        set((s) =>
          isStatsSlideId(id)
            ? { stats: { ...s.stats, hidden: toggled(s.stats.hidden, id) } }
            : { hidden: toggled(s.hidden, id) },
        ),
      move: (id, by) =>
        set((s) =>
          isStatsSlideId(id)
            ? { stats: { ...s.stats, order: moveSlide(s.stats.order, id, by) } }
            : { order: moveSlide(s.order, id, by) },
        ),
      setNote: (id, note) =>
        set((s) =>
          isStatsSlideId(id)
            ? { stats: { ...s.stats, notes: { ...s.stats.notes, [id]: cleanNote(note) } } }
            : { notes: { ...s.notes, [id]: cleanNote(note) } },
        ),
      setTheme: (theme) => set({ theme }),
      setInterval: (interval) => set({ interval }),
      setNotesOnSlide: (notesOnSlide) => set({ notesOnSlide }),
      setPrintNotes: (printNotes) => set({ printNotes }),
      setTalkMinutes: (minutes) => set({ talkMinutes: cleanTalkMinutes(minutes) }),
      resetDeck: (kind) =>
        set(() => {
          const { theme, interval, stats, order, hidden, notes } = DEFAULT_DECK;
          return kind === 'stats' ? { theme, interval, stats } : { theme, interval, order, hidden, notes };
        }),
    }),
    {
      name: 'jianfu.deck',
      version: 1,
      partialize: ({
        order,
        hidden,
        notes,
        stats,
        theme,
        interval,
        notesOnSlide,
        printNotes,
        talkMinutes,
      }) => ({ order, hidden, notes, stats, theme, interval, notesOnSlide, printNotes, talkMinutes }),
      merge: (persisted, current) => ({ ...current, ...readDeckConfig(persisted) }),
    },
  ),
);

/**
 * Follows edits made in another window of this browser (the presenter window's talk length, the main
 * window's notes): the store re-reads its stored copy when another window writes it. Returns a
 * function that stops following.
 */
export function followOtherWindows(): () => void {
  const onStorage = (e: StorageEvent) => {
    if (e.key === useDeckStore.persist.getOptions().name) void useDeckStore.persist.rehydrate();
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
