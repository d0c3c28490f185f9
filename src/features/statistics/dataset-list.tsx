import { useRef, useState } from 'react';
import { useT } from '../../state/use-t';
import { formatDate } from '../../i18n/format';
import type { StatsDataset } from '../../data/stats-schema';
import { exportBackup } from './backup';
import { downloadBlob } from '../../data/download';
import { useDatasetsStore } from '../../state/stats-store';

type Props = {
  activeId: string | null;
  onShow: (id: string | null) => void;
  onReplace: (dataset: StatsDataset) => void;
};

function saveBackup(ds: StatsDataset): void {
  downloadBlob(`${ds.name}.backup.json`, new Blob([exportBackup(ds)], { type: 'application/json' }));
}

/** The datasets loaded in this browser, each to show, replace, back up or delete. */
export function DatasetList({ activeId, onShow, onReplace }: Props) {
  const { t, locale } = useT();
  const { datasets, undo, undoLast, remove, storage, storageProblem } = useDatasetsStore();
  const confirm = useRef<HTMLDialogElement>(null);
  const [pending, setPending] = useState<StatsDataset | null>(null);

  const askDelete = (ds: StatsDataset) => {
    setPending(ds);
    confirm.current?.showModal();
  };

  return (
    <section
      aria-labelledby="datasets-title"
      className="flex flex-col gap-3 rounded-lg border border-line bg-surface p-4"
    >
      <div className="flex flex-wrap items-baseline gap-x-3">
        <h2 id="datasets-title" className="text-base font-semibold">
          {t('import.ui.importedTitle')}
        </h2>
        <p className="text-sm text-ink-muted">{t('import.ui.importedNote')}</p>
      </div>
      {datasets.length === 0 ? <p className="text-sm text-ink-muted">{t('import.ui.noImported')}</p> : null}
      {storage === 'session' ? (
        <p role="alert" className="rounded border border-warn bg-warn-soft p-2 text-sm">
          {t('import.ui.sessionOnly')}
        </p>
      ) : null}
      {storageProblem?.kind === 'quota' ? (
        <p role="alert" className="rounded border border-warn bg-warn-soft p-2 text-sm">
          {t('import.ui.quota')}
        </p>
      ) : null}
      {undo ? (
        <div role="status" className="flex items-center gap-3 rounded bg-surface-muted p-2 text-sm">
          <span>
            {t(`import.ui.undo.${undo.kind}`, {
              name: undo.kind === 'replaced' ? undo.previous.name : undo.dataset.name,
            })}
          </span>
          <button type="button" className="btn" onClick={() => void undoLast()}>
            {t('import.ui.undo')}
          </button>
        </div>
      ) : null}
      <ul className="flex flex-col divide-y divide-line text-sm" aria-label={t('import.ui.datasetsTitle')}>
        {datasets.map((ds) => (
          <li
            key={ds.id}
            className="flex flex-wrap items-center gap-x-4 gap-y-1 py-2"
            data-testid="dataset-item"
          >
            <span className="font-medium">{ds.name}</span>
            <span className="rounded border border-line px-1.5 text-xs font-semibold text-ink-muted">
              {t('import.ui.importedBadge')}
            </span>
            {ds.synthetic ? (
              <span className="rounded bg-warn-soft px-1.5 text-xs font-semibold text-warn">
                {t('synthetic.banner')}
              </span>
            ) : null}
            <span className="text-ink-muted">
              {t('import.ui.datasetMeta', {
                rows: ds.rows.length,
                date: formatDate(ds.loadedAt.slice(0, 10), locale),
                file: ds.fileName,
              })}
            </span>
            <span className="ml-auto flex flex-wrap gap-1">
              <button
                type="button"
                className="btn"
                aria-pressed={activeId === ds.id}
                onClick={() => onShow(ds.id)}
              >
                {t('import.ui.show')}
              </button>
              <button type="button" className="btn" onClick={() => onReplace(ds)}>
                {t('import.ui.replace')}
              </button>
              <button type="button" className="btn" onClick={() => saveBackup(ds)}>
                {t('import.ui.backup')}
              </button>
              <button type="button" className="btn" onClick={() => askDelete(ds)}>
                {t('import.ui.delete')}
              </button>
            </span>
          </li>
        ))}
      </ul>
      <dialog
        ref={confirm}
        aria-labelledby="confirm-delete-title"
        className="m-auto rounded-lg border border-line bg-surface p-6 text-ink shadow-2xl backdrop:bg-black/50"
        onClose={() => setPending(null)}
      >
        <h3 id="confirm-delete-title" className="font-semibold">
          {t('import.ui.confirmDelete', { name: pending?.name ?? '' })}
        </h3>
        <p className="mt-1 text-sm text-ink-muted">{t('import.ui.confirmDeleteNote')}</p>
        <form method="dialog" className="mt-4 flex justify-end gap-2">
          <button type="submit" className="btn" autoFocus>
            {t('import.ui.cancel')}
          </button>
          <button
            type="button"
            className="btn border-warn font-semibold text-warn"
            onClick={() => {
              if (pending) {
                void remove(pending.id);
                if (activeId === pending.id) onShow(null);
              }
              confirm.current?.close();
            }}
          >
            {t('import.ui.delete')}
          </button>
        </form>
      </dialog>
    </section>
  );
}
