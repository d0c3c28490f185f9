import { Inflate } from 'fflate';

/**
 * The parts of a zip archive (an .xlsx is one) as its central directory declares them, read without
 * inflating anything, so a workbook that would unpack past a limit is refused before it is expanded.
 * fflate inflates; the directory is read here because fflate's own readers inflate as they list.
 */
export type ZipEntry = {
  name: string;
  /** 0 stored, 8 deflated; other methods are refused. */
  method: number;
  compressedSize: number;
  /** The uncompressed size the archive declares; inflation stops past it. */
  size: number;
  /** Where the entry's local header starts. */
  headerOffset: number;
};

export type ZipFault = 'notZip' | 'zip64' | 'encrypted' | 'corrupt';

export type ZipListing = { ok: true; entries: Map<string, ZipEntry> } | { ok: false; fault: ZipFault };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const UTF8_NAMES = 1 << 11;
const ENCRYPTED = 1;

/** The archive's entries by name, from the end-of-central-directory record and the directory. */
export function listZip(bytes: Uint8Array): ZipListing {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is the last 22 bytes, plus a comment of up to 65,535 bytes.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i -= 1) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return { ok: false, fault: 'notZip' };
  const count = view.getUint16(end + 10, true);
  const directory = view.getUint32(end + 16, true);
  // A statistics workbook never needs zip64 (over 65,535 parts or 4 GB).
  if (count === 0xffff || directory === 0xffffffff) return { ok: false, fault: 'zip64' };
  const entries = new Map<string, ZipEntry>();
  const latin = new TextDecoder('latin1');
  const utf8 = new TextDecoder('utf-8');
  let p = directory;
  for (let n = 0; n < count; n += 1) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) return { ok: false, fault: 'corrupt' };
    const flags = view.getUint16(p + 8, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const entry: ZipEntry = {
      name: (flags & UTF8_NAMES ? utf8 : latin).decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      headerOffset: view.getUint32(p + 42, true),
    };
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff)
      return { ok: false, fault: 'zip64' };
    if (flags & ENCRYPTED) return { ok: false, fault: 'encrypted' };
    entries.set(entry.name, entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries };
}

/** The sum of the declared uncompressed sizes: what the archive would take unpacked. */
export function declaredSize(entries: ReadonlyMap<string, ZipEntry>): number {
  let total = 0;
  for (const e of entries.values()) total += e.size;
  return total;
}

export class ZipError extends Error {
  constructor(readonly fault: ZipFault | 'sizeMismatch') {
    super(`zip: ${fault}`);
  }
}

// Compressed input is fed in slices, so a part that inflates past its declared size is stopped within
// one slice's output (deflate expands at most ~1,032:1, so ~16 MB) rather than after all of it.
const SLICE = 16 * 1024;

/**
 * One entry's bytes. A part that inflates to more than the archive declared for it (a lying zip bomb) is
 * stopped and refused with `sizeMismatch`, so the declared sizes checked before are a real bound.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.headerOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw new ZipError('corrupt');
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipError('corrupt');
  const data = bytes.subarray(start, end);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw new ZipError('sizeMismatch');
    return data.slice();
  }
  if (entry.method !== 8) throw new ZipError('corrupt');
  const out = new Uint8Array(entry.size);
  let written = 0;
  let over = false;
  const inflate = new Inflate((chunk) => {
    if (over || written + chunk.length > out.length) {
      over = true;
      return;
    }
    out.set(chunk, written);
    written += chunk.length;
  });
  try {
    for (let i = 0; i < data.length && !over; i += SLICE) {
      const last = i + SLICE >= data.length;
      inflate.push(data.subarray(i, i + SLICE), last);
    }
    if (data.length === 0) inflate.push(data, true);
  } catch {
    throw new ZipError('corrupt');
  }
  if (over || written !== entry.size) throw new ZipError('sizeMismatch');
  return out;
}
