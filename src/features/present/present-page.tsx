import { useCallback, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Dataset } from '../../data/schema';
import { useT } from '../../i18n/use-t';
import { useFiltersStore } from '../../state/filters-store';
import { DEFAULT_FILTERS } from '../../state/filters-url';
import { EmptyState } from '../../components/ui/empty-state';
import { useDeckStore } from './deck-store';
import { clampSlide, visibleSlides } from './selectors';
import { availableSlides, buildSlideModels } from './slide-models';
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
import './present.css';

/** The presentation view: the dashboard as a slide deck for review meetings, on screen and on paper. */
export default function PresentPage({ dataset }: { dataset: Dataset }) {
  const { t, locale } = useT();
  const provinces = useFiltersStore((s) => s.provinces);
  const year = useFiltersStore((s) => s.year);
  const slide = useFiltersStore((s) => s.slide);
  const setSlide = useFiltersStore((s) => s.setSlide);
  const { order, hidden, notes, theme, interval } = useDeckStore(
    useShallow((s) => ({
      order: s.order,
      hidden: s.hidden,
      notes: s.notes,
      theme: s.theme,
      interval: s.interval,
    })),
  );

  const models = useMemo(
    () => buildSlideModels(dataset, { ...DEFAULT_FILTERS, provinces, year }, { t, locale }),
    [dataset, provinces, year, t, locale],
  );
  const visible = useMemo(
    () => visibleSlides(order, hidden, availableSlides(models)),
    [order, hidden, models],
  );
  const total = visible.length;
  const current = clampSlide(slide, total);
  const currentId = visible[current - 1];
  const model = currentId ? models[currentId] : undefined;
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
  const provinceFiltered = provinces.length > 0;

  return (
    <div className="present-page">
      <div className="present-screen flex flex-col gap-4">
        <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
          <h1 className="text-xl font-bold">{t('present.title')}</h1>
          <p className="text-sm text-ink-muted">{t('present.intro')}</p>
        </div>
        <DeckToolbar onStart={start} canStart={total > 0} />
        <div className="grid items-start gap-4 xl:grid-cols-[minmax(0,1fr)_24rem]">
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
                    provinceFiltered={provinceFiltered}
                    synthetic={dataset.synthetic}
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
                  <SlideDownloads deckRef={deckRef} model={model} number={current} />
                ) : null}
              </div>
            )}
            <p className="text-xs text-ink-muted">{t('present.keys')}</p>
          </div>
          <DeckEditor models={models} visible={visible} />
        </div>
      </div>
      <PrintDeck
        ids={visible}
        models={models}
        notes={notes}
        provinceFiltered={provinceFiltered}
        synthetic={dataset.synthetic}
      />
    </div>
  );
}
