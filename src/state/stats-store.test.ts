import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { StatsDataset } from '../data/stats-schema';
import { useDatasetsStore } from './stats-store';
import { indexedDbRepository, StorageError, type StatsRepository } from '../data/stats-repository';

let dbCount = 0;
function dataset(id: string, rows = 1, name = id): StatsDataset {
  return {
    version: 1,
    kind: 'stats',
    id,
    name,
    fileName: `${id}.csv`,
    loadedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, rows)).toISOString(),
    synthetic: false,
    rows: Array.from({ length: rows }, (_, i) => ({
      line: i + 2,
      province: '620000',
      year: 2020 + i,
      documents: 10 + i,
    })),
  };
}

async function freshStore(repo?: StatsRepository) {
  useDatasetsStore.setState({
    datasets: [],
    ready: false,
    storage: 'persistent',
    storageProblem: null,
    undo: null,
  });
  await useDatasetsStore.getState().init(repo ?? indexedDbRepository(`test-${++dbCount}`));
  return useDatasetsStore;
}

/** A repository whose writes fail like a full disk, after `okWrites` successful ones. */
function fullDisk(inner: StatsRepository, okWrites: number): StatsRepository {
  let writes = 0;
  const fail = () => {
    throw new StorageError({ kind: 'quota', detail: 'QuotaExceededError' });
  };
  return {
    loadAll: inner.loadAll,
    save: async (d) => (writes++ < okWrites ? inner.save(d) : fail()),
    remove: async (id) => (writes++ < okWrites ? inner.remove(id) : fail()),
  };
}

describe('datasets store', () => {
  beforeEach(() => {
    dbCount++;
  });

  it('persists added datasets across a reload', async () => {
    const repo = indexedDbRepository(`reload-${dbCount}`);
    const store = await freshStore(repo);
    await store.getState().put(dataset('a', 3));
    const reloaded = await freshStore(indexedDbRepository(`reload-${dbCount}`));
    expect(reloaded.getState().datasets.map((d) => [d.id, d.rows.length])).toEqual([['a', 3]]);
  });

  it('replaces atomically and can undo the replacement', async () => {
    const repo = indexedDbRepository(`replace-${dbCount}`);
    const store = await freshStore(repo);
    await store.getState().put(dataset('a', 2, 'old'));
    await store.getState().put(dataset('a', 5, 'new'));
    expect(store.getState().datasets.map((d) => d.name)).toEqual(['new']);
    expect(await store.getState().undoLast()).toBe(true);
    expect(store.getState().datasets.map((d) => d.name)).toEqual(['old']);
    expect((await repo.loadAll()).map((d) => d.name)).toEqual(['old']);
  });

  it('keeps the old dataset, shown and stored, when the disk is full', async () => {
    const inner = indexedDbRepository(`quota-${dbCount}`);
    const store = await freshStore(fullDisk(inner, 1));
    expect(await store.getState().put(dataset('a', 2, 'old'))).toBe(true);
    expect(await store.getState().put(dataset('a', 9, 'new'))).toBe(false);
    expect(store.getState().datasets.map((d) => d.name)).toEqual(['old']);
    expect(store.getState().storageProblem?.kind).toBe('quota');
    expect((await inner.loadAll()).map((d) => d.name)).toEqual(['old']);
  });

  it('deletes and can undo the deletion for the session', async () => {
    const store = await freshStore();
    await store.getState().put(dataset('a'));
    await store.getState().put(dataset('b'));
    await store.getState().remove('a');
    expect(store.getState().datasets.map((d) => d.id)).toEqual(['b']);
    await store.getState().undoLast();
    expect(
      store
        .getState()
        .datasets.map((d) => d.id)
        .sort(),
    ).toEqual(['a', 'b']);
  });

  it('keeps working for the session where storage is refused, and says so', async () => {
    const refused: StatsRepository = {
      loadAll: async () => {
        throw new StorageError({ kind: 'unavailable', detail: 'SecurityError' });
      },
      save: async () => {
        throw new StorageError({ kind: 'unavailable', detail: 'SecurityError' });
      },
      remove: async () => {
        throw new StorageError({ kind: 'unavailable', detail: 'SecurityError' });
      },
    };
    const store = await freshStore(refused);
    expect(store.getState().storage).toBe('session');
    expect(await store.getState().put(dataset('a'))).toBe(true);
    expect(store.getState().datasets).toHaveLength(1);
    expect(store.getState().storageProblem?.kind).toBe('unavailable');
  });
});
