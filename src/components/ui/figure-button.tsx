import { createContext, useContext, type ReactNode } from 'react';

/** A datum of the current dataset (an observation or an event), and which of its figures was chosen. */
export type FigureTarget = { kind: 'observation' | 'event'; id: string; figure?: number };

/**
 * What a figure button does, given by the app: open the source panel, and the words a screen reader hears
 * after the figure. Components import no store, so the app provides it once (src/app/figure-sources.tsx).
 */
export const FigureSourceContext = createContext<{ open: (target: FigureTarget) => void; hint: string }>({
  open: () => {},
  hint: '',
});

type Props = { target: FigureTarget; children: ReactNode; className?: string };

/** Any figure on screen: a button that opens the datum's source with the quote it came from. */
export function FigureButton({ target, children, className = '' }: Props) {
  const { open, hint } = useContext(FigureSourceContext);
  return (
    <button
      type="button"
      className={`figure-button ${className}`}
      onClick={() => open(target)}
      data-datum={target.id}
    >
      {children}
      <span className="sr-only">{hint}</span>
    </button>
  );
}
