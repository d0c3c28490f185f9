import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '..');
// CJK characters and CJK/full-width punctuation: UI text in any of them belongs in a locale file.
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

function componentFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return componentFiles(full);
    return entry.name.endsWith('.tsx') && !entry.name.endsWith('.test.tsx') ? [full] : [];
  });
}

/** Strips comments so a Chinese example in a doc comment is not mistaken for UI text. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
}

describe('UI text goes through the locale layer', () => {
  it.each(componentFiles(SRC).map((f) => path.relative(SRC, f)))('%s has no literal Chinese text', (file) => {
    const lines = code(readFileSync(path.join(SRC, file), 'utf8'))
      .split('\n')
      .map((line, i) => ({ line: i + 1, text: line }))
      .filter((l) => CJK.test(l.text));
    expect(lines).toEqual([]);
  });
});
