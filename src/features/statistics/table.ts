import type { ProblemCode } from './problems';

/** A cell as read from the file: text from CSV; any JSON value from JSON. */
export type RawCell = unknown;

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
  format: 'csv' | 'json';
  headers: string[];
  /** The line of the header row (CSV); the first line (JSON). */
  headerLine: number;
  records: RawRecord[];
};
