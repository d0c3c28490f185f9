import { describe, expect, it } from 'vitest';
import { tileFromKey, type GridCell } from './tile-nav';

// A sparse grid:   . A . B
//                  C . D .
//                  . . . E
const cells: GridCell[] = [
  { row: 0, col: 1 }, // 0 A
  { row: 0, col: 3 }, // 1 B
  { row: 1, col: 0 }, // 2 C
  { row: 1, col: 2 }, // 3 D
  { row: 2, col: 3 }, // 4 E
];

describe('tileFromKey', () => {
  it('moves left and right in reading order, across row ends, and stops at the ends', () => {
    expect(tileFromKey(cells, 0, 'ArrowRight')).toBe(1);
    expect(tileFromKey(cells, 1, 'ArrowRight')).toBe(2);
    expect(tileFromKey(cells, 2, 'ArrowLeft')).toBe(1);
    expect(tileFromKey(cells, 0, 'ArrowLeft')).toBe(0);
    expect(tileFromKey(cells, 4, 'ArrowRight')).toBe(4);
  });
  it('moves up and down to the nearest tile within a 45° cone, and stays where there is none', () => {
    expect(tileFromKey(cells, 3, 'ArrowUp')).toBe(0); // D → A (one up, one left; B is a tie, A first)
    expect(tileFromKey(cells, 3, 'ArrowDown')).toBe(4);
    expect(tileFromKey(cells, 4, 'ArrowUp')).toBe(3); // E → D, nearer row than B
    expect(tileFromKey(cells, 2, 'ArrowDown')).toBe(2); // nothing below C within the cone
    expect(tileFromKey(cells, 0, 'ArrowUp')).toBe(0);
  });
  it('prefers the same column at the same distance', () => {
    const grid: GridCell[] = [
      { row: 0, col: 0 },
      { row: 0, col: 1 },
      { row: 1, col: 1 },
    ];
    expect(tileFromKey(grid, 2, 'ArrowUp')).toBe(1);
  });
  it('goes to the first and last tile with Home and End', () => {
    expect(tileFromKey(cells, 3, 'Home')).toBe(0);
    expect(tileFromKey(cells, 0, 'End')).toBe(4);
  });
  it('ignores other keys', () => {
    expect(tileFromKey(cells, 0, 'Enter')).toBeNull();
    expect(tileFromKey(cells, 0, 'a')).toBeNull();
  });
});
