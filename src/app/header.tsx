import { useRef, type MouseEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { LOCALES, isLocale, type MessageKey } from '../i18n/i18n';
import { useT } from '../state/use-t';
import { useUiStore } from '../state/ui-store';
import { useUrlStateStore, urlStateOf } from '../state/url-state-store';
import { serializeUrlState } from '../state/url-state';
import { NAV_VIEWS, type View } from '../state/views';
import { isPlainClick, locationFor } from '../state/url-sync';
import { useValueTypedEarly } from '../components/ui/use-value-typed-early';
import { ThemeSelect } from './theme-select';

const NAV_KEYS: Record<(typeof NAV_VIEWS)[number], MessageKey> = {
  overview: 'nav.overview',
  cases: 'nav.cases',
  timeline: 'nav.timeline',
  data: 'nav.data',
  import: 'nav.import',
  present: 'nav.present',
};

export function Header() {
  const { t } = useT();
  const locale = useUiStore((s) => s.locale);
  // The switch shows the language chosen while its catalogue loads (the page changes once it is here);
  // if it cannot be loaded, the switch goes back to the language shown and says why.
  const pendingLocale = useUiStore((s) => s.pendingLocale);
  const failedLocale = useUiStore((s) => s.failedLocale);
  const setLocale = useUiStore((s) => s.setLocale);
  const view = useUrlStateStore((s) => s.view);
  const setView = useUrlStateStore((s) => s.setView);
  const search = serializeUrlState(useUrlStateStore(useShallow(urlStateOf)));

  const onLocale = (value: string) => isLocale(value) && void setLocale(value);
  // Chosen before the page was live: applied when the switch hydrates.
  const localeRef = useRef<HTMLSelectElement>(null);
  useValueTypedEarly(localeRef, locale, onLocale);

  // Links are real URLs (open in a new tab, copy); a plain click switches view without a reload.
  const go = (target: View) => (e: MouseEvent) => {
    if (!isPlainClick(e)) return;
    e.preventDefault();
    setView(target);
  };

  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto flex max-w-[1800px] flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2">
        <div className="flex items-baseline gap-3">
          <span className="text-lg font-bold text-accent">{t('app.title')}</span>
          <span className="hidden text-sm text-ink-muted xl:inline">{t('app.subtitle')}</span>
        </div>
        <nav aria-label={t('nav.label')}>
          <ul className="flex flex-wrap gap-1">
            {NAV_VIEWS.map((v) => (
              <li key={v}>
                <a
                  href={locationFor(v, search)}
                  aria-current={v === view ? 'page' : undefined}
                  className="nav-link"
                  onClick={go(v)}
                >
                  {t(NAV_KEYS[v])}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto flex flex-wrap items-center gap-x-4 gap-y-2">
          <ThemeSelect />
          <label className="flex items-center gap-2 text-sm">
            <span>{t('locale.label')}</span>
            <select
              className="rounded border border-line bg-surface px-2 py-1"
              ref={localeRef}
              value={pendingLocale ?? locale}
              onChange={(e) => onLocale(e.target.value)}
            >
              {LOCALES.map((l) => (
                <option key={l} value={l}>
                  {t(`locale.${l}`)}
                </option>
              ))}
            </select>
          </label>
          {failedLocale ? (
            <p role="alert" className="basis-full rounded border border-warn bg-warn-soft px-2 py-1 text-sm">
              {t('locale.loadFailed', { language: t(`locale.${failedLocale}`) })}
            </p>
          ) : null}
        </div>
      </div>
    </header>
  );
}
