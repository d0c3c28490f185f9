/** The tile map's shades, shared by the map and the palettes' contrast test. */
import type { TileStep } from './tile-map';

// Shades of the first series colour; the count is printed on every tile, so shade is never the only cue.
export const SHADE_MIX = [0, 16, 34, 56, 86];

export function shadeLevel(value: number | null, steps: readonly TileStep[]): number {
  if (value === null || value <= 0) return 0;
  const i = steps.findIndex((s) => value >= s.from && (s.to === null || value <= s.to));
  return i === -1 ? steps.length : i + 1;
}

/** A tile's background and text: level 0 (no value) is muted; the darkest step takes light text. */
export function shadeStyle(level: number) {
  if (level === 0) return { background: 'var(--surface-muted)', color: 'var(--ink-muted)' };
  const mix = SHADE_MIX[Math.min(level, SHADE_MIX.length - 1)];
  return {
    background: `color-mix(in srgb, var(--chart-1) ${mix}%, var(--surface))`,
    // The darkest step takes the surface colour as text (4.5:1 or more in every theme: palettes.test.ts).
    color: level >= SHADE_MIX.length - 1 ? 'var(--surface)' : 'var(--ink)',
  };
}
