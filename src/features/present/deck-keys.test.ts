import { describe, expect, it } from 'vitest';
import { deckKeyAction, slideAfter, type DeckAction } from './deck-keys';

const act = (key: string, typed = '', shiftKey = false) => deckKeyAction({ key, shiftKey }, typed);

describe('deckKeyAction', () => {
  it.each(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter'])('%s goes to the next slide', (key) => {
    expect(act(key)).toEqual({ type: 'next' });
  });
  it.each(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'])('%s goes to the previous slide', (key) => {
    expect(act(key)).toEqual({ type: 'prev' });
  });
  it('Shift+Space goes back, as in a browser', () => {
    expect(act(' ', '', true)).toEqual({ type: 'prev' });
  });
  it('Home and End go to the ends', () => {
    expect(act('Home')).toEqual({ type: 'first' });
    expect(act('End')).toEqual({ type: 'last' });
  });
  it('digits build a slide number that Enter jumps to', () => {
    expect(act('1')).toEqual({ type: 'typed', digits: '1' });
    expect(act('2', '1')).toEqual({ type: 'typed', digits: '12' });
    expect(act('Enter', '12')).toEqual({ type: 'goto', slide: 12 });
    expect(act('Enter', '0')).toEqual({ type: 'typed', digits: '' });
    expect(act('9', '123')).toEqual({ type: 'typed', digits: '239' });
  });
  it('Backspace and Escape edit a typed number before they move or exit', () => {
    expect(act('Backspace', '12')).toEqual({ type: 'typed', digits: '1' });
    expect(act('Escape', '12')).toEqual({ type: 'typed', digits: '' });
    expect(act('Escape')).toEqual({ type: 'exit' });
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
    expect(after({ type: 'typed', digits: '3' }, 3)).toBeNull();
  });
});
