import { parseUrlState, serializeUrlState } from './url-state';
import { urlStateOf, useUrlStateStore } from './url-state-store';
import { isEmbedView, viewFromPath, viewHref, VIEW_FILES } from './views';
import { useUiStore } from './ui-store';
import { DEFAULT_LOCALE, isLocale } from '../i18n/i18n';

/**
 * An embedded chart's own parameters, beside its filters: `lang=` (its language, zh-CN when absent) and
 * `theme=` (applied before first paint by public/before-paint.js). Kept in its address.
 */
export const EMBED_PARAMS = ['lang', 'theme'] as const;

function embedParams(search: string): string {
  const from = new URLSearchParams(search);
  const kept = new URLSearchParams();
  for (const key of EMBED_PARAMS) {
    const value = from.get(key);
    if (value) kept.set(key, value);
  }
  return kept.toString();
}

/** The query string of a view and its filters, with an embed page's own parameters kept. */
function searchFor(view: Parameters<typeof viewHref>[0], filters: string, current: string): string {
  const extra = isEmbedView(view) ? embedParams(current) : '';
  if (!extra) return filters;
  return filters ? `${filters}&${extra}` : `?${extra}`;
}

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
  const store = useUrlStateStore;
  const read = () => {
    const view = viewFromPath(location.pathname);
    const filters = parseUrlState(location.search);
    const state = store.getState();
    // Unchanged state stays the same objects: a page hydrating from it re-renders nothing.
    if (view !== state.view || serializeUrlState(filters) !== serializeUrlState(urlStateOf(state)))
      state.applyLocation(view, filters);
  };
  read();
  if (isEmbedView(store.getState().view)) {
    const lang = new URLSearchParams(location.search).get('lang');
    useUiStore.setState({ pageLocale: isLocale(lang) ? lang : DEFAULT_LOCALE });
  }
  // Normalise the address: junk parameters are dropped, defaults left out.
  const view = store.getState().view;
  const initial = locationFor(
    view,
    searchFor(view, serializeUrlState(urlStateOf(store.getState())), location.search),
  );
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
    const next = locationFor(
      state.view,
      searchFor(state.view, serializeUrlState(urlStateOf(state)), location.search),
    );
    if (next === location.pathname + location.search) return;
    // Typing in the search box or stepping through the deck replaces the entry instead of adding one.
    const without = (s: typeof state) => serializeUrlState({ ...urlStateOf(s), query: '', slide: null });
    const minor = state.view === prev.view && without(state) === without(prev);
    if (minor) history.replaceState(null, '', next);
    else history.pushState(null, '', next);
  });

  return () => {
    window.removeEventListener('popstate', onPop);
    unsubscribe();
  };
}
