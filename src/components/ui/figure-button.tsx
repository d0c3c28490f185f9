import type { ReactNode } from 'react';
import { useUiStore, type SourceTarget } from '../../state/ui-store';
import { useT } from '../../state/use-t';

type Props = { target: SourceTarget; children: ReactNode; className?: string };

/** Any figure on screen: a button that opens the datum's source with the quote it came from. */
export function FigureButton({ target, children, className = '' }: Props) {
  const openSource = useUiStore((s) => s.openSource);
  const { t } = useT();
  return (
    <button
      type="button"
      className={`figure-button ${className}`}
      onClick={() => openSource(target)}
      data-datum={target.id}
    >
      {children}
      <span className="sr-only">{t('source.openHint')}</span>
    </button>
  );
}
