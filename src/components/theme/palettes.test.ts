import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SHADE_MIX } from '../charts/tile-shades';
import { contrastRatio, mixSrgb } from './contrast';
import { PALETTES, themeCss, type Palette, type Token } from './palettes';

/** Series, marks and badge borders: non-text graphics, 3:1 against what they are drawn on (WCAG 1.4.11). */
const GRAPHICS: [Token, Token][] = [
  ['chart-1', 'surface'],
  ['chart-2', 'surface'],
  ['chart-5', 'surface'],
  ['chart-good', 'surface'],
  ['chart-before', 'surface'],
  ['chart-warn', 'surface'],
  ['chart-mark', 'surface'],
  ['accent', 'surface'],
  ['focus', 'surface'],
  ['focus', 'page'],
];

/** Text on its background, 4.5:1 (WCAG 1.4.3): chart labels, the values printed inside bars, the UI. */
const TEXT: [Token, Token][] = [
  ['chart-ink', 'surface'],
  ['chart-axis', 'surface'],
  ['chart-mark', 'surface'],
  // The bullet chart prints a share inside the end of its bar in the surface colour.
  ['surface', 'chart-1'],
  ['surface', 'chart-warn'],
  ['ink', 'surface'],
  ['ink', 'surface-muted'],
  ['ink', 'page'],
  ['ink-muted', 'surface'],
  ['ink-muted', 'surface-muted'],
  ['ink-muted', 'page'],
  ['accent', 'surface'],
  ['on-accent', 'accent'],
  ['good', 'surface'],
  ['good', 'good-soft'],
  ['warn', 'surface'],
  ['warn', 'warn-soft'],
  ['mark-ink', 'mark'],
];

/** The tile map's shades (tile-shades.ts): each tile's text on its own shade of the first series colour. */
function tilePairs(p: Palette): { label: string; ratio: number }[] {
  return SHADE_MIX.map((mix, level) => {
    const { background, color } =
      level === 0
        ? { background: p['surface-muted'], color: p['ink-muted'] }
        : {
            background: mixSrgb(p['chart-1'], p.surface, mix / 100),
            color: level === SHADE_MIX.length - 1 ? p.surface : p.ink,
          };
    return { label: `tile level ${level}`, ratio: contrastRatio(color, background) };
  });
}

describe.each(Object.entries(PALETTES))('the %s theme', (_name, palette) => {
  it.each(GRAPHICS)('draws %s on %s at 3:1 or more', (fg, bg) => {
    expect(contrastRatio(palette[fg], palette[bg])).toBeGreaterThanOrEqual(3);
  });
  it.each(TEXT)('writes %s on %s at 4.5:1 or more', (fg, bg) => {
    expect(contrastRatio(palette[fg], palette[bg])).toBeGreaterThanOrEqual(4.5);
  });
  it('labels every tile of the map at 4.5:1 or more', () => {
    for (const { label, ratio } of tilePairs(palette)) expect(ratio, label).toBeGreaterThanOrEqual(4.5);
  });
});

describe('contrastRatio', () => {
  it('gives the WCAG figures for known pairs', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    // #767676 on white is the classic 4.54:1 grey.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#fff', '#9ca3af')).toBeLessThan(3);
  });
  it('mixes as CSS color-mix(in srgb) does', () => {
    expect(mixSrgb('#000000', '#ffffff', 0.5)).toBe('#808080');
    expect(mixSrgb('#1d4ed8', '#ffffff', 1)).toBe('#1d4ed8');
  });
});

it('themes.css is the stylesheet the palettes generate (UPDATE_THEMES=1 rewrites it)', () => {
  const file = fileURLToPath(new URL('./themes.css', import.meta.url));
  if (process.env.UPDATE_THEMES) writeFileSync(file, themeCss());
  expect(readFileSync(file, 'utf8')).toBe(themeCss());
});
