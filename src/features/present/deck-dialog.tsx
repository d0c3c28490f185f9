import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useT } from '../../state/use-t';

type Props = {
  title: string;
  /** The key that opened it closes it again (O, ?), as Escape does. */
  toggleKey?: string;
  onClose: () => void;
  className?: string;
  children: ReactNode;
};

/**
 * A modal dialog over the deck (the overview, the help): the browser's own <dialog>, so it shows above
 * a full-screen deck (the top layer), keeps focus inside, and Escape closes it. Keys pressed in it
 * never reach the deck (see isTypingTarget). Focus goes back where it was when it closes.
 */
export function DeckDialog({ title, toggleKey, onClose, className = '', children }: Props) {
  const { t } = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const before = document.activeElement as HTMLElement | null;
    dialog.showModal();
    const onCancel = (e: Event) => {
      e.preventDefault();
      close.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      dialog.close();
      before?.focus({ preventScroll: true });
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`deck-dialog ${className}`}
      aria-labelledby={titleId}
      onKeyDown={(e) => {
        if (toggleKey && e.key.toLowerCase() === toggleKey && !(e.target instanceof HTMLInputElement)) {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <div className="deck-dialog-head">
        <h2 id={titleId} className="deck-dialog-title">
          {title}
        </h2>
        <button type="button" className="deck-dialog-close" onClick={onClose}>
          {t('present.dialog.close')}
        </button>
      </div>
      {children}
    </dialog>
  );
}
