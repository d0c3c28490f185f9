// A vanilla store: the update banner reads it with React, registration needs none.
import { createStore } from 'zustand/vanilla';

type SwState = { updateReady: boolean; offlineReady: boolean; apply: (() => void) | null };

/** Service worker status: an update is only applied when the user asks for it. */
export const swStore = createStore<SwState>()(() => ({
  updateReady: false,
  offlineReady: false,
  apply: null,
}));

/**
 * Registers the service worker. Its one caller (start.tsx) runs it once the app has rendered, in idle
 * time, so it never competes with the first paint or hydration.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  void import('virtual:pwa-register').then(({ registerSW }) => {
    const updateSW = registerSW({
      onNeedRefresh: () => swStore.setState({ updateReady: true, apply: () => void updateSW(true) }),
      onOfflineReady: () => swStore.setState({ offlineReady: true }),
    });
  });
}
