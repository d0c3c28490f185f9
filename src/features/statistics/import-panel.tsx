import { useRef, useState, type DragEvent } from 'react';
import { downloadCsv } from '../../data/csv';
import { downloadBlob } from '../../data/download';
import { useT } from '../../state/use-t';
import { formatNumber } from '../../i18n/format';
import { COUNT_KEYS } from '../../data/stats-columns';
import { formatLines, formatProblem, formatProblemCount } from './problems';
import { columnLabel } from '../../figures/column-label';
import { templateJson, templateRows } from './templates';
import { MAX_IMPORT_BYTES } from './decode';
import type { ImportState } from './use-import';
import { provinceName } from '../../figures/stats-drill';
import { yearSpan } from '../../figures/stats-view';

type Props = {
  state: ImportState;
  /** A file to read; `sheet` when the user chose one of a workbook's data sheets. */
  onFile: (file: File, sheet?: string) => void;
  onAccept: () => void;
  onCancel: () => void;
  onSample: () => void;
  /** The loaded dataset an accepted file will replace, if the user chose to replace one. */
  replacing: string | null;
};

/** Choose or drop a file, see its problems or a preview, and accept it. */
export function ImportPanel({ state, onFile, onAccept, onCancel, onSample, replacing }: Props) {
  const { t, locale } = useT();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) onFile(file);
  };
  return (
    <section
      aria-labelledby="import-load-title"
      className="flex flex-col gap-3 rounded-lg border border-line bg-surface p-4"
    >
      <h2 id="import-load-title" className="text-base font-semibold">
        {replacing ? t('import.ui.replaceTitle', { name: replacing }) : t('import.ui.loadTitle')}
      </h2>
      <div
        className={`flex flex-col items-center gap-2 rounded-lg border-2 border-dashed p-6 text-center ${
          dragging ? 'border-accent bg-surface-muted' : 'border-line'
        }`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="drop-zone"
      >
        <p>{t('import.ui.dropHint')}</p>
        <label className="btn cursor-pointer">
          {t('import.ui.chooseFile')}
          <input
            ref={input}
            type="file"
            accept=".xlsx,.xlsm,.csv,.json,.txt,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="sr-only"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) onFile(file);
              e.target.value = '';
            }}
          />
        </label>
        <p className="text-xs text-ink-muted">
          {t('import.ui.formats', { limit: formatNumber(MAX_IMPORT_BYTES / 1024 / 1024, locale) })}
        </p>
      </div>
      <div className="flex flex-wrap gap-2 text-sm">
        <button
          type="button"
          className="btn"
          onClick={() => downloadCsv('jianfu-template.csv', templateRows())}
        >
          {t('import.ui.templateCsv')}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() =>
            downloadBlob('jianfu-template.json', new Blob([templateJson()], { type: 'application/json' }))
          }
        >
          {t('import.ui.templateJson')}
        </button>
        <button type="button" className="btn" onClick={onSample}>
          {t('import.ui.loadSample')}
        </button>
      </div>
      {state.phase === 'reading' ? (
        <div role="status" className="flex flex-col gap-1">
          <span>{t('import.ui.reading', { file: state.fileName })}</span>
          <progress
            className="w-full"
            max={state.total || undefined}
            value={state.total ? state.done : undefined}
            aria-label={t('import.ui.progress')}
          />
          <button type="button" className="btn self-start" onClick={onCancel}>
            {t('import.ui.cancel')}
          </button>
        </div>
      ) : null}
      {state.phase === 'rejected' ? (
        <div
          role="alert"
          className="flex flex-col gap-2 rounded border-2 border-warn bg-warn-soft p-3"
          data-testid="import-problems"
        >
          <p className="font-semibold">{t('import.ui.rejected', { file: state.fileName })}</p>
          <p className="text-sm">
            {formatProblemCount(state.result.problems.length, state.result.totalProblems, t)}
          </p>
          <ol className="max-h-72 list-decimal overflow-auto pl-6 text-sm">
            {state.result.problems.map((p, i) => (
              <li key={i}>{formatProblem(p, t, locale)}</li>
            ))}
          </ol>
          {state.result.sheets && state.file ? (
            <div role="group" aria-label={t('import.ui.chooseSheet')} className="flex flex-wrap gap-2">
              {state.result.sheets.map((sheet) => (
                <button
                  key={sheet}
                  type="button"
                  className="btn"
                  onClick={() => state.file && onFile(state.file, sheet)}
                >
                  {t('import.ui.readSheet', { sheet })}
                </button>
              ))}
            </div>
          ) : (
            <p className="text-sm text-ink-muted">{t('import.ui.nothingChanged')}</p>
          )}
        </div>
      ) : null}
      {state.phase === 'preview' ? (
        <div
          className="flex flex-col gap-2 rounded border border-line bg-surface-muted p-3"
          data-testid="import-preview"
        >
          <p className="font-semibold">{t('import.ui.previewTitle', { file: state.fileName })}</p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-ink-muted">{t('import.ui.rows')}</dt>
            <dd>{state.result.summary.rowCount}</dd>
            <dt className="text-ink-muted">{t('import.ui.places')}</dt>
            <dd>{state.result.summary.places}</dd>
            <dt className="text-ink-muted">{t('import.ui.provinces')}</dt>
            <dd>
              {state.result.summary.provinces.map((c) => provinceName(c, locale)).join(t('text.listJoin'))}
            </dd>
            <dt className="text-ink-muted">{t('import.ui.years')}</dt>
            <dd>{yearSpan(state.result.summary.years)}</dd>
            {state.result.summary.sheet !== undefined ? (
              <>
                <dt className="text-ink-muted">{t('import.ui.sheet')}</dt>
                <dd>{state.result.summary.sheet}</dd>
              </>
            ) : null}
            {state.result.summary.encoding ? (
              <>
                <dt className="text-ink-muted">{t('import.ui.encoding')}</dt>
                <dd>{t(`import.encoding.${state.result.summary.encoding}`)}</dd>
              </>
            ) : null}
            {state.result.summary.invisibleRemoved ? (
              <>
                <dt className="text-ink-muted">{t('import.ui.invisible')}</dt>
                <dd data-testid="invisible-removed">
                  {t('import.ui.invisibleRemoved', {
                    count: state.result.summary.invisibleRemoved.count,
                    lines: formatLines(state.result.summary.invisibleRemoved.lines, t),
                  })}
                </dd>
              </>
            ) : null}
            {COUNT_KEYS.filter((k) => state.result.summary.totals[k] !== null).map((k) => (
              <div key={k} className="contents">
                <dt className="text-ink-muted">{columnLabel(k, t, locale)}</dt>
                <dd className="tabular-nums">{formatNumber(state.result.summary.totals[k]!, locale)}</dd>
              </div>
            ))}
          </dl>
          <div className="flex gap-2">
            <button type="button" className="btn border-accent font-semibold" onClick={onAccept}>
              {replacing ? t('import.ui.acceptReplace') : t('import.ui.accept')}
            </button>
            <button type="button" className="btn" onClick={onCancel}>
              {t('import.ui.cancel')}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
