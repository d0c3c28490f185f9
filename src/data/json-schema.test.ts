import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { datasetSchema } from './schema';

const FILE = path.resolve(import.meta.dirname, '../../public/data/dataset.schema.json');

/** The JSON Schema other tools validate dataset files with, generated from the zod schema. */
function generate(): string {
  const schema = z.toJSONSchema(datasetSchema, { target: 'draft-2020-12', unrepresentable: 'any' });
  return `${JSON.stringify({ $id: 'dataset.schema.json', title: '减负看板 dataset', ...schema }, null, 2)}\n`;
}

describe('public/data/dataset.schema.json', () => {
  it('matches the zod schema (run `npm run schema` after changing src/data/schema.ts)', () => {
    const expected = generate();
    if (process.env.UPDATE_SCHEMA) writeFileSync(FILE, expected);
    expect(readFileSync(FILE, 'utf8')).toBe(expected);
  });
});
