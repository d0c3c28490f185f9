import { useCallback, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../state/use-t';
import { useFiltersStore } from '../../state/url-state-store';
import { EmptyState } from '../../components/ui/empty-state';
import { setupOf, useDeckStore } from './deck-store';
import type { Deck } from './deck-models';
import { clampSlide, visibleSlides } from './selectors';
import { usePresentation } from './use-presentation';
import { useDeckKeys } from './use-deck-keys';
import { SlideStage } from './slide-stage';
import { SlideView, CHART_SLIDES } from './slide-view';
import { SlideCounter } from './slide-counter';
import { DeckHud } from './deck-hud';
import { AutoAdvance } from './auto-advance';
import { DeckToolbar } from './deck-toolbar';
import { DeckEditor } from './deck-editor';
import { SlideDownloads } from './slide-downloads';
import { PrintDeck } from './print-deck';

/**
 * A deck on screen and on paper: the toolbar, the slide stage with keys, full screen and auto-advance,
 * the editor and the handout. Which slides it has is the caller's (the published or an imported deck).
 */
export function DeckScreen({ deck }: { deck: Deck }) {
  const { t } = useT();
  const slide = useFiltersStore((s) => s.slide);
  const setSlide = useFiltersStore((s) => s.setSlide);
  const { theme, interval } = useDeckStore(useShallow((s) => ({ theme: s.theme, interval: s.interval })));
  const { order, hidden, notes } = useDeckStore(useShallow((s) => setupOf(s, deck.kind)));

  const visible = useMemo(
    () => visibleSlides(order, hidden, deck.available),
    [order, hidden, deck.available],
  );
  const total = visible.length;
  const current = clampSlide(slide, total);
  const currentId = visible[current - 1];
  const model = currentId ? deck.models[currentId] : undefined;
  const go = useCallback((n: number) => setSlide(clampSlide(n, total)), [setSlide, total]);

  const deckRef = useRef<HTMLDivElement>(null);
  const { presenting, fullscreen, start, stop, toggleFullscreen } = usePresentation(deckRef);
  const keys = useDeckKeys({
    current,
    total,
    go,
    presenting,
    onExit: stop,
    onFullscreen: toggleFullscreen,
  });
  const advance = useCallback(() => go(current + 1), [go, current]);

  return (
    <>
      <div className="present-screen flex flex-col gap-4">
        <DeckToolbar onStart={start} canStart={total > 0} />
        <div className="grid grid-cols-[minmax(0,1fr)] items-start gap-4 xl:grid-cols-[minmax(0,1fr)_24rem]">
          <div className="deck-area flex min-w-0 flex-col gap-3" onKeyDown={keys.onKeyDown}>
            <div
              ref={deckRef}
              className={`present-deck deck-theme-${theme}`}
              data-presenting={presenting || undefined}
              role="region"
              aria-label={t('present.deckLabel')}
              tabIndex={0}
            >
              <SlideStage>
                {model ? (
                  <SlideView
                    model={model}
                    number={current}
                    total={total}
                    note={notes[model.id]}
                    provinceFiltered={deck.provinceFiltered}
                    synthetic={deck.synthetic}
                  />
                ) : (
                  <div className="slide slide-none">
                    <EmptyState title={t('present.noSlides')} hint={t('present.noSlidesHint')} />
                  </div>
                )}
              </SlideStage>
              {keys.blanked ? (
                <div className="deck-blank" data-testid="deck-blank">
                  <span className="sr-only" role="status">
                    {t('present.blanked')}
                  </span>
                </div>
              ) : null}
              {presenting && interval > 0 ? (
                <AutoAdvance
                  key={current}
                  seconds={interval}
                  running={!keys.paused && !keys.blanked && current < total}
                  onAdvance={advance}
                />
              ) : null}
              {presenting ? (
                <DeckHud
                  current={current}
                  total={total}
                  typed={keys.typed}
                  interval={interval}
                  paused={keys.paused}
                  fullscreen={fullscreen}
                  onFullscreen={toggleFullscreen}
                  onExit={stop}
                />
              ) : null}
            </div>
            {presenting ? null : (
              <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
                <div className="flex items-center gap-2">
                  <button
                    type="button"
                    className="btn"
                    onClick={() => go(current - 1)}
                    disabled={current <= 1}
                  >
                    <span aria-hidden="true">← </span>
                    {t('present.prev')}
                  </button>
                  <SlideCounter current={total ? current : 0} total={total} />
                  <button
                    type="button"
                    className="btn"
                    onClick={() => go(current + 1)}
                    disabled={current >= total}
                  >
                    {t('present.next')}
                    <span aria-hidden="true"> →</span>
                  </button>
                </div>
                {keys.typed ? (
                  <span className="text-sm font-semibold text-accent" aria-live="assertive">
                    {t('present.goto', { slide: keys.typed })}
                  </span>
                ) : null}
                {model && CHART_SLIDES.has(model.id) ? (
                  <SlideDownloads
                    deckRef={deckRef}
                    model={model}
                    number={current}
                    synthetic={deck.synthetic}
                  />
                ) : null}
              </div>
            )}
            <p className="text-xs text-ink-muted">{t('present.keys')}</p>
          </div>
          <DeckEditor deck={deck} visible={visible} />
        </div>
      </div>
      <PrintDeck ids={visible} deck={deck} notes={notes} />
    </>
  );
}
