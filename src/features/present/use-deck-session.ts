import { useCallback, useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useUrlStateStore } from '../../state/url-state-store';
import { followOtherWindows, setupOf, useDeckStore } from './deck-store';
import type { Deck } from './deck-models';
import { deckKey, slideOf, type DeckPosition, type DeckRole } from './deck-sync';
import { clampSlide, visibleSlides } from './selectors';
import { useDeckSync } from './use-deck-sync';

/**
 * One window's deck: which slides are shown, where it is, whether the screen is blanked or auto-advance
 * paused — kept in step with the deck's other windows (the audience's and the presenter's).
 */
export function useDeckSession(deck: Deck, role: DeckRole, onRemoteExit: () => void) {
  const slide = useUrlStateStore((s) => s.slide);
  const setSlide = useUrlStateStore((s) => s.setSlide);
  const dataset = useUrlStateStore((s) => s.dataset);
  const provinces = useUrlStateStore((s) => s.provinces);
  const year = useUrlStateStore((s) => s.year);
  const { order, hidden, notes } = useDeckStore(useShallow((s) => setupOf(s, deck.kind)));
  const [blanked, setBlanked] = useState(false);
  const [paused, setPaused] = useState(false);

  // The setup edited in one window (notes, order, talk length) reaches the others.
  useEffect(() => followOtherWindows(), []);

  const visible = useMemo(
    () => visibleSlides(order, hidden, deck.available),
    [order, hidden, deck.available],
  );
  const total = visible.length;
  const current = clampSlide(slide, total);
  const currentId = visible[current - 1] ?? null;

  /** Any move brings the picture back, as on a slide projector. */
  const go = useCallback(
    (n: number) => {
      setSlide(clampSlide(n, total));
      setBlanked(false);
    },
    [setSlide, total],
  );

  const position = useMemo<DeckPosition>(
    () => ({ slideId: currentId, slide: current, blanked, paused }),
    [currentId, current, blanked, paused],
  );
  const onAdopt = useCallback(
    (p: DeckPosition) => {
      setSlide(slideOf(p, visible));
      setBlanked(p.blanked);
      setPaused(p.paused);
    },
    [setSlide, visible],
  );
  const { postExit, peer } = useDeckSync({
    deck: deckKey(deck.kind, { dataset, provinces, year }),
    role,
    position,
    onAdopt,
    onExit: onRemoteExit,
  });

  return {
    visible,
    total,
    current,
    currentId,
    notes,
    go,
    blanked,
    toggleBlank: useCallback(() => setBlanked((b) => !b), []),
    paused,
    togglePause: useCallback(() => setPaused((p) => !p), []),
    postExit,
    /** A window of the other role is open on this deck. */
    peer,
  };
}
