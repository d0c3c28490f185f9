import { LOCALES, isLocale } from '../i18n/i18n';
import { useT } from '../i18n/use-t';
import { useUiStore } from '../state/ui-store';

export function Header() {
  const { t } = useT();
  const locale = useUiStore((s) => s.locale);
  const setLocale = useUiStore((s) => s.setLocale);
  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto flex max-w-[1800px] flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2">
        <div className="flex items-baseline gap-3">
          <span className="text-lg font-bold text-accent">{t('app.title')}</span>
          <span className="hidden text-sm text-ink-muted md:inline">{t('app.subtitle')}</span>
        </div>
        <nav aria-label={t('nav.label')} className="flex gap-1">
          <a href="#main" aria-current="page" className="nav-link">
            {t('nav.overview')}
          </a>
        </nav>
        <label className="ml-auto flex items-center gap-2 text-sm">
          <span>{t('locale.label')}</span>
          <select
            className="rounded border border-line bg-surface px-2 py-1"
            value={locale}
            onChange={(e) => isLocale(e.target.value) && setLocale(e.target.value)}
          >
            {LOCALES.map((l) => (
              <option key={l} value={l}>
                {t(`locale.${l}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </header>
  );
}
