import type { DeckKind, DeckSlideId } from './deck-store';
import type { SlideModel } from './slide-models';
import type { StatsSlideModel } from './stats-slide-models';

/** A slide of either deck: the published data's or an imported dataset's. */
export type DeckSlideModel = SlideModel | StatsSlideModel;

/** A deck ready to show: its slides by id, which of them have data, and what the cover needs to say. */
export type Deck = {
  kind: DeckKind;
  models: Partial<Record<DeckSlideId, DeckSlideModel>>;
  available: ReadonlySet<DeckSlideId>;
  /** Invented numbers: every slide, handout page and image says so. */
  synthetic: boolean;
  provinceFiltered: boolean;
};
