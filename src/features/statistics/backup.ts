import { jsonRowLines, safeJsonParse } from './json';
import { ProblemList, rejected, type Rejected } from './problems';
import { STATS_VERSION, statsDatasetSchema, type StatsDataset } from '../../data/stats-schema';

export type BackupResult = { ok: true; dataset: StatsDataset } | Rejected;

/** The data set's fields in one fixed order, so two backups of the same data are the same text. */
function canonical(dataset: StatsDataset): StatsDataset {
  return {
    version: dataset.version,
    kind: dataset.kind,
    id: dataset.id,
    name: dataset.name,
    fileName: dataset.fileName,
    loadedAt: dataset.loadedAt,
    synthetic: dataset.synthetic,
    rows: dataset.rows,
  };
}

/** A loaded data set as a JSON backup: its version and every row, each with its source line. */
export function exportBackup(dataset: StatsDataset): string {
  return `${JSON.stringify(canonical(dataset), null, 2)}\n`;
}

/** Whether a parsed JSON value is a backup (rather than an import file): it says so in `kind`. */
export function isBackupValue(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'stats';
}

/** Checks a parsed backup against the data set schema; problems in a row name that row's line. */
export function backupFromValue(text: string, value: unknown): BackupResult {
  const parsed = statsDatasetSchema.safeParse(value);
  if (parsed.success) return { ok: true, dataset: parsed.data as StatsDataset };
  const lines = jsonRowLines(text);
  const problems = new ProblemList();
  for (const issue of parsed.error.issues) {
    const [first, index] = issue.path;
    const line = first === 'rows' && typeof index === 'number' ? lines[index] : undefined;
    problems.add('backupInvalid', line === undefined ? {} : { line }, {
      path: issue.path.join('.') || '/',
      detail: issue.message,
      supported: STATS_VERSION,
    });
  }
  return rejected(problems);
}

/** A backup file's text back to the data set it was exported from, validated with the same schema. */
export function importBackup(text: string): BackupResult {
  const parsed = safeJsonParse(text);
  return parsed.ok ? backupFromValue(text, parsed.value) : parsed;
}
