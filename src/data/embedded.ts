/**
 * The contract between the build and the page's first script for the dataset a prerendered page carries.
 * No imports: the page's bootstrap (src/app/main.tsx) reads it before any other code loads.
 */

/** The id of the non-executable JSON block that carries the dataset in a prerendered page. */
export const EMBEDDED_DATASET_ID = 'embedded-dataset';

/**
 * A short fingerprint (32-bit FNV-1a over UTF-16 code units, hex) of a dataset file's text: the build
 * stores the one of the file it rendered from, and the page compares it with the file it fetches, so a
 * file replaced after the build is noticed (and shown) instead of the build's snapshot. Not security.
 */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
