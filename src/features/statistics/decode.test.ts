import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/i18n';
import { checkSize, decodeBytes, MAX_IMPORT_BYTES } from './decode';
import { formatProblem } from './problems';
import { encodeGbk, encodeUtf16, utf8 } from './test-helpers';

const TEXT = '省份,年份,发文数\r\n甘肃,2024,"1,234"\r\n';

function decodedText(bytes: Uint8Array) {
  const result = decodeBytes(bytes);
  if (!result.ok) throw new Error(result.problems[0]?.code);
  return result;
}

describe('decodeBytes', () => {
  it('reads UTF-8 with a BOM, and drops the BOM', () => {
    const result = decodedText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TEXT)]));
    expect(result).toEqual({ ok: true, text: TEXT, encoding: 'utf-8-bom' });
  });
  it('reads UTF-8 without a BOM', () => {
    expect(decodedText(utf8(TEXT))).toEqual({ ok: true, text: TEXT, encoding: 'utf-8' });
  });
  it.each(['le', 'be'] as const)('reads UTF-16 %s with a BOM', (order) => {
    expect(decodedText(encodeUtf16(TEXT, order))).toEqual({
      ok: true,
      text: TEXT,
      encoding: `utf-16${order}`,
    });
  });
  it.each(['le', 'be'] as const)('recognises UTF-16 %s without a BOM', (order) => {
    const text = 'province,year,documents\n620000,2024,5\n';
    expect(decodedText(encodeUtf16(text, order, false))).toMatchObject({ text, encoding: `utf-16${order}` });
  });
  it('falls back to GB18030 for GBK bytes, as Chinese Excel saves CSV', () => {
    const bytes = encodeGbk(TEXT);
    expect([...bytes.slice(0, 4)]).toEqual([0xca, 0xa1, 0xb7, 0xdd]); // 省份 in GBK
    expect(decodedText(bytes)).toEqual({ ok: true, text: TEXT, encoding: 'gb18030' });
  });
  it('keeps plain ASCII as UTF-8', () => {
    expect(decodedText(utf8('a,b\n1,2\n')).encoding).toBe('utf-8');
  });
  it('refuses an empty file', () => {
    expect(decodeBytes(new Uint8Array())).toMatchObject({ ok: false, problems: [{ code: 'emptyFile' }] });
  });
  it('refuses an Excel workbook by its signature, with advice to save as CSV', () => {
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]);
    expect(decodeBytes(xlsx)).toMatchObject({ ok: false, problems: [{ code: 'spreadsheetFile' }] });
    expect(decodeBytes(xls)).toMatchObject({ ok: false, problems: [{ code: 'spreadsheetFile' }] });
  });
  it('refuses binary content', () => {
    expect(decodeBytes(new Uint8Array([0x41, 0x00, 0x00, 0x00, 0x42]))).toMatchObject({
      ok: false,
      problems: [{ code: 'binaryFile' }],
    });
  });
  it('refuses bytes that are neither UTF-8 nor GB18030', () => {
    expect(decodeBytes(new Uint8Array([0x41, 0xff, 0x41]))).toMatchObject({
      ok: false,
      problems: [{ code: 'undecodable' }],
    });
  });
});

describe('the size limit', () => {
  it('is checked before decoding, and the message says the limit', () => {
    const result = decodeBytes(new Uint8Array(MAX_IMPORT_BYTES + 1));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ code: 'tooLarge', params: { limit: 20 } });
    const zh = formatProblem(result.problems[0]!, translator('zh-CN'), 'zh-CN');
    const en = formatProblem(result.problems[0]!, translator('en'), 'en');
    expect(zh).toBe('文件大小 20.0 MB，超过上限 20 MB。请拆分后分别导入。');
    expect(en).toContain('over the 20 MB limit');
  });
  it('lets a file of exactly the limit through the size check', () => {
    expect(checkSize(MAX_IMPORT_BYTES)).toBeNull();
    expect(checkSize(MAX_IMPORT_BYTES + 1)?.problems[0]?.code).toBe('tooLarge');
  });
});
