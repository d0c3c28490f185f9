import { describe, expect, it } from 'vitest';
import {
  deckKey,
  parseSyncMessage,
  replyTo,
  samePosition,
  slideOf,
  type DeckPosition,
  type SyncMessage,
} from './deck-sync';

const at = (slideId: string | null, slide: number, blanked = false, paused = false): DeckPosition => ({
  slideId,
  slide,
  blanked,
  paused,
});
const DECK = deckKey('published', { dataset: null, provinces: [], year: null });
const msg = (m: Partial<SyncMessage> & { type: SyncMessage['type'] }): SyncMessage =>
  ({ deck: DECK, from: 'other', role: 'presenter', ...m }) as SyncMessage;

describe('deckKey', () => {
  it('tells decks apart by data and filters', () => {
    expect(DECK).not.toBe(deckKey('stats', { dataset: 'ab12', provinces: [], year: null }));
    expect(DECK).not.toBe(deckKey('published', { dataset: null, provinces: ['620000'], year: null }));
    expect(DECK).not.toBe(deckKey('published', { dataset: null, provinces: [], year: 2020 }));
    expect(DECK).toBe(deckKey('published', { dataset: null, provinces: [], year: null }));
  });
});

describe('parseSyncMessage', () => {
  it('takes the messages of the protocol', () => {
    const position = msg({ type: 'position', position: at('plan', 3, true) });
    expect(parseSyncMessage(position)).toEqual(position);
    for (const type of ['hello', 'exit', 'bye'] as const)
      expect(parseSyncMessage(msg({ type }))).not.toBeNull();
  });
  it('drops anything else', () => {
    expect(parseSyncMessage(null)).toBeNull();
    expect(parseSyncMessage('next')).toBeNull();
    expect(parseSyncMessage({ ...msg({ type: 'hello' }), type: 'jump' })).toBeNull();
    expect(parseSyncMessage({ ...msg({ type: 'hello' }), role: 'viewer' })).toBeNull();
    expect(parseSyncMessage({ ...msg({ type: 'hello' }), deck: 3 })).toBeNull();
    expect(parseSyncMessage(msg({ type: 'position', position: { ...at('plan', 0) } }))).toBeNull();
    expect(parseSyncMessage(msg({ type: 'position', position: { slide: 2 } as DeckPosition }))).toBeNull();
  });
});

describe('slideOf', () => {
  const visible = ['title', 'headlines', 'plan', 'yoy'];
  it('finds the slide by id, wherever this window has it', () => {
    expect(slideOf(at('plan', 5), visible)).toBe(3);
  });
  it('falls back to the number, kept inside the deck', () => {
    expect(slideOf(at('cases', 2), visible)).toBe(2);
    expect(slideOf(at(null, 9), visible)).toBe(4);
  });
});

describe('replyTo', () => {
  const self = { deck: DECK, id: 'me' };
  it('adopts another window’s position and answers its hello', () => {
    expect(replyTo(msg({ type: 'position', position: at('yoy', 4) }), self)).toEqual({
      do: 'adopt',
      position: at('yoy', 4),
    });
    expect(replyTo(msg({ type: 'hello' }), self)).toEqual({ do: 'answer' });
  });
  it('leaves when another window leaves, and notes a window closing', () => {
    expect(replyTo(msg({ type: 'exit' }), self)).toEqual({ do: 'exit' });
    expect(replyTo(msg({ type: 'bye', role: 'audience' }), self)).toEqual({
      do: 'peer-left',
      role: 'audience',
    });
  });
  it('ignores its own echo and other decks', () => {
    expect(replyTo(msg({ type: 'hello', from: 'me' }), self)).toEqual({ do: 'nothing' });
    expect(replyTo(msg({ type: 'exit', deck: 'stats|x||' }), self)).toEqual({ do: 'nothing' });
  });
});

describe('samePosition', () => {
  it('compares every field', () => {
    expect(samePosition(at('plan', 3), at('plan', 3))).toBe(true);
    expect(samePosition(at('plan', 3), at('plan', 3, true))).toBe(false);
    expect(samePosition(at('plan', 3), at('plan', 3, false, true))).toBe(false);
    expect(samePosition(null, at('plan', 3))).toBe(false);
  });
  it('takes the same slide numbered differently in another window as the same place', () => {
    // Otherwise two windows whose lists differ would post the slide back and forth for ever.
    expect(samePosition(at('plan', 3), at('plan', 4))).toBe(true);
    expect(samePosition(at('plan', 3), at('yoy', 3))).toBe(false);
    expect(samePosition(at(null, 3), at('plan', 3))).toBe(true);
  });
});
