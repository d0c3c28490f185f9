import { useEffect, useState } from 'react';
import { useT } from '../../state/use-t';
import { useFiltersStore } from '../../state/url-state-store';
import { useDatasetsStore } from '../../state/stats-store';
import { createDataset } from '../../data/stats-schema';
import { sampleDataset } from './sample';
import type { StatsDataset } from '../../data/stats-schema';
import { useImport } from './use-import';
import { ImportPanel } from './import-panel';
import { DatasetList } from './dataset-list';
import { StatsDashboard } from './stats-dashboard';

/**
 * Staff load their own statistics: everything happens in this browser tab and its storage; no
 * request carries the data anywhere. It does not need the published dataset (data/dataset.json), so it works
 * when that file fails to load.
 */
export default function ImportPage() {
  const { t, locale } = useT();
  const { datasets, ready, init, put } = useDatasetsStore();
  const activeId = useFiltersStore((s) => s.dataset);
  const setDataset = useFiltersStore((s) => s.setDataset);
  const { state, read, cancel, reset } = useImport();
  const [replacing, setReplacing] = useState<StatsDataset | null>(null);

  useEffect(() => {
    if (!ready) void init();
  }, [ready, init]);

  const accept = async () => {
    if (state.phase !== 'preview') return;
    const base = state.result.backup ?? createDataset({ rows: state.result.rows, fileName: state.fileName });
    const dataset = replacing
      ? { ...base, id: replacing.id, name: state.result.backup ? base.name : replacing.name }
      : base;
    if (await put(dataset)) {
      setDataset(dataset.id);
      setReplacing(null);
      reset();
    }
  };

  const loadSample = async () => {
    const sample = sampleDataset(locale);
    if (await put(sample)) setDataset(sample.id);
  };

  const active = datasets.find((d) => d.id === activeId) ?? null;

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-baseline gap-x-4">
        <h1 className="text-xl font-bold">{t('import.ui.title')}</h1>
        <p className="text-sm text-ink-muted">{t('import.ui.intro')}</p>
      </div>
      <div className="grid gap-4 xl:grid-cols-2">
        <ImportPanel
          state={state}
          onFile={(file, sheet) => void read(file, sheet)}
          onAccept={() => void accept()}
          onCancel={() => {
            cancel();
            setReplacing(null);
          }}
          onSample={() => void loadSample()}
          replacing={replacing?.name ?? null}
        />
        <DatasetList
          activeId={activeId}
          onShow={setDataset}
          onReplace={(ds) => {
            setReplacing(ds);
            reset();
          }}
        />
      </div>
      {active ? (
        <StatsDashboard dataset={active} onRename={(name) => void put({ ...active, name })} />
      ) : ready && activeId ? (
        <p role="alert" className="rounded border border-warn bg-warn-soft p-3">
          {t('import.ui.missingDataset')}
        </p>
      ) : null}
    </div>
  );
}
