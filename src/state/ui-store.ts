import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/i18n';
import { loadLocale } from '../i18n/load-locale';

/** What the source panel shows: one datum (observation or event) of the current dataset. */
export type SourceTarget = { kind: 'observation' | 'event'; id: string; figure?: number };

type UiState = {
  locale: Locale;
  /** The language chosen whose catalogue is still loading (the switch shows it meanwhile). */
  pendingLocale: Locale | null;
  /** The language last chosen whose catalogue could not be loaded, said under the switch. */
  failedLocale: Locale | null;
  /** Switches to a language once its catalogue is loaded; the last one asked for wins. */
  setLocale: (locale: Locale) => Promise<void>;
  /** The language an embedded chart's URL asks for (`lang=`), shown instead of the reader's own choice
   *  and never kept: an embed must not change the dashboard's language for the reader. */
  pageLocale: Locale | null;
  sourceTarget: SourceTarget | null;
  openSource: (target: SourceTarget) => void;
  closeSource: () => void;
};

export const useUiStore = create<UiState>()(
  persist(
    (set, get) => ({
      locale: DEFAULT_LOCALE,
      pendingLocale: null,
      failedLocale: null,
      setLocale: async (locale) => {
        set({ pendingLocale: locale, failedLocale: null });
        // A slower catalogue arriving after a later choice does not undo it.
        const stillAsked = () => get().pendingLocale === locale;
        try {
          await loadLocale(locale);
          if (stillAsked()) set({ locale, pendingLocale: null });
        } catch {
          if (stillAsked()) set({ pendingLocale: null, failedLocale: locale });
        }
      },
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
