import { useState } from 'react';
import { useT } from '../../state/use-t';

const NAME_MAX = 80;

type Props = {
  name: string;
  /** The year the charts show, beside the name. */
  year: number;
  /** Saves a new name; absent where the dataset is not the user's to rename (a published one). */
  onRename?: (name: string) => void;
};

/** The dataset's title over its charts; the user's own datasets can be renamed here (the deck shows it). */
export function DatasetTitle({ name, year, onRename }: Props) {
  const { t } = useT();
  const [draft, setDraft] = useState<string | null>(null);

  if (draft !== null && onRename) {
    const value = draft.trim();
    return (
      <form
        className="flex flex-wrap items-center gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          if (value && value !== name) onRename(value);
          setDraft(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setDraft(null);
        }}
      >
        <label className="flex items-center gap-2">
          <span className="sr-only">{t('import.ui.renameLabel')}</span>
          <input
            className="w-64 max-w-full rounded border border-line bg-surface px-2 py-1 font-semibold"
            value={draft}
            maxLength={NAME_MAX}
            aria-label={t('import.ui.renameLabel')}
            // The user asked to edit the name: the field takes the keyboard at once.
            autoFocus
            onChange={(e) => setDraft(e.target.value)}
          />
        </label>
        <button type="submit" className="btn" disabled={!value}>
          {t('import.ui.save')}
        </button>
        <button type="button" className="btn" onClick={() => setDraft(null)}>
          {t('import.ui.cancel')}
        </button>
      </form>
    );
  }
  return (
    <span className="flex flex-wrap items-center gap-2">
      <span className="font-semibold" data-testid="dataset-title">
        {t('import.view.heading', { name, year })}
      </span>
      {onRename ? (
        <button type="button" className="btn" onClick={() => setDraft(name)}>
          {t('import.ui.rename')}
        </button>
      ) : null}
    </span>
  );
}
