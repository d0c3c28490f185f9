import { useEffect, useState } from 'react';
import { useT } from '../../state/use-t';
import { useUrlStateStore } from '../../state/url-state-store';
import { useDatasetsStore } from '../../state/stats-store';
import { createStatsDataset } from '../../data/stats-schema';
import { sampleDataset } from './sample';
import type { StatsDataset } from '../../data/stats-schema';
import { useImport } from './use-import';
import { ImportPanel } from './import-panel';
import { DatasetList } from './dataset-list';
import { StatsDashboard } from './stats-dashboard';
import { PublishedList } from './published-list';
import { PublishedView } from './published-view';
import { usePublishedStats } from '../../state/published-stats';

/**
 * The statistics view: the datasets published with the site, which every reader sees, and the ones staff
 * load in this browser (everything happens in this tab and its storage; no request carries them anywhere),
 * listed together and shown in the same charts. It does not need the articles' dataset (data/dataset.json),
 * so it works when that file fails to load.
 */
export default function ImportPage() {
  const { t, locale } = useT();
  const { datasets, ready, init, put } = useDatasetsStore();
  const activeId = useUrlStateStore((s) => s.dataset);
  const setDataset = useUrlStateStore((s) => s.setDataset);
  const provinces = useUrlStateStore((s) => s.provinces);
  const { state, read, cancel, reset } = useImport();
  const [replacing, setReplacing] = useState<StatsDataset | null>(null);

  useEffect(() => {
    if (!ready) void init();
  }, [ready, init]);

  const accept = async () => {
    if (state.phase !== 'preview') return;
    const base =
      state.result.backup ?? createStatsDataset({ rows: state.result.rows, fileName: state.fileName });
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
  // A published dataset unless this browser imported one with the id (imported ids are random UUIDs).
  const published = usePublishedStats(active ? null : activeId, provinces, locale);

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-baseline gap-x-4">
        <h1 className="text-xl font-bold">{t('import.ui.title')}</h1>
        <p className="text-sm text-ink-muted">{t('import.ui.intro')}</p>
      </div>
      <div className="grid gap-4 xl:grid-cols-2">
        <div className="flex flex-col gap-4">
          <PublishedList activeId={activeId} onShow={setDataset} />
          <DatasetList
            activeId={activeId}
            onShow={setDataset}
            onReplace={(ds) => {
              setReplacing(ds);
              reset();
            }}
          />
        </div>
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
      </div>
      {active ? (
        <StatsDashboard dataset={active} onRename={(name) => void put({ ...active, name })} />
      ) : published.status !== 'absent' && published.status !== 'catalogue-failed' ? (
        <PublishedView published={published} />
      ) : ready && activeId && (published.status === 'absent' || published.status === 'catalogue-failed') ? (
        <p role="alert" className="rounded border border-warn bg-warn-soft p-3" data-testid="missing-dataset">
          {t('import.ui.publishedMissing', { id: activeId })}
        </p>
      ) : null}
    </div>
  );
}
