import type { MessageKey } from '../../i18n/i18n';
import { useT } from '../../state/use-t';
import { DataRow } from './data-row';
import { SortHeader } from './sort-header';
import { SORT_KEYS, type Sort, type SortKey, type TableRow } from './selectors';

const COLUMN_LABELS = {
  indicator: 'table.col.indicator',
  scope: 'table.col.scope',
  province: 'table.col.province',
  place: 'table.col.place',
  period: 'table.col.period',
  value: 'table.col.value',
  unit: 'table.col.unit',
  change: 'table.col.change',
  source: 'table.col.source',
} as const satisfies Record<SortKey, MessageKey>;

type Props = {
  rows: readonly TableRow[];
  sort: Sort;
  onSort: (column: SortKey) => void;
  labelledBy: string;
};

/** The rows as a table, every column sortable from its header. */
export function DataTable({ rows, sort, onSort, labelledBy }: Props) {
  const { t } = useT();
  return (
    // A region that scrolls sideways on a narrow screen must be reachable from the keyboard. Positioned,
    // so the visually hidden hints inside its cells are placed (and clipped) within it: otherwise they
    // hang off the page at their cell's place and the whole document scrolls sideways on a phone.
    <div
      role="region"
      aria-labelledby={labelledBy}
      tabIndex={0}
      className="data-table relative overflow-x-auto rounded-lg border border-line bg-surface shadow-sm"
    >
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{t('table.caption')}</caption>
        <thead className="bg-surface-muted">
          <tr>
            {SORT_KEYS.map((key) => (
              <SortHeader key={key} column={key} label={t(COLUMN_LABELS[key])} sort={sort} onSort={onSort} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <DataRow key={row.id} row={row} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
