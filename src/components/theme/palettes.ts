/**
 * The dashboard's colours, one palette per theme: every UI token and chart colour the stylesheet sets as a
 * CSS variable (`--ink`, `--chart-1` …). `themes.css` is generated from this file (`npm run themes`), and
 * `palettes.test.ts` checks every pair a reader sees against WCAG contrast in every theme, so a colour
 * cannot be changed in one place and drift in the other.
 */

export const TOKENS = [
  // Page and text
  'ink',
  'ink-muted',
  'surface',
  'surface-muted',
  'page',
  'line',
  'accent',
  'on-accent',
  'good',
  'good-soft',
  'warn',
  'warn-soft',
  'focus',
  // The highlighted figure in a quote
  'mark',
  'mark-ink',
  // Chart series, marks and text
  'chart-1',
  'chart-2',
  // A fifth line colour (the statistics trend draws up to five areas)
  'chart-5',
  'chart-good',
  'chart-before',
  'chart-warn',
  'chart-mark',
  'chart-ink',
  'chart-axis',
  'chart-grid',
] as const;
export type Token = (typeof TOKENS)[number];
export type Palette = Readonly<Record<Token, string>>;

/** The themes a reader can choose (跟随系统 follows the system between light, dark and contrast). */
export const THEME_NAMES = ['light', 'dark', 'contrast'] as const;
export type ThemeName = (typeof THEME_NAMES)[number];

const light: Palette = {
  ink: '#111827',
  'ink-muted': '#4b5563',
  surface: '#ffffff',
  'surface-muted': '#f3f4f6',
  page: '#eef1f5',
  line: '#d1d5db',
  accent: '#b4232a',
  'on-accent': '#ffffff',
  good: '#046c4e',
  'good-soft': '#def7ec',
  warn: '#9a3412',
  'warn-soft': '#fff4e5',
  focus: '#2563eb',
  mark: '#fde68a',
  'mark-ink': '#111827',
  'chart-1': '#1d4ed8',
  'chart-2': '#0e7490',
  'chart-5': '#7c3aed',
  'chart-good': '#047857',
  // Mid grey at 3.6:1 on white: the "before" bar reads as a bar, not as a gap.
  'chart-before': '#7d8594',
  'chart-warn': '#c2410c',
  'chart-mark': '#111827',
  'chart-ink': '#111827',
  'chart-axis': '#4b5563',
  'chart-grid': '#e5e7eb',
};

const dark: Palette = {
  ink: '#edf0f5',
  'ink-muted': '#aab4c3',
  surface: '#161d29',
  'surface-muted': '#222b3a',
  page: '#0d121b',
  line: '#3b475a',
  accent: '#ff8080',
  'on-accent': '#1a0607',
  good: '#5ee29a',
  'good-soft': '#0f3324',
  warn: '#fdba74',
  'warn-soft': '#3a2410',
  focus: '#7fb2ff',
  mark: '#75591a',
  'mark-ink': '#ffffff',
  'chart-1': '#6ea4f7',
  'chart-2': '#5fd0e0',
  'chart-5': '#c4a5ff',
  'chart-good': '#4fd98b',
  'chart-before': '#8f9bb0',
  'chart-warn': '#ff9d5c',
  'chart-mark': '#f3f4f6',
  'chart-ink': '#e6eaf0',
  'chart-axis': '#b8c2d0',
  'chart-grid': '#2c3748',
};

/** Black ground, white text, bright series: for low vision and glare, and Windows' contrast settings. */
const contrast: Palette = {
  ink: '#ffffff',
  'ink-muted': '#e0e0e0',
  surface: '#000000',
  'surface-muted': '#1a1a1a',
  page: '#000000',
  line: '#ffffff',
  accent: '#ffd400',
  'on-accent': '#000000',
  good: '#5cff9d',
  'good-soft': '#00290f',
  warn: '#ffb347',
  'warn-soft': '#2e1a00',
  focus: '#00e5ff',
  mark: '#ffd400',
  'mark-ink': '#000000',
  'chart-1': '#66b3ff',
  'chart-2': '#ffd400',
  'chart-5': '#ff8cff',
  'chart-good': '#3dff8b',
  'chart-before': '#c0c0c0',
  'chart-warn': '#ff8c1a',
  'chart-mark': '#ffffff',
  'chart-ink': '#ffffff',
  'chart-axis': '#ffffff',
  'chart-grid': '#5c5c5c',
};

/**
 * On paper, whatever theme is on screen: white ground, black text, and series dark enough for a laser
 * printer that still differ in grey (blue, teal, green and orange of distinct lightness).
 */
const print: Palette = {
  ...light,
  ink: '#000000',
  'ink-muted': '#374151',
  page: '#ffffff',
  line: '#9ca3af',
  'chart-1': '#1e40af',
  'chart-2': '#0f766e',
  'chart-5': '#5b21b6',
  'chart-good': '#065f46',
  'chart-before': '#6b7280',
  'chart-warn': '#c2410c',
  'chart-mark': '#000000',
  'chart-ink': '#000000',
  'chart-axis': '#374151',
  'chart-grid': '#d1d5db',
};

export const PALETTES: Readonly<Record<ThemeName | 'print', Palette>> = { light, dark, contrast, print };

/** The CSS `color-scheme` of each theme: form controls and scrollbars follow it. */
const SCHEME: Record<ThemeName | 'print', 'light' | 'dark'> = {
  light: 'light',
  dark: 'dark',
  contrast: 'dark',
  print: 'light',
};

const block = (selector: string, name: ThemeName | 'print', indent = '') =>
  [
    `${indent}${selector} {`,
    `${indent}  color-scheme: ${SCHEME[name]};`,
    ...TOKENS.map((token) => `${indent}  --${token}: ${PALETTES[name][token]};`),
    `${indent}}`,
  ].join('\n');

/**
 * The stylesheet of the themes: light by default; the system's dark or more-contrast preference when the
 * reader has not chosen (no `data-theme` on <html>, so it works without JavaScript and paints right at
 * once); the reader's choice (`data-theme`, set before first paint by public/before-paint.js); paper last.
 */
export function themeCss(): string {
  const system = ':root:not([data-theme])';
  return `${[
    '/* Generated from palettes.ts by `npm run themes`: edit the palettes, not this file. */',
    block(':root', 'light'),
    `@media (prefers-color-scheme: dark) {\n${block(system, 'dark', '  ')}\n}`,
    `@media (prefers-contrast: more) {\n${block(system, 'contrast', '  ')}\n}`,
    ...THEME_NAMES.map((name) => block(`:root[data-theme='${name}']`, name)),
    `@media print {\n${block(`${system},\n  :root[data-theme]`, 'print', '  ')}\n}`,
  ].join('\n\n')}\n`;
}
