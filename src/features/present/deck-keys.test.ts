import { describe, expect, it } from 'vitest';
import { deckKeyAction, slideAfter, type DeckAction, type Typed } from './deck-keys';

const act = (key: string, typed: Typed = null, shiftKey = false, total = 9) =>
  deckKeyAction({ key, shiftKey }, typed, total);
const digits = (d: string, prompted = false): Typed => ({ digits: d, prompted });

describe('deckKeyAction', () => {
  it.each(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter'])('%s goes to the next slide', (key) => {
    expect(act(key)).toEqual({ type: 'next' });
  });
  it.each(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'])('%s goes to the previous slide', (key) => {
    expect(act(key)).toEqual({ type: 'prev' });
  });
  it('Shift+Space goes back, as in a browser', () => {
    expect(act(' ', null, true)).toEqual({ type: 'prev' });
  });
  it('Home and End go to the ends', () => {
    expect(act('Home')).toEqual({ type: 'first' });
    expect(act('End')).toEqual({ type: 'last' });
  });
  it('digits build a slide number that Enter jumps to', () => {
    expect(act('1')).toEqual({ type: 'typed', typed: digits('1') });
    expect(act('2', digits('1'))).toEqual({ type: 'typed', typed: digits('12') });
    expect(act('Enter', digits('12'))).toEqual({ type: 'goto', slide: 12 });
    expect(act('Enter', digits('0'))).toEqual({ type: 'typed', typed: null });
    expect(act('9', digits('123'))).toEqual({ type: 'typed', typed: digits('239') });
  });
  it('Backspace and Escape edit a typed number before they move or exit', () => {
    expect(act('Backspace', digits('12'))).toEqual({ type: 'typed', typed: digits('1') });
    expect(act('Backspace', digits(''))).toEqual({ type: 'typed', typed: null });
    expect(act('Escape', digits('12'))).toEqual({ type: 'typed', typed: null });
    expect(act('Escape')).toEqual({ type: 'exit' });
  });
  it('G opens a prompt; a number no further digit could extend jumps at once', () => {
    expect(act('g')).toEqual({ type: 'typed', typed: digits('', true) });
    expect(act('G')).toEqual({ type: 'typed', typed: digits('', true) });
    // 9 slides: any digit 1…9 is a whole slide number.
    expect(act('5', digits('', true))).toEqual({ type: 'goto', slide: 5 });
    // 12 slides: 1 may become 10, 11 or 12, so it waits; 2 cannot grow and jumps.
    expect(act('1', digits('', true), false, 12)).toEqual({ type: 'typed', typed: digits('1', true) });
    expect(act('2', digits('1', true), false, 12)).toEqual({ type: 'goto', slide: 12 });
    expect(act('2', digits('', true), false, 12)).toEqual({ type: 'goto', slide: 2 });
    // Beyond the deck, or 0: Enter decides (and clamps).
    expect(act('0', digits('', true))).toEqual({ type: 'typed', typed: digits('0', true) });
    expect(act('Enter', digits('', true))).toEqual({ type: 'typed', typed: null });
    // Without G, digits wait for Enter as before.
    expect(act('5')).toEqual({ type: 'typed', typed: digits('5') });
  });
  it('O opens the overview, ? the help, S the presenter view', () => {
    for (const key of ['o', 'O']) expect(act(key)).toEqual({ type: 'overview' });
    expect(act('?')).toEqual({ type: 'help' });
    for (const key of ['s', 'S']) expect(act(key)).toEqual({ type: 'presenter' });
  });
  it('B and . blank the screen, P pauses, F is full screen', () => {
    for (const key of ['b', 'B', '.']) expect(act(key)).toEqual({ type: 'blank' });
    for (const key of ['p', 'P']) expect(act(key)).toEqual({ type: 'pause' });
    for (const key of ['f', 'F']) expect(act(key)).toEqual({ type: 'fullscreen' });
  });
  it('leaves other keys alone', () => {
    for (const key of ['a', 'Tab', 'Shift', 'F5']) expect(act(key)).toBeNull();
  });
});

describe('slideAfter', () => {
  const after = (action: DeckAction, current: number) => slideAfter(action, current, 9);
  it('moves within the deck and stops at its ends', () => {
    expect(after({ type: 'next' }, 3)).toBe(4);
    expect(after({ type: 'next' }, 9)).toBe(9);
    expect(after({ type: 'prev' }, 1)).toBe(1);
    expect(after({ type: 'first' }, 5)).toBe(1);
    expect(after({ type: 'last' }, 5)).toBe(9);
    expect(after({ type: 'goto', slide: 3 }, 7)).toBe(3);
    expect(after({ type: 'goto', slide: 40 }, 7)).toBe(9);
  });
  it('moves back one slide from the middle of the deck, not to its start', () => {
    expect(after({ type: 'prev' }, 5)).toBe(4);
    expect(after({ type: 'prev' }, 2)).toBe(1);
    expect(after({ type: 'prev' }, 9)).toBe(8);
    expect(slideAfter({ type: 'prev' }, 3, 3)).toBe(2);
  });
  it('does not move for actions that are not moves', () => {
    expect(after({ type: 'blank' }, 3)).toBeNull();
    expect(after({ type: 'typed', typed: digits('3') }, 3)).toBeNull();
  });
});
