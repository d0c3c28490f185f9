import type { MessageKey } from '../../i18n/i18n';
import { useT } from '../../state/use-t';
import { DeckDialog } from './deck-dialog';

/** Keys named in words (Space) are translated; the others are printed as on the keyboard. */
const SPACE = { words: 'present.help.key.space' } as const;
const SHIFT_SPACE = { words: 'present.help.key.shiftSpace' } as const;
const NUMBER = { words: 'present.help.key.number' } as const;
type Key = string | { words: MessageKey };

/** Every key the deck takes, in the order a presenter needs them; each row is keys → what they do. */
export const HELP_ROWS: readonly { keys: readonly Key[]; does: HelpAction; then?: boolean }[] = [
  { keys: ['→', 'PageDown', SPACE, 'Enter'], does: 'next' },
  { keys: ['←', 'PageUp', 'Backspace', SHIFT_SPACE], does: 'prev' },
  { keys: ['Home', 'End'], does: 'ends' },
  { keys: ['G', NUMBER], does: 'goto', then: true },
  { keys: [NUMBER, 'Enter'], does: 'number', then: true },
  { keys: ['O'], does: 'overview' },
  { keys: ['B', '.'], does: 'blank' },
  { keys: ['S'], does: 'presenter' },
  { keys: ['F'], does: 'fullscreen' },
  { keys: ['P'], does: 'pause' },
  { keys: ['?'], does: 'help' },
  { keys: ['Esc'], does: 'exit' },
];

type HelpAction =
  | 'next'
  | 'prev'
  | 'ends'
  | 'goto'
  | 'number'
  | 'overview'
  | 'blank'
  | 'presenter'
  | 'fullscreen'
  | 'pause'
  | 'help'
  | 'exit';

/** ?: the keys of the deck, today's and the new, in one table. */
export function DeckHelp({ onClose }: { onClose: () => void }) {
  const { t } = useT();
  return (
    <DeckDialog title={t('present.help.title')} toggleKey="?" onClose={onClose} className="deck-help">
      <table className="deck-help-table">
        <thead className="sr-only">
          <tr>
            <th scope="col">{t('present.help.keyColumn')}</th>
            <th scope="col">{t('present.help.actionColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {HELP_ROWS.map((row) => (
            <tr key={row.does}>
              <th scope="row">
                {row.keys.map((key, i) => (
                  <span key={i}>
                    {i > 0 ? (
                      <span className="deck-help-join">
                        {t(row.then ? 'present.help.then' : 'present.help.or')}
                      </span>
                    ) : null}
                    <kbd>{typeof key === 'string' ? key : t(key.words)}</kbd>
                  </span>
                ))}
              </th>
              <td>{t(`present.help.${row.does}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="deck-dialog-hint">{t('present.help.clicker')}</p>
    </DeckDialog>
  );
}
