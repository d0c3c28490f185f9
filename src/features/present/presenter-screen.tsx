import { useCallback, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../state/use-t';
import { useDeckStore } from './deck-store';
import type { Deck } from './deck-models';
import { slideName } from './deck-editor';
import { useDeckKeys } from './use-deck-keys';
import { useDeckSession } from './use-deck-session';
import { SlideStage } from './slide-stage';
import { SlideView } from './slide-view';
import { SlideCounter } from './slide-counter';
import { Clock } from './clock';
import { PresenterTimer } from './presenter-timer';
import { DeckOverview } from './deck-overview';
import { DeckHelp } from './deck-help';

/**
 * The presenter's own window: the current slide exactly as projected, the next one, the slide's note
 * in large type, where the talk is and how long it has taken. Every move, blank and pause here reaches
 * the projected deck, and the other way round (useDeckSession); ending the talk here ends it there.
 */
export function PresenterScreen({ deck }: { deck: Deck }) {
  const { t } = useT();
  const { theme, notesOnSlide } = useDeckStore(
    useShallow((s) => ({ theme: s.theme, notesOnSlide: s.notesOnSlide })),
  );
  const onRemoteExit = useCallback(() => window.close(), []);
  const session = useDeckSession(deck, 'presenter', onRemoteExit);
  const { visible, total, current, notes, go, blanked, peer } = session;
  const [dialog, setDialog] = useState<'overview' | 'help' | null>(null);

  const end = useCallback(() => {
    session.postExit();
    window.close();
  }, [session]);

  const keys = useDeckKeys({
    current,
    total,
    go,
    global: true,
    handlers: {
      blank: session.toggleBlank,
      pause: session.togglePause,
      overview: () => setDialog('overview'),
      help: () => setDialog('help'),
      exit: end,
    },
  });

  const currentId = visible[current - 1];
  const nextId = visible[current];
  const model = currentId ? deck.models[currentId] : undefined;
  const nextModel = nextId ? deck.models[nextId] : undefined;
  const note = currentId ? notes[currentId] : undefined;
  const slide = (m: NonNullable<typeof model>, n: number) => (
    <SlideView
      model={m}
      number={n}
      total={total}
      note={notesOnSlide ? notes[m.id] : undefined}
      provinceFiltered={deck.provinceFiltered}
      synthetic={deck.synthetic}
    />
  );

  return (
    <div className="presenter" data-testid="presenter-view">
      <header className="presenter-bar">
        <h1 className="presenter-title">{t('present.presenter.title')}</h1>
        <div className="presenter-figure presenter-count">
          <span className="presenter-figure-label">{t('present.deckLabel')}</span>
          <SlideCounter current={total ? current : 0} total={total} />
        </div>
        <div className="presenter-figure">
          <span className="presenter-figure-label">{t('present.presenter.clock')}</span>
          <span className="presenter-figure-value">
            <Clock />
          </span>
        </div>
        <PresenterTimer />
        <p className="presenter-peer" data-connected={peer || undefined} role="status">
          {peer ? t('present.presenter.connected') : t('present.presenter.alone')}
        </p>
        <button type="button" className="presenter-button presenter-end" onClick={end}>
          {t('present.presenter.end')}
        </button>
      </header>

      <main className="presenter-body">
        <section className="presenter-current" aria-labelledby="presenter-current-title">
          <h2 id="presenter-current-title" className="presenter-heading">
            {t('present.presenter.current')}
            {model ? <span className="presenter-heading-name">{slideName(model, t)}</span> : null}
          </h2>
          <div className={`presenter-slide deck-theme-${theme}`} aria-hidden="true" inert>
            <SlideStage>{model ? slide(model, current) : <div className="slide slide-none" />}</SlideStage>
            {blanked ? <div className="presenter-blanked-veil" /> : null}
          </div>
          {blanked ? (
            <p className="presenter-blanked" data-testid="presenter-blanked">
              {t('present.presenter.blanked')}
            </p>
          ) : null}
          {keys.typed ? (
            <p className="presenter-typed" aria-live="assertive">
              {keys.typed.digits ? t('present.goto', { slide: keys.typed.digits }) : t('present.gotoPrompt')}
            </p>
          ) : null}
        </section>

        <div className="presenter-side">
          <section className="presenter-next" aria-labelledby="presenter-next-title">
            <h2 id="presenter-next-title" className="presenter-heading">
              {t('present.presenter.next')}
              {nextModel ? <span className="presenter-heading-name">{slideName(nextModel, t)}</span> : null}
            </h2>
            {nextModel ? (
              <div className={`presenter-slide deck-theme-${theme}`} aria-hidden="true" inert>
                <SlideStage>{slide(nextModel, current + 1)}</SlideStage>
              </div>
            ) : (
              <p className="presenter-last">{t('present.presenter.nextNone')}</p>
            )}
          </section>
          <section className="presenter-notes" aria-labelledby="presenter-notes-title">
            <h2 id="presenter-notes-title" className="presenter-heading">
              {t('present.presenter.notes')}
            </h2>
            {note ? (
              <p className="presenter-note" data-testid="presenter-note">
                {note}
              </p>
            ) : (
              <p className="presenter-note-none">{t('present.presenter.notesNone')}</p>
            )}
          </section>
        </div>
      </main>

      <nav className="presenter-controls" aria-label={t('present.presenter.controls')}>
        <button
          type="button"
          className="presenter-button"
          onClick={() => go(current - 1)}
          disabled={current <= 1}
        >
          <span aria-hidden="true">← </span>
          {t('present.prev')}
        </button>
        <button
          type="button"
          className="presenter-button presenter-button-primary"
          onClick={() => go(current + 1)}
          disabled={current >= total}
        >
          {t('present.next')}
          <span aria-hidden="true"> →</span>
        </button>
        <button
          type="button"
          className="presenter-button"
          aria-pressed={blanked}
          aria-keyshortcuts="B"
          onClick={session.toggleBlank}
        >
          {t('present.presenter.blank')}
        </button>
        <button
          type="button"
          className="presenter-button"
          aria-keyshortcuts="O"
          onClick={() => setDialog('overview')}
        >
          {t('present.presenter.overview')}
        </button>
        <button
          type="button"
          className="presenter-button"
          aria-keyshortcuts="?"
          onClick={() => setDialog('help')}
        >
          {t('present.presenter.help')}
        </button>
        <p className="presenter-keys">{t('present.keys')}</p>
      </nav>

      {dialog === 'overview' ? (
        <DeckOverview
          deck={deck}
          visible={visible}
          current={current}
          notes={notes}
          notesOnSlide={notesOnSlide}
          theme={theme}
          onGo={go}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'help' ? <DeckHelp onClose={() => setDialog(null)} /> : null}
    </div>
  );
}
