import { parseFilters, serializeFilters } from './url-state';
import { filtersOf, useFiltersStore } from './url-state-store';
import { viewFromPath, viewHref, VIEW_FILES } from './views';

/** The URL for a view and filters, relative to the app's directory (works under any sub-path). */
export function locationFor(view: Parameters<typeof viewHref>[0], search: string): string {
  const dir = window.location.pathname.replace(/[^/]*$/, '');
  return `${dir}${view === 'overview' ? '' : VIEW_FILES[view]}${search}`;
}

/**
 * A plain left click, which the app follows itself (no reload); a modified or middle click is left to
 * the browser, so a link still opens in a new tab or window.
 */
export function isPlainClick(e: {
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  button: number;
}): boolean {
  return !(e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0);
}

/**
 * Keeps the store and the address bar in step: the URL is read on start and on back/forward; every
 * change of view or filters pushes a history entry, except typing in the search box or moving through
 * the deck, which replace the current one (so back does not walk through every keystroke or slide). Returns a function that stops it.
 */
export function startUrlSync(): () => void {
  const store = useFiltersStore;
  const read = () => {
    const view = viewFromPath(location.pathname);
    const filters = parseFilters(location.search);
    const state = store.getState();
    // Unchanged state stays the same objects: a page hydrating from it re-renders nothing.
    if (view !== state.view || serializeFilters(filters) !== serializeFilters(filtersOf(state)))
      state.applyLocation(view, filters);
  };
  read();
  // Normalise the address: junk parameters are dropped, defaults left out.
  const initial = locationFor(store.getState().view, serializeFilters(filtersOf(store.getState())));
  if (initial !== location.pathname + location.search)
    history.replaceState(null, '', initial + location.hash);

  let fromHistory = false;
  const onPop = () => {
    fromHistory = true;
    read();
    fromHistory = false;
  };
  window.addEventListener('popstate', onPop);

  const unsubscribe = store.subscribe((state, prev) => {
    if (fromHistory) return;
    const next = locationFor(state.view, serializeFilters(filtersOf(state)));
    if (next === location.pathname + location.search) return;
    // Typing in the search box or stepping through the deck replaces the entry instead of adding one.
    const without = (s: typeof state) => serializeFilters({ ...filtersOf(s), query: '', slide: null });
    const minor = state.view === prev.view && without(state) === without(prev);
    if (minor) history.replaceState(null, '', next);
    else history.pushState(null, '', next);
  });

  return () => {
    window.removeEventListener('popstate', onPop);
    unsubscribe();
  };
}
