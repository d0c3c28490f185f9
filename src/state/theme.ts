/**
 * The reader's colour theme: 跟随系统 (no choice: the stylesheet follows prefers-color-scheme and
 * prefers-contrast), or a chosen light, dark or high-contrast theme, kept in localStorage and applied as
 * `data-theme` on <html>. public/before-paint.js applies the same choice before the first paint (the page's CSP
 * allows no inline script), reading the same key and values: keep the two in step.
 */
export const THEME_CHOICES = ['system', 'light', 'dark', 'contrast'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/** localStorage key of the choice, a plain string ("dark"); absent for 跟随系统. */
export const THEME_STORAGE_KEY = 'jianfu.theme';

export const isThemeChoice = (value: unknown): value is ThemeChoice =>
  typeof value === 'string' && (THEME_CHOICES as readonly string[]).includes(value);

/** The theme the page shows: the attribute public/before-paint.js set (a URL's `theme=` or the stored choice). */
export function currentTheme(): ThemeChoice {
  const applied = document.documentElement.dataset.theme;
  return isThemeChoice(applied) ? applied : 'system';
}

const listeners = new Set<() => void>();

/**
 * Calls `listener` whenever the theme shown changes: chosen here or in another tab (which applies here
 * too). For useSyncExternalStore, with `currentTheme` as its snapshot.
 */
export function subscribeTheme(listener: () => void): () => void {
  const onStorage = (e: StorageEvent) => {
    if (e.key !== THEME_STORAGE_KEY) return;
    applyTheme(isThemeChoice(e.newValue) ? e.newValue : 'system');
  };
  if (listeners.size === 0) window.addEventListener('storage', onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}

/** Shows `theme` now and keeps it for the next visit; 跟随系统 removes the choice. */
export function chooseTheme(theme: ThemeChoice): void {
  applyTheme(theme);
  try {
    if (theme === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Storage refused (private mode, policy): the choice holds for this page only.
  }
}

/** Shows `theme` on this page only (an embedded chart's `theme=`), without keeping it. */
export function applyTheme(theme: ThemeChoice): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
  for (const listener of listeners) listener();
}
