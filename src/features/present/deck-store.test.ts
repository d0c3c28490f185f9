import { describe, expect, it } from 'vitest';
import {
  cleanNote,
  cleanTalkMinutes,
  DEFAULT_DECK,
  moveSlide,
  NOTE_MAX,
  readDeckConfig,
  TALK_MINUTES_MAX,
  useDeckStore,
} from './deck-store';
import { SLIDE_IDS } from './selectors';
import { STATS_SLIDE_IDS } from './stats-slide-models';

describe('readDeckConfig', () => {
  it('reads a stored configuration', () => {
    const stored = {
      order: [...SLIDE_IDS].reverse(),
      hidden: ['plan'],
      notes: { yoy: 'Say why' },
      stats: { order: [...STATS_SLIDE_IDS].reverse(), hidden: ['stats-yoy'], notes: { 'stats-plan': 'Hi' } },
      theme: 'dark',
      interval: 20,
      notesOnSlide: true,
      printNotes: true,
      talkMinutes: 25,
    };
    expect(readDeckConfig(stored)).toEqual(stored);
  });
  it('reads a setup stored before imported decks existed, keeping the published order', () => {
    const old = { order: [...SLIDE_IDS].reverse(), hidden: ['plan'], notes: {}, theme: 'dark', interval: 0 };
    expect(readDeckConfig(old)).toEqual({
      ...old,
      stats: DEFAULT_DECK.stats,
      notesOnSlide: false,
      printNotes: false,
      talkMinutes: 0,
    });
  });
  it('keeps each deck to its own slide ids', () => {
    const mixed = readDeckConfig({
      order: ['stats-plan', ...SLIDE_IDS],
      hidden: ['stats-yoy', 'plan'],
      stats: { order: ['plan', 'stats-end'], hidden: ['yoy', 'stats-trend'], notes: { plan: 'x' } },
    });
    expect(mixed.order).toEqual([...SLIDE_IDS]);
    expect(mixed.hidden).toEqual(['plan']);
    expect(mixed.stats.order).toEqual(['stats-end', ...STATS_SLIDE_IDS.filter((id) => id !== 'stats-end')]);
    expect(mixed.stats.hidden).toEqual(['stats-trend']);
    expect(mixed.stats.notes).toEqual({});
  });
  it('falls back field by field on anything malformed', () => {
    expect(readDeckConfig(undefined)).toEqual(DEFAULT_DECK);
    expect(
      readDeckConfig({
        order: 7,
        hidden: ['plan', 'x', 'plan'],
        notes: { nope: 'a', plan: 3 },
        theme: 'neon',
        interval: 15,
      }),
    ).toEqual({ ...DEFAULT_DECK, hidden: ['plan'] });
  });
});

describe('the deck store', () => {
  it("changes an imported deck's setup without touching the published deck's, and resets one deck", () => {
    const store = useDeckStore;
    store.getState().resetDeck('published');
    store.getState().resetDeck('stats');
    store.getState().move('stats-yoy', -1);
    store.getState().toggleHidden('stats-end');
    store.getState().setNote('stats-plan', 'Ask Gansu');
    store.getState().toggleHidden('plan');
    const s = store.getState();
    expect(s.stats.order.slice(0, 3)).toEqual(['stats-title', 'stats-yoy', 'stats-plan']);
    expect(s.stats.hidden).toEqual(['stats-end']);
    expect(s.stats.notes).toEqual({ 'stats-plan': 'Ask Gansu' });
    expect(s.order).toEqual([...SLIDE_IDS]);
    expect(s.hidden).toEqual(['plan']);
    expect(s.notes).toEqual({});

    store.getState().resetDeck('stats');
    expect(store.getState().stats).toEqual(DEFAULT_DECK.stats);
    expect(store.getState().hidden).toEqual(['plan']);
  });
});

describe('moveSlide', () => {
  it('swaps a slide with its neighbour, and stays put at either end', () => {
    expect(moveSlide(['title', 'plan', 'yoy'], 'plan', -1)).toEqual(['plan', 'title', 'yoy']);
    expect(moveSlide(['title', 'plan', 'yoy'], 'plan', 1)).toEqual(['title', 'yoy', 'plan']);
    expect(moveSlide(['title', 'plan', 'yoy'], 'title', -1)).toEqual(['title', 'plan', 'yoy']);
    expect(moveSlide(['title', 'plan', 'yoy'], 'yoy', 1)).toEqual(['title', 'plan', 'yoy']);
  });
});

describe('cleanNote', () => {
  it('keeps a note to NOTE_MAX characters, its paragraphs, and single spaces', () => {
    expect(cleanNote('  two \t words\r\nnext  line ')).toBe('two words\nnext line ');
    expect(cleanNote('a\n\n\n\nb')).toBe('a\n\nb');
    expect(cleanNote('x'.repeat(NOTE_MAX + 50))).toHaveLength(NOTE_MAX);
  });
});

describe('cleanTalkMinutes', () => {
  it('takes whole minutes within bounds; anything else is no countdown', () => {
    expect(cleanTalkMinutes(20)).toBe(20);
    expect(cleanTalkMinutes(19.6)).toBe(20);
    expect(cleanTalkMinutes(-5)).toBe(0);
    expect(cleanTalkMinutes(10_000)).toBe(TALK_MINUTES_MAX);
    expect(cleanTalkMinutes('20')).toBe(0);
    expect(cleanTalkMinutes(NaN)).toBe(0);
  });
});
