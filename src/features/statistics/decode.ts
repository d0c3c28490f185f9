import { rejectOne, type Rejected } from './problems';

/** Larger files are refused before they are read: a province's yearly counts are far smaller. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export const TEXT_ENCODINGS = ['utf-8-bom', 'utf-8', 'utf-16le', 'utf-16be', 'gb18030'] as const;
export type TextEncodingName = (typeof TEXT_ENCODINGS)[number];

export type Decoded = { ok: true; text: string; encoding: TextEncodingName } | Rejected;

const MB = 1024 * 1024;

/** The size check, separate so a caller holding a File can refuse it without reading it. */
export function checkSize(size: number): Rejected | null {
  if (size <= MAX_IMPORT_BYTES) return null;
  return rejectOne('tooLarge', {}, { size: (size / MB).toFixed(1), limit: MAX_IMPORT_BYTES / MB });
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

const ZIP = [0x50, 0x4b, 0x03, 0x04]; // .xlsx is a zip archive
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // .xls

/**
 * UTF-16 without a BOM (some exporters write it) shows as a zero byte in every other position for the ASCII
 * part of the text (digits, commas, newlines). Returns the byte order, or null.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros += 1;
    if (bytes[i + 1] === 0) oddZeros += 1;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decoded(text: string | null, encoding: TextEncodingName): Decoded {
  if (text === null) return rejectOne('undecodable');
  // A NUL never occurs in a CSV or JSON text: the bytes are some other kind of file.
  if (text.includes('\u0000')) return rejectOne('binaryFile');
  return { ok: true, text, encoding };
}

/**
 * Bytes to text, with the encoding detected rather than asked: a BOM decides; otherwise strict UTF-8, and
 * where that fails GB18030 (a superset of GBK, what Chinese Excel writes for "CSV (逗号分隔)").
 * The BOM is not part of the returned text.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const tooLarge = checkSize(bytes.length);
  if (tooLarge) return tooLarge;
  if (bytes.length === 0) return rejectOne('emptyFile');
  if (startsWith(bytes, ZIP) || startsWith(bytes, OLE)) return rejectOne('spreadsheetFile');
  // TextDecoder drops a leading BOM of its own encoding.
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decoded(tryDecode('utf-8', bytes), 'utf-8-bom');
  if (startsWith(bytes, [0xff, 0xfe])) return decoded(tryDecode('utf-16le', bytes), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return decoded(tryDecode('utf-16be', bytes), 'utf-16be');
  const utf16 = sniffUtf16(bytes);
  if (utf16) return decoded(tryDecode(utf16, bytes), utf16);
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return decoded(utf8, 'utf-8');
  return decoded(tryDecode('gb18030', bytes), 'gb18030');
}
