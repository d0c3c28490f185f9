import { describe, expect, it } from 'vitest';
import { jsonRowLines, jsonTable, safeJsonParse } from './json';

describe('safeJsonParse', () => {
  it('parses ordinary JSON', () => {
    expect(safeJsonParse('{"rows":[{"省份":"甘肃"}]}')).toEqual({
      ok: true,
      value: { rows: [{ 省份: '甘肃' }] },
    });
  });

  it.each(['__proto__', 'constructor', 'prototype'])(
    'rejects the key %s anywhere, naming its line',
    (key) => {
      const text = `{\n  "rows": [\n    { "省份": "甘肃", "x": { "${key}": { "polluted": true } } }\n  ]\n}`;
      const result = safeJsonParse(text);
      expect(result).toMatchObject({
        ok: false,
        problems: [{ code: 'dangerousKey', line: 3, params: { key } }],
      });
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
    },
  );

  it('finds a dangerous key written with escapes (line unknown)', () => {
    const result = safeJsonParse('[{"\\u005f_proto__": {}}]');
    expect(result).toMatchObject({
      ok: false,
      problems: [{ code: 'dangerousKey', params: { key: '__proto__' } }],
    });
  });

  it('reports a syntax error with its line, column and the text there', () => {
    const result = safeJsonParse('{\n  "rows": [\n    {"省份": "甘肃",}\n  ]\n}');
    expect(result).toMatchObject({ ok: false, problems: [{ code: 'invalidJson', line: 3 }] });
    if (result.ok) return;
    expect(result.problems[0]?.params.near).toBe('}');
    expect(result.problems[0]?.params.position).toBe(17);
  });

  it('reports a truncated file at its end', () => {
    const result = safeJsonParse('[\n{"省份": "甘肃"');
    expect(result).toMatchObject({ ok: false, problems: [{ code: 'invalidJson', line: 2 }] });
  });
});

describe('jsonRowLines', () => {
  it('finds where each row of a bare array starts', () => {
    expect(jsonRowLines('[\n  {"a": 1},\n\n  {"a": "x,]}"},\n  {\n "b": [1, 2]\n }\n]')).toEqual([2, 4, 5]);
  });
  it('finds the rows under the top-level "rows" key only', () => {
    const text = '{\n "meta": [{"x": 1}],\n "rows": [\n  {"a": 1}, {"a": 2},\n  {"a": "\\"rows\\""}\n ]\n}';
    expect(jsonRowLines(text)).toEqual([4, 4, 5]);
  });
  it('is empty for an empty array', () => {
    expect(jsonRowLines('[ ]')).toEqual([]);
  });
});

describe('jsonTable', () => {
  it('takes the keys met in the rows as headers, in order of appearance', () => {
    const text = '[\n{"省份": "甘肃", "年份": 2024},\n{"年份": 2023, "发文数": 5}\n]';
    const result = jsonTable(text, JSON.parse(text));
    expect(result).toMatchObject({
      ok: true,
      table: {
        format: 'json',
        headers: ['省份', '年份', '发文数'],
        records: [
          { line: 2, cells: ['甘肃', 2024] },
          { line: 3, cells: [undefined, 2023, 5] },
        ],
      },
    });
  });
  it('accepts the object form with version 1', () => {
    const text = '{"version": 1, "rows": [{"province": "gs"}]}';
    expect(jsonTable(text, JSON.parse(text))).toMatchObject({ ok: true, table: { headers: ['province'] } });
  });
  it('refuses another version', () => {
    const text = '{"version": 2, "rows": []}';
    expect(jsonTable(text, JSON.parse(text))).toMatchObject({
      ok: false,
      problems: [{ code: 'jsonVersion', params: { found: '2', supported: 1 } }],
    });
  });
  it.each(['{"data": []}', '"text"', '42', 'null', '{"rows": {}}'])('refuses the shape %s', (text) => {
    expect(jsonTable(text, JSON.parse(text))).toMatchObject({ ok: false, problems: [{ code: 'jsonShape' }] });
  });
  it('marks a row that is not an object', () => {
    const text = '[{"省份": "甘肃"}, [1, 2], "x"]';
    const result = jsonTable(text, JSON.parse(text));
    expect(result.ok && result.table.records.map((r) => r.error)).toEqual([
      undefined,
      'jsonRowNotObject',
      'jsonRowNotObject',
    ]);
  });
});
