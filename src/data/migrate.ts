import { DATASET_VERSION } from './schema';

/**
 * Brings a parsed dataset file up to the current format version before it is validated.
 * Version 1 is the first format, so there is nothing to migrate yet; a newer file than this app
 * understands is refused with its version, never guessed at.
 */
export function migrateDataset(raw: unknown): { ok: true; data: unknown } | { ok: false; found: string } {
  if (typeof raw !== 'object' || raw === null || !('version' in raw)) return { ok: true, data: raw };
  const version = (raw as { version: unknown }).version;
  if (version === DATASET_VERSION) return { ok: true, data: raw };
  return { ok: false, found: String(version) };
}
