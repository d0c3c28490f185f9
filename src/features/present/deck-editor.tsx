import { useId } from 'react';
import { useT } from '../../state/use-t';
import { NOTE_MAX, setupOf, useDeckStore, type DeckSlideId } from './deck-store';
import type { Deck, DeckSlideModel } from './deck-models';

type Props = {
  deck: Deck;
  /** The slides shown, in order: where a slide lands in the deck. */
  visible: readonly DeckSlideId[];
};

/** Choose, order and annotate the slides of the deck shown; kept in this browser by the deck store. */
export function DeckEditor({ deck, visible }: Props) {
  const { t } = useT();
  const order = useDeckStore((s) => setupOf(s, deck.kind).order);
  const resetDeck = useDeckStore((s) => s.resetDeck);
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-3 rounded-lg border border-line bg-surface p-4"
    >
      <div className="flex items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-base font-semibold">
          {t('present.edit.title')}
        </h2>
        <button type="button" className="btn text-sm" onClick={() => resetDeck(deck.kind)}>
          {t('present.edit.reset')}
        </button>
      </div>
      <p className="text-sm text-ink-muted">{t('present.edit.hint')}</p>
      <ol className="flex flex-col gap-2">
        {order.map((id, i) => {
          const model = deck.models[id];
          return model ? (
            <EditorRow
              key={id}
              id={id}
              kind={deck.kind}
              name={slideName(model, t)}
              empty={model.empty}
              position={visible.indexOf(id) + 1}
              first={i === 0}
              last={i === order.length - 1}
            />
          ) : null;
        })}
      </ol>
    </section>
  );
}

/** The name a slide goes by in the editor: its title, or "title slide" for a cover. */
export function slideName(model: DeckSlideModel, t: ReturnType<typeof useT>['t']): string {
  return model.id === 'title' || model.id === 'stats-title' ? t('present.slide.title') : model.title;
}

type RowProps = {
  id: DeckSlideId;
  kind: Deck['kind'];
  name: string;
  empty: boolean;
  position: number;
  first: boolean;
  last: boolean;
};

function EditorRow({ id, kind, name, empty, position, first, last }: RowProps) {
  const { t } = useT();
  const hidden = useDeckStore((s) => setupOf(s, kind).hidden.includes(id));
  const note = useDeckStore((s) => setupOf(s, kind).notes[id] ?? '');
  const toggleHidden = useDeckStore((s) => s.toggleHidden);
  const move = useDeckStore((s) => s.move);
  const setNote = useDeckStore((s) => s.setNote);
  const noteId = useId();
  return (
    <li
      className={`rounded-md border border-line p-2 ${hidden || empty ? 'bg-surface-muted' : ''}`}
      data-testid="deck-editor-row"
    >
      <div className="flex items-center gap-2">
        <label className="flex min-w-0 flex-1 items-center gap-2 font-medium">
          <input type="checkbox" checked={!hidden} onChange={() => toggleHidden(id)} />
          <span className="truncate">{name}</span>
        </label>
        <span className="shrink-0 text-xs text-ink-muted">
          {position > 0 ? t('present.edit.position', { slide: position }) : ''}
        </span>
        <button
          type="button"
          className="btn px-2"
          onClick={() => move(id, -1)}
          disabled={first}
          aria-label={t('present.edit.up', { title: name })}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          className="btn px-2"
          onClick={() => move(id, 1)}
          disabled={last}
          aria-label={t('present.edit.down', { title: name })}
        >
          <span aria-hidden="true">↓</span>
        </button>
      </div>
      {empty ? <p className="mt-1 text-xs text-warn">{t('present.edit.unavailable')}</p> : null}
      <label htmlFor={noteId} className="sr-only">
        {t('present.edit.note', { title: name })}
      </label>
      <textarea
        id={noteId}
        rows={2}
        className="mt-2 block w-full resize-y rounded border border-line bg-surface px-2 py-1 text-sm"
        placeholder={t('present.edit.notePlaceholder')}
        maxLength={NOTE_MAX}
        value={note}
        onChange={(e) => setNote(id, e.target.value)}
      />
    </li>
  );
}
