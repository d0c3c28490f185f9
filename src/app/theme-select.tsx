import { useRef, useSyncExternalStore } from 'react';
import { useT } from '../state/use-t';
import { chooseTheme, currentTheme, isThemeChoice, subscribeTheme, THEME_CHOICES } from '../state/theme';
import { useValueTypedEarly } from '../components/ui/use-value-typed-early';

/**
 * 跟随系统 / 浅色 / 深色 / 高对比度. The build draws it at 跟随系统; the theme itself was applied before
 * the first paint by public/before-paint.js, which also sets this menu to it until the app takes over.
 */
export function ThemeSelect() {
  const { t } = useT();
  const theme = useSyncExternalStore(subscribeTheme, currentTheme, () => 'system');
  const onTheme = (value: string) => isThemeChoice(value) && chooseTheme(value);
  // Chosen before the page was live: applied when the menu hydrates. The menu then shows the theme
  // before-paint.js applied (which React's hydration, drawing the build's 跟随系统, does not know), so the
  // reader's choice is what differs from that theme.
  const ref = useRef<HTMLSelectElement>(null);
  useValueTypedEarly(ref, currentTheme, onTheme);
  return (
    <label className="flex items-center gap-2 text-sm">
      <span>{t('theme.label')}</span>
      <select
        className="rounded border border-line bg-surface px-2 py-1"
        data-theme-select=""
        ref={ref}
        value={theme}
        onChange={(e) => onTheme(e.target.value)}
      >
        {THEME_CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {t(`theme.${choice}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
