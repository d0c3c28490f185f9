/**
 * The presenter's own window: opened by name, so the name survives its reloads (it stays the presenter
 * view) and opening it again reuses the same window instead of stacking a second one.
 */
export const PRESENTER_WINDOW = 'jianfu-presenter';

export function isPresenterWindow(): boolean {
  return typeof window !== 'undefined' && window.name === PRESENTER_WINDOW;
}

/**
 * Opens (or reopens) the presenter window on this deck at its current slide. Null where the browser
 * blocked it: the caller says so and how to allow it.
 */
export function openPresenterWindow(): Window | null {
  const url = `${location.pathname}${location.search}`;
  const width = Math.min(1366, screen.availWidth);
  const height = Math.min(860, screen.availHeight);
  const opened = window.open(url, PRESENTER_WINDOW, `popup,width=${width},height=${height}`);
  opened?.focus();
  return opened;
}
