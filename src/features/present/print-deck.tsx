import type { DeckSlideId } from './deck-store';
import type { Deck } from './deck-models';
import { SlideView } from './slide-view';

type Props = {
  ids: readonly DeckSlideId[];
  deck: Deck;
  notes: Partial<Record<DeckSlideId, string>>;
};

/**
 * The handout: every shown slide, one per A4 landscape page, in the light theme whatever the screen
 * uses. Rendered always and hidden on screen, so printing (or a headless PDF) never waits for it.
 */
export function PrintDeck({ ids, deck, notes }: Props) {
  return (
    <div className="present-print deck-theme-light">
      {ids.map((id, i) => {
        const model = deck.models[id];
        return model ? (
          <div key={id} className="print-page">
            <div className="print-slide">
              <SlideView
                model={model}
                number={i + 1}
                total={ids.length}
                note={notes[id]}
                provinceFiltered={deck.provinceFiltered}
                synthetic={deck.synthetic}
              />
            </div>
          </div>
        ) : null;
      })}
    </div>
  );
}
