// npm run data:example: (re)publishes the repository's example dataset, INVENTED county-level counts
// (示例县0001 …) for the 31 mainland provinces, 2020–2024, so a reader of the bundled site sees what
// published statistics look like. It is marked synthetic: every view, slide and image says
// 示例数据（非真实统计）. Hong Kong, Macao and Taiwan are left out rather than given invented figures.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createJiti } from 'jiti';

const root = path.resolve(import.meta.dirname, '..');
const jiti = createJiti(import.meta.url);
const { generateCsv } = await jiti.import(path.join(root, 'src/features/statistics/generate.ts'));
const { runDataCli } = await jiti.import(path.join(root, 'scripts/data-cli.ts'));

const NOT_COVERED = ['台湾', '香港', '澳门'];
const csv = generateCsv({ level: 'county', counties: 510, years: [2020, 2021, 2022, 2023, 2024], seed: 12 })
  .split('\r\n')
  .filter((line) => !NOT_COVERED.some((name) => line.startsWith(`${name},`)))
  .join('\r\n');
const dir = mkdtempSync(path.join(tmpdir(), 'jianfu-example-'));
const file = path.join(dir, 'example-counties.csv');
writeFileSync(file, csv);
try {
  process.exitCode = runDataCli(
    [
      'add',
      file,
      '--id',
      'example-counties',
      '--title',
      '示例数据：各省县级减负统计（非真实统计）',
      '--title-en',
      'Example: county-level statistics (invented, not real)',
      '--title-hant',
      '示例數據：各省縣級減負統計（非真實統計）',
      '--publisher',
      '示例发布单位（虚构）',
      '--as-of',
      '2024-12-31',
      '--synthetic',
      '--replace',
    ],
    { out: console.log, err: console.error, dataDir: path.join(root, 'public', 'data') },
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
