import { useT } from '../state/use-t';
import { useStore } from 'zustand';
import { swStore } from './sw-update';

/** Offers a new version; the page reloads only when the user says so. */
export function UpdateBanner() {
  const { t } = useT();
  const { updateReady, apply } = useStore(swStore);
  if (!updateReady || !apply) return null;
  return (
    <div
      role="status"
      className="flex items-center justify-center gap-3 bg-accent px-4 py-1.5 text-sm text-on-accent print:hidden"
    >
      {t('sw.updateReady')}
      <button
        type="button"
        className="rounded bg-surface px-2 py-0.5 font-medium text-accent"
        onClick={apply}
      >
        {t('sw.update')}
      </button>
    </div>
  );
}
