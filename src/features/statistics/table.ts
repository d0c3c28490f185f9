import type { ColumnKey } from '../../data/stats-columns';
import type { ProblemCode } from './problems';

/** A cell as read from the file: text from CSV; any JSON value from JSON; text or a number from a workbook. */
export type RawCell = unknown;

/** A workbook's formula cell that holds no computed value: a problem at its cell, never a figure. */
export class FormulaWithoutValue {
  constructor(readonly formula: string) {}
}

export type RawRecord = {
  /** 1-based line of the file where the record starts. */
  line: number;
  /** Aligned with the table's headers; may be shorter (missing cells are empty) or longer (extra fields). */
  cells: RawCell[];
  /** Set where the record could not be read as a row at all. */
  error?: ProblemCode;
};

/** A file after parsing and before validation: headers as written, and records with their lines. */
export type RawTable = {
  format: 'csv' | 'json' | 'xlsx';
  headers: string[];
  /** The column each header stands for, where the reader knows better than the header's text (a two-row header). */
  keys?: (ColumnKey | undefined)[];
  /** A workbook's sheet: problems name it, and a header's index is its column (A, B, …). */
  sheet?: string;
  /** The line of the header row (CSV; a workbook's first header row); the first line (JSON). */
  headerLine: number;
  records: RawRecord[];
};
