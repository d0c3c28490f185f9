import { useId, type ReactNode } from 'react';
import { useT } from '../../state/use-t';
import type { DeckSlideModel } from './deck-models';

type Props = {
  model: DeckSlideModel;
  number: number;
  total: number;
  note: string | undefined;
  /** Invented numbers: the slide says so, whatever it shows. */
  synthetic: boolean;
  children: ReactNode;
};

// Which slides are covers is slide-view's to say; kept here as ids to avoid a circular import.
const COVERS: ReadonlySet<string> = new Set(['title', 'stats-title']);

/** Every slide's frame: title, computed conclusion, body, the presenter's note, date and sources. */
export function SlideFrame({ model, number, total, note, synthetic, children }: Props) {
  const { t } = useT();
  const titleId = useId();
  const cover = COVERS.has(model.id);
  return (
    <section
      className={`slide slide--${model.id}${cover ? ' slide--cover' : ''}`}
      aria-roledescription={t('present.slideRole')}
      aria-labelledby={titleId}
      data-slide={model.id}
    >
      {synthetic ? (
        <p className="slide-synthetic" data-testid="synthetic-label">
          {t('synthetic.banner')}
        </p>
      ) : null}
      {cover ? null : (
        <header className="slide-head">
          <p className="slide-kicker">{t('app.title')}</p>
          <h2 id={titleId} className="slide-title">
            {model.title}
          </h2>
          <p className="slide-conclusion" data-testid="slide-conclusion">
            {model.conclusion}
          </p>
        </header>
      )}
      <div className="slide-body">
        {cover ? <CoverTitle id={titleId} model={model} /> : null}
        {children}
      </div>
      {note ? (
        <p className="slide-note">
          <strong>{t('present.noteLabel')}</strong>
          <span>{note}</span>
        </p>
      ) : null}
      <footer className="slide-foot">
        <div className="slide-foot-text">
          {model.stamp ? <p className="slide-stamp">{model.stamp}</p> : null}
          {model.sourceLine ? <p className="slide-source">{model.sourceLine}</p> : null}
        </div>
        <p className="slide-page">{t('present.pageOf', { current: number, total })}</p>
      </footer>
    </section>
  );
}

function CoverTitle({ id, model }: { id: string; model: DeckSlideModel }) {
  return (
    <div className="cover-head">
      <h2 id={id} className="cover-title">
        {model.title}
      </h2>
      <p className="cover-subtitle">{model.conclusion}</p>
    </div>
  );
}
