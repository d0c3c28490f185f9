import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/i18n';

/** What the source panel shows: one datum (observation or event) of the current dataset. */
export type SourceTarget = { kind: 'observation' | 'event'; id: string; figure?: number };

type UiState = {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  /** The language an embedded chart's URL asks for (`lang=`), shown instead of the reader's own choice
   *  and never kept: an embed must not change the dashboard's language for the reader. */
  pageLocale: Locale | null;
  sourceTarget: SourceTarget | null;
  openSource: (target: SourceTarget) => void;
  closeSource: () => void;
};

export const useUiStore = create<UiState>()(
  persist(
    (set) => ({
      locale: DEFAULT_LOCALE,
      setLocale: (locale) => set({ locale }),
      pageLocale: null,
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
