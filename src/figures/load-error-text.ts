import { DatasetLoadError } from '../data/load-error';
import { DATASET_VERSION } from '../data/schema';
import type { Translate } from '../i18n/i18n';

/** At most this many schema issues are listed; the rest are counted. */
const SHOWN_ISSUES = 5;

/**
 * Why a file could not be used, as sentences in the UI language: the file it names and each thing wrong
 * (for a schema error, the path of each bad field). Shared by every place that shows a load error.
 */
export function loadErrorText(
  error: unknown,
  fallbackFile: string,
  t: Translate,
): { title: string; lines: string[] } {
  if (!(error instanceof DatasetLoadError))
    return { title: t('error.title', { file: fallbackFile }), lines: [String(error)] };
  const p = error.problem;
  const title = t('error.title', { file: error.file });
  switch (p.kind) {
    case 'network':
      return { title, lines: [t('error.network', { detail: p.detail })] };
    case 'http':
      return { title, lines: [t('error.http', { status: p.status, statusText: p.statusText || '—' })] };
    case 'json':
      return { title, lines: [t('error.json', { detail: p.detail })] };
    case 'version':
      return { title, lines: [t('error.version', { found: p.found, supported: p.supported })] };
    case 'hash':
      return {
        title,
        lines: [t('error.hash', { expected: p.expected.slice(7, 19), found: p.found.slice(7, 19) })],
      };
    case 'schema':
      return {
        title,
        lines: [
          ...p.issues
            .slice(0, SHOWN_ISSUES)
            .map((issue) =>
              t('error.schema', { version: DATASET_VERSION, path: issue.path, detail: issue.message }),
            ),
          ...(p.issues.length > SHOWN_ISSUES
            ? [t('error.schemaMore', { count: p.issues.length - SHOWN_ISSUES })]
            : []),
        ],
      };
  }
}
