/**
 * A scanner for the XML of a workbook's parts: elements, attributes and text, names without their
 * namespace prefix (Excel writes `<c>`, some generators `<x:c>`). It runs in the import worker and in Node,
 * where there is no DOMParser. It knows no DTD: a `<!DOCTYPE …>` is skipped and its entities are never
 * expanded (no entity expansion attack), only the five named entities and character references are.
 */

export type Attributes = Record<string, string>;

export type XmlHandler = {
  open?: (name: string, attributes: Attributes, selfClosing: boolean) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
};

// An element (open, close or empty), a comment, a processing instruction, CDATA, a DOCTYPE, or text.
const TOKEN =
  /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE(?:[^[>]|\[[^\]]*\])*>|([^<]+)|</g;
const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

const localName = (name: string) => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

function fromCodePoint(code: number): string {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
}

/** Character and named entity references to the characters they stand for. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (_, dec?: string, hex?: string, named?: string) =>
    dec ? fromCodePoint(Number(dec)) : hex ? fromCodePoint(parseInt(hex, 16)) : (NAMED[named ?? ''] ?? ''),
  );
}

function attributesOf(source: string): Attributes {
  const attributes: Attributes = {};
  if (source === '') return attributes;
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(source); m; m = ATTRIBUTE.exec(source))
    attributes[localName(m[1] ?? '')] = decodeEntities(m[2] ?? m[3] ?? '');
  return attributes;
}

/** Calls the handler for each element and text run of `xml`, in document order. */
export function scanXml(xml: string, handler: XmlHandler): void {
  const { open, close, text } = handler;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(xml); m; m = TOKEN.exec(xml)) {
    const [, slash, name, attributes, empty, cdata, chars] = m;
    if (name !== undefined) {
      const local = localName(name);
      if (slash) close?.(local);
      else {
        open?.(local, attributesOf(attributes ?? ''), empty === '/');
        if (empty) close?.(local);
      }
    } else if (chars !== undefined) text?.(decodeEntities(chars));
    else if (cdata !== undefined) text?.(cdata);
  }
}
