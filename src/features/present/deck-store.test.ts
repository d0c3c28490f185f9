import { describe, expect, it } from 'vitest';
import { cleanNote, DEFAULT_DECK, moveSlide, NOTE_MAX, readDeckConfig } from './deck-store';
import { SLIDE_IDS } from './selectors';

describe('readDeckConfig', () => {
  it('reads a stored configuration', () => {
    const stored = {
      order: [...SLIDE_IDS].reverse(),
      hidden: ['plan'],
      notes: { yoy: 'Say why' },
      theme: 'dark',
      interval: 20,
    };
    expect(readDeckConfig(stored)).toEqual(stored);
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

describe('moveSlide', () => {
  it('swaps a slide with its neighbour, and stays put at either end', () => {
    expect(moveSlide(['title', 'plan', 'yoy'], 'plan', -1)).toEqual(['plan', 'title', 'yoy']);
    expect(moveSlide(['title', 'plan', 'yoy'], 'plan', 1)).toEqual(['title', 'yoy', 'plan']);
    expect(moveSlide(['title', 'plan', 'yoy'], 'title', -1)).toEqual(['title', 'plan', 'yoy']);
    expect(moveSlide(['title', 'plan', 'yoy'], 'yoy', 1)).toEqual(['title', 'plan', 'yoy']);
  });
});

describe('cleanNote', () => {
  it('keeps a note to one line of at most NOTE_MAX characters', () => {
    expect(cleanNote('  two\nlines ')).toBe('two lines ');
    expect(cleanNote('x'.repeat(500))).toHaveLength(NOTE_MAX);
  });
});
