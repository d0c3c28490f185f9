import { PROVINCES, type Province } from './provinces';

export type ProvinceMatch =
  { kind: 'match'; province: Province } | { kind: 'ambiguous'; candidates: Province[] } | { kind: 'none' };

const FULL_WIDTH_OFFSET = 0xff01 - 0x21;

/**
 * Brings a typed value to the form the lookup tables use. Full-width letters and digits come from Chinese
 * IMEs left in full-width mode, so 'ｇｓ' must find the same unit as 'gs'.
 */
export function normalizeProvinceInput(s: string): string {
  return s
    .replace(/[０-９Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - FULL_WIDTH_OFFSET))
    .replace(/\s+/g, '')
    .replace(/[A-Z]/g, (c) => c.toLowerCase());
}

// People add the generic suffix to the short name even where it is not the official one (广西省, 新疆自治区).
const SUFFIXES = ['省', '市', '自治区', '自治區'];

/** Forms that identify a unit on their own; initials are kept apart because they collide (sx, hb, hn). */
function strongForms(p: Province): string[] {
  // A Traditional form no longer than the short name is a short form (甘肅, 臺灣), so it takes suffixes too.
  const shorts = [p.short, ...p.traditional.filter((t) => t.length <= p.short.length)];
  return [
    p.code,
    p.name,
    ...shorts,
    ...shorts.flatMap((s) => SUFFIXES.map((suffix) => s + suffix)),
    ...p.traditional,
    p.en,
    p.pinyin,
    ...p.aliases,
  ].map(normalizeProvinceInput);
}

function addTo(index: Map<string, Province[]>, key: string, p: Province): void {
  const list = index.get(key);
  if (!list) index.set(key, [p]);
  else if (!list.includes(p)) list.push(p);
}

const strongIndex = new Map<string, Province[]>();
const initialsIndex = new Map<string, Province[]>();
for (const p of PROVINCES) {
  for (const form of strongForms(p)) addTo(strongIndex, form, p);
  addTo(initialsIndex, normalizeProvinceInput(p.initials), p);
}

/**
 * Resolves one typed value (a CSV cell, a URL parameter) to a unit. Codes count only as all six digits:
 * a two-digit prefix such as '14' is too easily some other number.
 */
export function matchProvince(input: string): ProvinceMatch {
  const key = normalizeProvinceInput(input);
  if (key === '') return { kind: 'none' };
  const found = strongIndex.get(key) ?? initialsIndex.get(key);
  if (!found) return { kind: 'none' };
  const [only] = found;
  if (found.length === 1 && only) return { kind: 'match', province: only };
  return { kind: 'ambiguous', candidates: [...found] };
}

/** A Latin name and each of its tails from a word start: 'inner mongolia' → also 'mongolia'. */
function latinStarts(name: string): string[] {
  const words = name.trim().split(/\s+/);
  return words.map((_, i) => words.slice(i).join(' '));
}

type SearchEntry = {
  province: Province;
  exact: ReadonlySet<string>;
  prefixFirst: string[];
  prefixOther: string[];
  names: string[];
};

const searchEntries: SearchEntry[] = PROVINCES.map((p) => ({
  province: p,
  exact: new Set([...strongForms(p), normalizeProvinceInput(p.initials)]),
  prefixFirst: [p.short, p.pinyin, p.initials].map(normalizeProvinceInput),
  // Each word of a Latin name counts as a start, so 'mongolia' and 'kong' find their units.
  prefixOther: [p.code, p.name, ...p.traditional, ...[p.en, ...p.aliases].flatMap(latinStarts)].map(
    normalizeProvinceInput,
  ),
  // Substrings only of Chinese names: inside Latin names a letter or two matches almost everything.
  names: [p.name, ...p.traditional, ...p.aliases.filter((a) => !/[a-z]/i.test(a))].map(
    normalizeProvinceInput,
  ),
}));

/** Lower is better; undefined means no match at all. */
function rank(e: SearchEntry, q: string): number | undefined {
  if (e.exact.has(q)) return 0;
  if (e.prefixFirst.some((f) => f.startsWith(q))) return 1;
  if (e.prefixOther.some((f) => f.startsWith(q))) return 2;
  if (e.names.some((f) => f.includes(q))) return 3;
  return undefined;
}

/**
 * Candidates for a searchable combobox, best first and in code order within a rank. An empty query lists
 * all 34 regardless of `limit`, so an opened, untouched combobox shows every unit.
 */
export function searchProvinces(query: string, limit = 10): Province[] {
  const q = normalizeProvinceInput(query);
  if (q === '') return [...PROVINCES];
  // Entries are in code order and Array#sort is stable, so ties keep code order.
  return searchEntries
    .flatMap((e) => {
      const r = rank(e, q);
      return r === undefined ? [] : [{ province: e.province, r }];
    })
    .sort((a, b) => a.r - b.r)
    .slice(0, Math.max(0, limit))
    .map(({ province }) => province);
}
