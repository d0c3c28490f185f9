import type { MouseEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../state/use-t';
import { urlStateOf, useUrlStateStore } from '../../state/url-state-store';
import { serializeUrlState } from '../../state/url-state';
import { isPlainClick, locationFor } from '../../state/url-sync';
import type { View } from '../../state/views';

/**
 * A link names a dataset this browser does not hold: imported data never leaves the browser it was
 * imported in, so a share link opened elsewhere lands here, with the two ways on.
 */
export function MissingDataset() {
  const { t } = useT();
  const filters = useUrlStateStore(useShallow(urlStateOf));
  const setDataset = useUrlStateStore((s) => s.setDataset);
  const setSlide = useUrlStateStore((s) => s.setSlide);
  const setView = useUrlStateStore((s) => s.setView);
  // Both ways keep the province and year filters and drop the dataset the browser lacks.
  const search = serializeUrlState({ ...filters, dataset: null, slide: null });
  const follow = (view: View) => (e: MouseEvent) => {
    if (!isPlainClick(e)) return;
    e.preventDefault();
    setDataset(null);
    setSlide(null);
    setView(view);
  };
  return (
    <div
      role="alert"
      className="flex flex-col gap-3 rounded-lg border-2 border-warn bg-warn-soft p-4"
      data-testid="missing-dataset"
    >
      <h2 className="text-lg font-semibold">{t('present.missing.title')}</h2>
      <p>{t('present.missing.body', { id: filters.dataset ?? '' })}</p>
      <p className="flex flex-wrap gap-3">
        <a className="btn btn-primary" href={locationFor('import', search)} onClick={follow('import')}>
          {t('present.missing.import')}
        </a>
        <a className="btn" href={locationFor('present', search)} onClick={follow('present')}>
          {t('present.missing.published')}
        </a>
      </p>
    </div>
  );
}
