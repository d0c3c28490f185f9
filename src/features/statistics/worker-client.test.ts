import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from './decode';
import { parseFileOffThread, type ImportFile } from './worker-client';
import { utf8 } from './test-helpers';
import { buildXlsx } from './xlsx-builder';

const CSV = '省份,年份,发文数\n甘肃,2024,3\n';

describe('parseFileOffThread (no Worker in Node: the main-thread fallback)', () => {
  it('parses a File', async () => {
    const file = new File([utf8(CSV)], 'stats.csv');
    const result = await parseFileOffThread(file, undefined, { latestYear: 2026 });
    expect(result.ok && result.rows).toEqual([{ line: 2, province: '620000', year: 2024, documents: 3 }]);
  });

  it('parses a workbook, with the sheet the user chose', async () => {
    const sheet = {
      rows: [
        ['省份', '年份', '发文数'],
        ['甘肃', 2024, 3],
      ],
    };
    const bytes = buildXlsx({
      sheets: [
        { name: '2023', ...sheet },
        { name: '2024', ...sheet },
      ],
    });
    const file = new File([bytes.slice()], 'stats.xlsx');
    expect(await parseFileOffThread(file, undefined, { latestYear: 2026 })).toMatchObject({
      ok: false,
      sheets: ['2023', '2024'],
    });
    const chosen = await parseFileOffThread(file, undefined, { latestYear: 2026, sheet: '2024' });
    expect(chosen.ok && chosen.summary.sheet).toBe('2024');
    expect(chosen.ok && chosen.rows).toEqual([{ line: 2, province: '620000', year: 2024, documents: 3 }]);
  });

  it('reports progress', async () => {
    const calls: [number, number][] = [];
    await parseFileOffThread(new File([utf8(CSV)], 'stats.csv'), (done, total) => calls.push([done, total]));
    expect(calls).toEqual([[1, 1]]);
  });

  it('refuses a file over the limit without reading it', async () => {
    const huge = {
      name: 'huge.csv',
      size: MAX_IMPORT_BYTES + 1,
      arrayBuffer: () => Promise.reject(new Error('must not be read')),
    } as unknown as ImportFile;
    expect(await parseFileOffThread(huge)).toMatchObject({ ok: false, problems: [{ code: 'tooLarge' }] });
  });

  it('refuses an old .xls workbook by name without reading it', async () => {
    const file = { name: 'a.xls', size: 10, arrayBuffer: () => Promise.reject(new Error('read')) };
    expect(await parseFileOffThread(file as unknown as ImportFile)).toMatchObject({
      ok: false,
      problems: [{ code: 'spreadsheetFile' }],
    });
  });

  it('rejects with an AbortError when cancelled first', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      parseFileOffThread(new File([utf8(CSV)], 'a.csv'), undefined, { signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });
});
