import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/i18n';

/** What the source panel shows: one datum (observation or event) of the current dataset. */
export type SourceTarget = { kind: 'observation' | 'event'; id: string; figure?: number };

type UiState = {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  sourceTarget: SourceTarget | null;
  openSource: (target: SourceTarget) => void;
  closeSource: () => void;
};

export const useUiStore = create<UiState>()(
  persist(
    (set) => ({
      locale: DEFAULT_LOCALE,
      setLocale: (locale) => set({ locale }),
      sourceTarget: null,
      openSource: (sourceTarget) => set({ sourceTarget }),
      closeSource: () => set({ sourceTarget: null }),
    }),
    {
      name: 'jianfu.ui',
      version: 1,
      // Only the language choice persists; an open dialog does not survive a reload.
      partialize: (s) => ({ locale: s.locale }),
      merge: (persisted, current) => {
        const locale = (persisted as { locale?: unknown } | undefined)?.locale;
        return { ...current, locale: isLocale(locale) ? locale : current.locale };
      },
    },
  ),
);
