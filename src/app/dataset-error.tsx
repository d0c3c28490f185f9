import { useT } from '../state/use-t';
import { LoadErrorBox } from '../components/ui/load-error-box';
import { loadErrorText } from '../figures/load-error-text';

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
  const { title, lines } = loadErrorText(error, file, t);
  return (
    <LoadErrorBox
      title={title}
      lines={lines}
      note={t('error.keepWorking')}
      retryLabel={t('error.retry')}
      onRetry={onRetry}
    />
  );
}
