import { ProblemList, rejected, rejectOne, type Rejected } from './problems';
import type { RawCell, RawRecord, RawTable } from './table';
import { STATS_VERSION } from '../../data/stats-schema';

/**
 * Keys that reach an object's prototype when a parsed value is later merged or assigned by key. JSON.parse
 * itself makes them plain own properties, but a file that carries one is hostile or broken either way.
 */
export const DANGEROUS_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(position, text.length)));
  const line = before.split('\n').length;
  return { line, column: position - before.lastIndexOf('\n') };
}

// V8 and JavaScriptCore report "at position N"; Firefox "at line L column C".
function errorPosition(message: string, text: string): number {
  const pos = /position (\d+)/.exec(message);
  if (pos) return Number(pos[1]);
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) {
    const lines = text.split('\n');
    const upTo = lines.slice(0, Number(lc[1]) - 1).reduce((n, l) => n + l.length + 1, 0);
    return upTo + Number(lc[2]) - 1;
  }
  // "Unexpected end of JSON input" has no position: the problem is at the end.
  return text.length;
}

/**
 * JSON.parse that rejects dangerous keys anywhere (the reviver drops them, so they are never assigned) and
 * reports a syntax error with its line and the text near it.
 */
export function safeJsonParse(text: string): { ok: true; value: unknown } | Rejected {
  const dangerous: string[] = [];
  let value: unknown;
  try {
    value = JSON.parse(text, (key, v: unknown) => {
      if (DANGEROUS_KEYS.has(key)) {
        dangerous.push(key);
        return undefined;
      }
      return v;
    });
  } catch (error) {
    const position = errorPosition(error instanceof Error ? error.message : '', text);
    const { line, column } = lineAndColumn(text, position);
    const near =
      text
        .slice(position, position + 20)
        .split('\n')[0]
        ?.trim() ?? '';
    return rejectOne('invalidJson', { line }, { position: column, near: near || '…' });
  }
  if (dangerous.length === 0) return { ok: true, value };
  const list = new ProblemList();
  for (const key of new Set(dangerous)) {
    const at = text.indexOf(`"${key}"`);
    list.add('dangerousKey', at >= 0 ? { line: lineAndColumn(text, at).line } : {}, { key });
  }
  return rejected(list);
}

/**
 * The line where each element of the rows array starts (the top-level array, or the array under the
 * top-level "rows" key), by a scan that knows only strings and brackets. JSON.parse keeps no positions, and
 * a figure must trace to its line in the file.
 */
export function jsonRowLines(text: string): number[] {
  const lines: number[] = [];
  const stack: string[] = [];
  let line = 1;
  let rowsDepth = -1;
  let expectElement = false;
  let lastTopKey = '';
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '\n') line += 1;
    if (c === '\n' || c === ' ' || c === '\t' || c === '\r') continue;
    const inRows = stack.length === rowsDepth;
    if (inRows && expectElement && c !== ']') {
      lines.push(line);
      expectElement = false;
    }
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      if (stack.length === 1 && stack[0] === '{') lastTopKey = text.slice(i + 1, j);
      i = j;
    } else if (c === '{' || c === '[') {
      const isRows = c === '[' && (stack.length === 0 || (stack.length === 1 && lastTopKey === 'rows'));
      stack.push(c);
      if (isRows && rowsDepth < 0) {
        rowsDepth = stack.length;
        expectElement = true;
      }
    } else if (c === '}' || c === ']') {
      stack.pop();
    } else if (c === ',' && inRows) {
      expectElement = true;
    }
  }
  return lines;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A parsed JSON import file as a table: headers are the keys met in the rows, in order of appearance. */
export function jsonTable(text: string, value: unknown): { ok: true; table: RawTable } | Rejected {
  let rows: unknown[];
  if (Array.isArray(value)) rows = value;
  else if (isPlainObject(value) && Array.isArray(value.rows)) {
    if (value.version !== undefined && value.version !== STATS_VERSION)
      return rejectOne('jsonVersion', {}, { found: String(value.version), supported: STATS_VERSION });
    rows = value.rows;
  } else return rejectOne('jsonShape');

  const scanned = jsonRowLines(text);
  // The scan and the parser agree on any valid file; if they ever do not, the element's position stands in.
  const lineOf = (i: number) => (scanned.length === rows.length ? (scanned[i] ?? i + 1) : i + 1);
  const columnIndex = new Map<string, number>();
  const records: RawRecord[] = rows.map((row, i) => {
    if (!isPlainObject(row)) return { line: lineOf(i), cells: [], error: 'jsonRowNotObject' };
    const cells: RawCell[] = [];
    for (const key of Object.keys(row)) {
      let index = columnIndex.get(key);
      if (index === undefined) columnIndex.set(key, (index = columnIndex.size));
      cells[index] = row[key];
    }
    return { line: lineOf(i), cells };
  });
  return { ok: true, table: { format: 'json', headers: [...columnIndex.keys()], headerLine: 1, records } };
}
