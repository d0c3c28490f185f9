import { useT } from '../../state/use-t';
import { useDeckStore, type DeckSlideId } from './deck-store';
import type { Deck } from './deck-models';
import { SlideView } from './slide-view';

type Props = {
  ids: readonly DeckSlideId[];
  deck: Deck;
  notes: Partial<Record<DeckSlideId, string>>;
};

/**
 * The handout: every shown slide, one per A4 page, in the light theme whatever the screen uses — the
 * slide scaled to the page's width and centred; with notes (a print option), A4 portrait with each
 * slide's note beneath it. Rendered always and hidden on screen, so printing (or a headless PDF) never
 * waits for it.
 */
export function PrintDeck({ ids, deck, notes }: Props) {
  const { t } = useT();
  const printNotes = useDeckStore((s) => s.printNotes);
  const notesOnSlide = useDeckStore((s) => s.notesOnSlide);
  // A note already drawn on the slide is not printed twice.
  const below = printNotes && !notesOnSlide;
  return (
    <div className="present-print deck-theme-light" data-notes={below || undefined}>
      {ids.map((id, i) => {
        const model = deck.models[id];
        if (!model) return null;
        const note = notes[id];
        return (
          <div key={id} className="print-page">
            <div className="print-slide-box">
              <div className="print-slide">
                <SlideView
                  model={model}
                  number={i + 1}
                  total={ids.length}
                  note={notesOnSlide ? note : undefined}
                  provinceFiltered={deck.provinceFiltered}
                  synthetic={deck.synthetic}
                />
              </div>
            </div>
            {below ? (
              <div className="print-note" data-testid="print-note">
                <p className="print-note-label">{t('present.noteLabel')}</p>
                <p className="print-note-text">{note || '—'}</p>
              </div>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
