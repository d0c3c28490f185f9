/** A tile's cell on the grid, 0-based. */
export type GridCell = { row: number; col: number };

const readingOrder = (a: GridCell, b: GridCell) => a.row - b.row || a.col - b.col;

/**
 * Where an arrow, Home or End key moves focus on a sparse tile grid; returns the index of the tile to
 * focus (the same index where there is nowhere to go) or null for any other key.
 *
 * Left and Right follow reading order, so they run off the end of a row into the next one and every tile
 * is reachable with them alone. Up and Down go to the nearest tile within a 45° cone above or below (the
 * same column first), so they never jump sideways across the map; Home and End go to the first and last
 * tile in reading order.
 */
export function tileFromKey(cells: readonly GridCell[], from: number, key: string): number | null {
  const current = cells[from];
  if (!current) return null;
  const order = cells.map((_, i) => i).sort((a, b) => readingOrder(cells[a]!, cells[b]!));
  const at = order.indexOf(from);
  switch (key) {
    case 'ArrowRight':
      return order[Math.min(at + 1, order.length - 1)]!;
    case 'ArrowLeft':
      return order[Math.max(at - 1, 0)]!;
    case 'Home':
      return order[0]!;
    case 'End':
      return order[order.length - 1]!;
    case 'ArrowUp':
    case 'ArrowDown': {
      const sign = key === 'ArrowUp' ? -1 : 1;
      let best = from;
      let bestKey: [number, number] | null = null;
      cells.forEach((cell, i) => {
        const dr = (cell.row - current.row) * sign;
        const dc = Math.abs(cell.col - current.col);
        if (dr <= 0 || dc > dr) return;
        if (!bestKey || dr < bestKey[0] || (dr === bestKey[0] && dc < bestKey[1])) {
          best = i;
          bestKey = [dr, dc];
        }
      });
      return best;
    }
    default:
      return null;
  }
}
