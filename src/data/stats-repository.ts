import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import type { StatsDataset } from './stats-schema';

/** Why the browser would not keep a dataset. */
export type StorageFailure = { kind: 'quota' | 'unavailable'; detail: string };

export class StorageError extends Error {
  readonly failure: StorageFailure;
  constructor(failure: StorageFailure) {
    super(`${failure.kind}: ${failure.detail}`);
    this.name = 'StorageError';
    this.failure = failure;
  }
}

function classify(e: unknown): StorageError {
  const err = e as { name?: string; message?: string };
  const detail = err?.message || String(e);
  if (err?.name === 'QuotaExceededError' || /quota/i.test(detail))
    return new StorageError({ kind: 'quota', detail });
  return new StorageError({ kind: 'unavailable', detail });
}

/**
 * Loaded datasets in IndexedDB, one record per dataset id. Each write is one IndexedDB transaction:
 * replacing a dataset either commits whole or leaves the old record as it was (a full disk aborts
 * the transaction), so nothing the user had is lost.
 */
export type StatsRepository = {
  loadAll: () => Promise<StatsDataset[]>;
  save: (dataset: StatsDataset) => Promise<void>;
  remove: (id: string) => Promise<void>;
};

export function indexedDbRepository(dbName = 'jianfu-kanban', storeName = 'stats-datasets'): StatsRepository {
  let store: UseStore | undefined;
  const db = () => {
    if (typeof indexedDB === 'undefined')
      throw new StorageError({ kind: 'unavailable', detail: 'no IndexedDB' });
    store ??= createStore(dbName, storeName);
    return store;
  };
  const guard = async <T>(op: () => Promise<T>): Promise<T> => {
    try {
      return await op();
    } catch (e) {
      throw e instanceof StorageError ? e : classify(e);
    }
  };
  return {
    loadAll: () =>
      guard(async () => {
        const all = await entries<string, StatsDataset>(db());
        return all.map(([, v]) => v).sort((a, b) => a.loadedAt.localeCompare(b.loadedAt));
      }),
    save: (dataset) => guard(() => set(dataset.id, dataset, db())),
    remove: (id) => guard(() => del(id, db())),
  };
}

/** Keeps datasets for this session only: where the browser refuses storage (private mode, policy). */
export function memoryRepository(): StatsRepository {
  const records = new Map<string, StatsDataset>();
  return {
    loadAll: async () => [...records.values()],
    save: async (dataset) => void records.set(dataset.id, dataset),
    remove: async (id) => void records.delete(id),
  };
}
