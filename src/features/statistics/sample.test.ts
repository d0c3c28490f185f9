import { describe, expect, it } from 'vitest';
import { exportBackup, importBackup } from './backup';
import { parseImport } from './parse-import';
import { SAMPLE_YEARS, sampleDataset, sampleRows } from './sample';
import { statsDatasetSchema } from '../../data/stats-schema';
import { utf8 } from './test-helpers';
import { provincePlanCompletion, provinceYoy } from '../../data/derive-stats';

describe('sample data', () => {
  it('is the same on every call', () => {
    expect(sampleRows()).toEqual(sampleRows());
  });

  it('is labelled as invented numbers in every locale', () => {
    const zh = sampleDataset('zh-CN', { loadedAt: '2025-01-01T00:00:00.000Z' });
    expect(zh).toMatchObject({ synthetic: true, name: '示例数据（非真实统计）', kind: 'stats', version: 1 });
    expect(sampleDataset('en').name).toBe('Sample data (not real statistics)');
  });

  it('covers the 31 mainland provinces × 5 years and passes the data set schema', () => {
    const ds = sampleDataset('zh-CN');
    expect(ds.rows).toHaveLength(31 * SAMPLE_YEARS.length);
    expect(new Set(ds.rows.map((r) => r.province)).size).toBe(31);
    expect(statsDatasetSchema.safeParse(ds).success).toBe(true);
  });

  it('looks plausible: plans near the actual counts, counts falling year on year', () => {
    const rows = sampleRows();
    for (const entry of provincePlanCompletion(rows, 2024)) {
      expect(entry.documents.share).toBeGreaterThan(80);
      expect(entry.documents.share).toBeLessThan(110);
    }
    for (const e of provinceYoy(rows, 2024, 'documents')) expect(e.change).toBeLessThanOrEqual(0);
  });

  it('keeps its synthetic flag through a backup, even when loaded as an import file', () => {
    const ds = sampleDataset('en', { loadedAt: '2025-01-01T00:00:00.000Z' });
    const text = exportBackup(ds);
    expect(importBackup(text)).toEqual({ ok: true, dataset: ds });
    const loaded = parseImport('backup.json', utf8(text));
    expect(loaded.ok && loaded.backup?.synthetic).toBe(true);
  });
});
