import { create } from 'zustand';
import type { StatsDataset } from '../data/stats-schema';
import {
  indexedDbRepository,
  StorageError,
  type StatsRepository,
  type StorageFailure,
} from '../data/stats-repository';

/** The last change that can be taken back, held in memory for the session. */
export type UndoEntry =
  | { kind: 'added'; dataset: StatsDataset }
  | { kind: 'replaced'; previous: StatsDataset; next: StatsDataset }
  | { kind: 'deleted'; dataset: StatsDataset };

type DatasetsState = {
  datasets: StatsDataset[];
  ready: boolean;
  /** 'session' where the browser would not store: data stays usable until the tab closes. */
  storage: 'persistent' | 'session';
  storageProblem: StorageFailure | null;
  undo: UndoEntry | null;
  init: (repository?: StatsRepository) => Promise<void>;
  /** Adds a dataset, or replaces the one with the same id; resolves false if nothing changed. */
  put: (dataset: StatsDataset) => Promise<boolean>;
  remove: (id: string) => Promise<boolean>;
  undoLast: () => Promise<boolean>;
};

let repository: StatsRepository = indexedDbRepository();

/**
 * Loaded datasets: the state changes only after the browser has stored the change, so a failed write
 * (a full disk) leaves both the stored and the shown data as they were. Where storage is refused
 * altogether, datasets are kept for the session and the user is told.
 */
export const useDatasetsStore = create<DatasetsState>()((set, get) => {
  async function write(op: () => Promise<void>): Promise<boolean> {
    try {
      await op();
      return true;
    } catch (e) {
      const failure =
        e instanceof StorageError ? e.failure : { kind: 'unavailable' as const, detail: String(e) };
      if (failure.kind === 'quota') {
        set({ storageProblem: failure });
        return false;
      }
      // Storage refused: keep going for this session without it.
      set({ storage: 'session', storageProblem: failure });
      return true;
    }
  }

  return {
    datasets: [],
    ready: false,
    storage: 'persistent',
    storageProblem: null,
    undo: null,
    init: async (repo) => {
      if (repo) repository = repo;
      try {
        set({ datasets: await repository.loadAll(), ready: true });
      } catch (e) {
        const failure =
          e instanceof StorageError ? e.failure : { kind: 'unavailable' as const, detail: String(e) };
        set({ ready: true, storage: 'session', storageProblem: failure });
      }
    },
    put: async (dataset) => {
      const previous = get().datasets.find((d) => d.id === dataset.id);
      const ok = await write(() =>
        get().storage === 'persistent' ? repository.save(dataset) : Promise.resolve(),
      );
      if (!ok) return false;
      set((s) => ({
        datasets: previous
          ? s.datasets.map((d) => (d.id === dataset.id ? dataset : d))
          : [...s.datasets, dataset],
        undo: previous ? { kind: 'replaced', previous, next: dataset } : { kind: 'added', dataset },
        storageProblem: s.storage === 'session' ? s.storageProblem : null,
      }));
      return true;
    },
    remove: async (id) => {
      const dataset = get().datasets.find((d) => d.id === id);
      if (!dataset) return false;
      const ok = await write(() =>
        get().storage === 'persistent' ? repository.remove(id) : Promise.resolve(),
      );
      if (!ok) return false;
      set((s) => ({ datasets: s.datasets.filter((d) => d.id !== id), undo: { kind: 'deleted', dataset } }));
      return true;
    },
    undoLast: async () => {
      const undo = get().undo;
      if (!undo) return false;
      const persistent = get().storage === 'persistent';
      if (undo.kind === 'added') {
        const ok = await write(() => (persistent ? repository.remove(undo.dataset.id) : Promise.resolve()));
        if (ok) set((s) => ({ datasets: s.datasets.filter((d) => d.id !== undo.dataset.id), undo: null }));
        return ok;
      }
      const restore = undo.kind === 'replaced' ? undo.previous : undo.dataset;
      const ok = await write(() => (persistent ? repository.save(restore) : Promise.resolve()));
      if (!ok) return false;
      set((s) => ({
        datasets: s.datasets.some((d) => d.id === restore.id)
          ? s.datasets.map((d) => (d.id === restore.id ? restore : d))
          : [...s.datasets, restore],
        undo: null,
      }));
      return true;
    },
  };
});
