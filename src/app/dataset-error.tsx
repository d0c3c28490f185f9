import { DatasetLoadError } from '../data/load-error';
import { DATASET_VERSION } from '../data/schema';
import { useT } from '../state/use-t';
import type { Translate } from '../i18n/i18n';

/** Says which file failed and what exactly is wrong, with a retry; the page around it keeps working. */
export function DatasetError({
  error,
  file,
  onRetry,
}: {
  error: unknown;
  file: string;
  onRetry: () => void;
}) {
  const { t } = useT();
  const problem = error instanceof DatasetLoadError ? error : null;
  return (
    <section
      role="alert"
      className="flex flex-col gap-2 rounded-lg border-2 border-warn bg-warn-soft p-4 text-ink"
    >
      <h2 className="text-lg font-semibold">{t('error.title', { file: problem?.file ?? file })}</h2>
      {problem ? describe(problem, t) : <p>{String(error)}</p>}
      <p className="text-sm text-ink-muted">{t('error.keepWorking')}</p>
      <button type="button" className="btn self-start" onClick={onRetry}>
        {t('error.retry')}
      </button>
    </section>
  );
}

function describe(error: DatasetLoadError, t: Translate) {
  const p = error.problem;
  switch (p.kind) {
    case 'network':
      return <p>{t('error.network', { detail: p.detail })}</p>;
    case 'http':
      return <p>{t('error.http', { status: p.status, statusText: p.statusText || '—' })}</p>;
    case 'json':
      return <p>{t('error.json', { detail: p.detail })}</p>;
    case 'version':
      return <p>{t('error.version', { found: p.found, supported: p.supported })}</p>;
    case 'hash':
      return <p>{t('error.hash', { expected: p.expected.slice(7, 19), found: p.found.slice(7, 19) })}</p>;
    case 'schema':
      return (
        <div>
          <ul className="list-disc pl-5">
            {p.issues.slice(0, 5).map((issue) => (
              <li key={issue.path + issue.message}>
                {t('error.schema', { version: DATASET_VERSION, path: issue.path, detail: issue.message })}
              </li>
            ))}
          </ul>
          {p.issues.length > 5 ? <p>{t('error.schemaMore', { count: p.issues.length - 5 })}</p> : null}
        </div>
      );
  }
}
