/*
 * Helpers for this feature's tests only. Browsers and Node can decode GB18030 but not encode it, so the
 * tests build GBK bytes the way Chinese Excel writes a CSV from a table of every two-byte code.
 */

let table: Map<string, [number, number]> | undefined;

function gbkTable(): Map<string, [number, number]> {
  if (table) return table;
  const pairs: [number, number][] = [];
  for (let lead = 0x81; lead <= 0xfe; lead += 1)
    for (let trail = 0x40; trail <= 0xfe; trail += 1) if (trail !== 0x7f) pairs.push([lead, trail]);
  const text = new TextDecoder('gb18030').decode(new Uint8Array(pairs.flat()));
  table = new Map();
  [...text].forEach((char, i) => {
    const pair = pairs[i];
    if (pair && !table?.has(char)) table?.set(char, pair);
  });
  return table;
}

/** Text to GBK bytes; throws on a character GBK has no two-byte code for. */
export function encodeGbk(text: string): Uint8Array {
  const out: number[] = [];
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code < 0x80) out.push(code);
    else {
      const pair = gbkTable().get(char);
      if (!pair) throw new Error(`no GBK code for ${char}`);
      out.push(...pair);
    }
  }
  return new Uint8Array(out);
}

/** Text to UTF-16 bytes, with or without a BOM. */
export function encodeUtf16(text: string, order: 'le' | 'be', bom = true): Uint8Array {
  const units = [...(bom ? '\uFEFF' : ''), ...text].flatMap((c) => {
    const s = c.length === 1 ? [c.charCodeAt(0)] : [c.charCodeAt(0), c.charCodeAt(1)];
    return s;
  });
  const out = new Uint8Array(units.length * 2);
  units.forEach((u, i) => {
    out[i * 2 + (order === 'le' ? 0 : 1)] = u & 0xff;
    out[i * 2 + (order === 'le' ? 1 : 0)] = u >> 8;
  });
  return out;
}

export const utf8 = (text: string) => new TextEncoder().encode(text);
