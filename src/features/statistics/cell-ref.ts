/** Cell references as spreadsheet programs write them (C5, AA12), apart from the reader so CSV code needs no unzip. */

/** "C" → 2, "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 2 → "C", 26 → "AA": the letter a spreadsheet program shows above the column. */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const REF = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/;

/** "B12" → { row: 11, column: 1 }. */
export function parseRef(ref: string): { row: number; column: number } | null {
  const m = REF.exec(ref.toUpperCase());
  if (!m) return null;
  return { row: Number(m[2]) - 1, column: columnIndex(m[1] ?? 'A') };
}
