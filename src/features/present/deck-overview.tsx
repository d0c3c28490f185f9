import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useT } from '../../state/use-t';
import type { DeckSlideId } from './deck-store';
import type { Deck } from './deck-models';
import { DeckDialog } from './deck-dialog';
import { slideName } from './deck-editor';
import { SlideStage } from './slide-stage';
import { SlideView } from './slide-view';

type Props = {
  deck: Deck;
  visible: readonly DeckSlideId[];
  current: number;
  notes: Partial<Record<DeckSlideId, string>>;
  notesOnSlide: boolean;
  theme: string;
  onGo: (slide: number) => void;
  onClose: () => void;
};

/** How many columns the grid shows: read from its laid-out columns, for the up and down arrows. */
function columnsOf(grid: HTMLElement | null): number {
  if (!grid) return 1;
  return Math.max(1, getComputedStyle(grid).gridTemplateColumns.split(' ').filter(Boolean).length);
}

/**
 * O: every shown slide as a picture, in order. The arrows move between them (up and down by rows),
 * Enter goes to the one chosen, Escape closes. Each picture is the slide itself, scaled, so it looks
 * exactly as it will on the projector.
 */
export function DeckOverview({ deck, visible, current, notes, notesOnSlide, theme, onGo, onClose }: Props) {
  const { t } = useT();
  const grid = useRef<HTMLOListElement>(null);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  useEffect(() => {
    buttons.current[current - 1]?.focus();
  }, [current]);

  const onKeyDown = (e: KeyboardEvent<HTMLOListElement>) => {
    const at = buttons.current.findIndex((b) => b === document.activeElement);
    if (at < 0) return;
    const cols = columnsOf(grid.current);
    const by: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: cols, ArrowUp: -cols };
    let to: number | null = by[e.key] !== undefined ? at + by[e.key]! : null;
    if (e.key === 'Home') to = 0;
    if (e.key === 'End') to = visible.length - 1;
    if (to === null) return;
    e.preventDefault();
    buttons.current[Math.min(Math.max(0, to), visible.length - 1)]?.focus();
  };

  return (
    <DeckDialog title={t('present.overview.title')} toggleKey="o" onClose={onClose} className="deck-overview">
      <p className="deck-dialog-hint">{t('present.overview.hint')}</p>
      <ol ref={grid} className="deck-overview-grid" onKeyDown={onKeyDown}>
        {visible.map((id, i) => {
          const model = deck.models[id];
          if (!model) return null;
          const name = slideName(model, t);
          return (
            <li key={id} className="deck-overview-item" data-current={i + 1 === current || undefined}>
              <div className={`deck-overview-thumb deck-theme-${theme}`} aria-hidden="true" inert>
                <SlideStage>
                  <SlideView
                    model={model}
                    number={i + 1}
                    total={visible.length}
                    note={notesOnSlide ? notes[id] : undefined}
                    provinceFiltered={deck.provinceFiltered}
                    synthetic={deck.synthetic}
                  />
                </SlideStage>
              </div>
              <button
                type="button"
                ref={(el) => {
                  buttons.current[i] = el;
                }}
                className="deck-overview-button"
                aria-current={i + 1 === current ? 'step' : undefined}
                onClick={() => {
                  onGo(i + 1);
                  onClose();
                }}
              >
                <span className="deck-overview-number">{i + 1}</span>
                <span className="deck-overview-name">{name}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </DeckDialog>
  );
}
