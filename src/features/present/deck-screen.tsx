import { useCallback, useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../state/use-t';
import { EmptyState } from '../../components/ui/empty-state';
import { useDeckStore } from './deck-store';
import type { Deck } from './deck-models';
import { usePresentation } from './use-presentation';
import { useDeckKeys } from './use-deck-keys';
import { useDeckSession } from './use-deck-session';
import { usePointerIdle } from './use-idle';
import { openPresenterWindow } from './presenter-window';
import { SlideStage } from './slide-stage';
import { SlideView, CHART_SLIDES } from './slide-view';
import { SlideCounter } from './slide-counter';
import { DeckHud, DeckStatus } from './deck-hud';
import { AutoAdvance } from './auto-advance';
import { DeckToolbar } from './deck-toolbar';
import { DeckEditor } from './deck-editor';
import { DeckOverview } from './deck-overview';
import { DeckHelp } from './deck-help';
import { SlideDownloads } from './slide-downloads';
import { PrintDeck } from './print-deck';

/** The pill leaves the projected slide after this long without pointer movement. */
const HUD_IDLE_MS = 3000;
/**
 * The first exit from full screen this soon after the presenter window opened is the browser's doing
 * (it leaves full screen when a window opens, sometimes seconds later on a busy machine), not the presenter's.
 */
const HOLD_AFTER_OPEN_MS = 20_000;
/** How long after a dialog over the deck closes a loss of full screen is still its Escape's doing. */
const HOLD_AFTER_DIALOG_MS = 1_000;

/**
 * A deck on screen and on paper: the toolbar, the slide stage with keys, full screen and auto-advance,
 * the overview and help, the presenter window, the editor and the handout. Which slides it has is the
 * caller's (the published or an imported deck).
 */
export function DeckScreen({ deck }: { deck: Deck }) {
  const { t } = useT();
  const { theme, interval, notesOnSlide } = useDeckStore(
    useShallow((s) => ({ theme: s.theme, interval: s.interval, notesOnSlide: s.notesOnSlide })),
  );
  const deckRef = useRef<HTMLDivElement>(null);
  const [dialog, setDialog] = useState<'overview' | 'help' | null>(null);
  // The browser leaves full screen on the Escape that closes a dialog over the deck, and when the
  // presenter window opens: neither is the presenter leaving the talk, so the deck goes on covering
  // the window (F brings full screen back).
  const dialogOpen = useRef(false);
  const escapeInDialog = useRef(false);
  const presenterOpenedAt = useRef(-Infinity);
  // The browser may leave full screen just after the dialog closed (its Escape never reaching the page).
  const dialogClosedAt = useRef(-Infinity);
  useEffect(() => {
    if (dialog === null && dialogOpen.current) dialogClosedAt.current = performance.now();
    dialogOpen.current = dialog !== null;
  }, [dialog]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      escapeInDialog.current = e.key === 'Escape' && dialogOpen.current;
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
  const closeDialog = useCallback(() => setDialog(null), []);
  const { presenting, fullscreen, start, stop, toggleFullscreen } = usePresentation(deckRef, () => {
    const opened = performance.now() - presenterOpenedAt.current < HOLD_AFTER_OPEN_MS;
    const justClosed = performance.now() - dialogClosedAt.current < HOLD_AFTER_DIALOG_MS;
    const hold = dialogOpen.current || escapeInDialog.current || justClosed || opened;
    dialogClosedAt.current = -Infinity;
    // Each is held once: a later exit is the presenter's.
    escapeInDialog.current = false;
    if (opened) presenterOpenedAt.current = -Infinity;
    return hold;
  });
  // Another window ended the talk: leave too, without telling it back.
  const remoteExit = useRef(false);
  const onRemoteExit = useCallback(() => {
    remoteExit.current = true;
    stop();
  }, [stop]);
  const session = useDeckSession(deck, 'audience', onRemoteExit);
  const { visible, total, current, currentId, notes, go, blanked, paused, postExit } = session;
  const model = currentId ? deck.models[currentId] : undefined;

  // Leaving the presentation here (Esc, the button, the browser leaving full screen) leaves it in the
  // presenter window too.
  const wasPresenting = useRef(false);
  useEffect(() => {
    if (wasPresenting.current && !presenting && !remoteExit.current) postExit();
    if (!presenting) remoteExit.current = false;
    wasPresenting.current = presenting;
  }, [presenting, postExit]);

  const [blocked, setBlocked] = useState(false);
  const openPresenter = useCallback(() => {
    presenterOpenedAt.current = performance.now();
    setBlocked(openPresenterWindow() === null);
  }, []);

  const keys = useDeckKeys({
    current,
    total,
    go,
    global: presenting,
    handlers: {
      blank: session.toggleBlank,
      pause: session.togglePause,
      fullscreen: toggleFullscreen,
      overview: () => setDialog('overview'),
      help: () => setDialog('help'),
      presenter: openPresenter,
      ...(presenting ? { exit: stop } : {}),
    },
  });
  const advance = useCallback(() => go(current + 1), [go, current]);
  const idle = usePointerIdle(presenting, HUD_IDLE_MS);

  return (
    <>
      <div className="present-screen flex flex-col gap-4">
        <DeckToolbar onStart={start} onPresenter={openPresenter} canStart={total > 0} />
        {blocked ? (
          <p role="alert" className="rounded border border-warn bg-warn-soft px-3 py-2 text-sm text-warn">
            {t('present.presenter.blocked')}
          </p>
        ) : null}
        <div className="grid grid-cols-[minmax(0,1fr)] items-start gap-4 xl:grid-cols-[minmax(0,1fr)_24rem]">
          <div className="deck-area flex min-w-0 flex-col gap-3" onKeyDown={keys.onKeyDown}>
            <div
              ref={deckRef}
              className={`present-deck deck-theme-${theme}`}
              data-presenting={presenting || undefined}
              data-idle={idle || undefined}
              role="region"
              aria-label={t('present.deckLabel')}
              tabIndex={0}
            >
              <SlideStage
                overlay={
                  presenting && !blanked ? (
                    <>
                      <DeckStatus typed={keys.typed} interval={interval} paused={paused} idle={idle} />
                      <DeckHud
                        current={current}
                        total={total}
                        idle={idle}
                        fullscreen={fullscreen}
                        onFullscreen={toggleFullscreen}
                        onExit={stop}
                      />
                    </>
                  ) : null
                }
              >
                {model ? (
                  <SlideView
                    model={model}
                    number={current}
                    total={total}
                    note={notesOnSlide ? notes[model.id] : undefined}
                    provinceFiltered={deck.provinceFiltered}
                    synthetic={deck.synthetic}
                  />
                ) : (
                  <div className="slide slide-none">
                    <EmptyState title={t('present.noSlides')} hint={t('present.noSlidesHint')} />
                  </div>
                )}
              </SlideStage>
              {blanked ? (
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
                  running={!paused && !blanked && current < total}
                  onAdvance={advance}
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
                    {keys.typed.digits
                      ? t('present.goto', { slide: keys.typed.digits })
                      : t('present.gotoPrompt')}
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
      {dialog === 'overview' ? (
        <DeckOverview
          deck={deck}
          visible={visible}
          current={current}
          notes={notes}
          notesOnSlide={notesOnSlide}
          theme={theme}
          onGo={go}
          onClose={closeDialog}
        />
      ) : null}
      {dialog === 'help' ? <DeckHelp onClose={closeDialog} /> : null}
      <PrintDeck ids={visible} deck={deck} notes={notes} />
    </>
  );
}
