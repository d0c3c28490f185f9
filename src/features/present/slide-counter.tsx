import { useT } from '../../state/use-t';

/** "3 / 9" on screen; "slide 3 of 9" for a screen reader, announced as the slide changes. */
export function SlideCounter({ current, total }: { current: number; total: number }) {
  const { t } = useT();
  return (
    <p className="slide-counter" aria-live="polite">
      <span aria-hidden="true" data-testid="slide-counter">
        {t('present.counter', { current, total })}
      </span>
      <span className="sr-only">{t('present.counterLabel', { current, total })}</span>
    </p>
  );
}
