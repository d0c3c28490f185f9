import { useMemo } from 'react';
import { useUiStore } from './ui-store';
import { translator, type Locale, type Translate } from '../i18n/i18n';

/** The current locale and its translator; components read UI text only through this. */
export function useT(): { t: Translate; locale: Locale } {
  const locale = useUiStore((s) => s.pageLocale ?? s.locale);
  const t = useMemo(() => translator(locale), [locale]);
  return { t, locale };
}
