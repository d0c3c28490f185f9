import type { SlideId } from './selectors';
import type { SlideModels } from './slide-models';
import { SlideView } from './slide-view';

type Props = {
  ids: readonly SlideId[];
  models: SlideModels;
  notes: Partial<Record<SlideId, string>>;
  provinceFiltered: boolean;
  synthetic: boolean;
};

/**
 * The handout: every shown slide, one per A4 landscape page, in the light theme whatever the screen
 * uses. Rendered always and hidden on screen, so printing (or a headless PDF) never waits for it.
 */
export function PrintDeck({ ids, models, notes, provinceFiltered, synthetic }: Props) {
  return (
    <div className="present-print deck-theme-light">
      {ids.map((id, i) => (
        <div key={id} className="print-page">
          <div className="print-slide">
            <SlideView
              model={models[id]}
              number={i + 1}
              total={ids.length}
              note={notes[id]}
              provinceFiltered={provinceFiltered}
              synthetic={synthetic}
            />
          </div>
        </div>
      ))}
    </div>
  );
}
