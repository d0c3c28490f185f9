import { describe, expect, it } from 'vitest';
import { fingerprint } from './embedded';

describe('fingerprint', () => {
  it('is stable, eight hex digits, and changes with any edit', () => {
    const text = '{"version":1,"observations":[{"value":27.7}]}';
    expect(fingerprint(text)).toMatch(/^[0-9a-f]{8}$/);
    expect(fingerprint(text)).toBe(fingerprint(`${text}`));
    expect(fingerprint(text)).not.toBe(fingerprint(text.replace('27.7', '"many"')));
    expect(fingerprint('减负')).not.toBe(fingerprint('减轻'));
  });
  it('matches the FNV-1a reference value', () => {
    expect(fingerprint('')).toBe('811c9dc5');
    expect(fingerprint('a')).toBe('e40c292c');
  });
});
