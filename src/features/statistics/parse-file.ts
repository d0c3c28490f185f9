import { isWorkbook } from './parse';
import { parseImport, type ImportResult, type ProgressCallback } from './parse-import';
import type { WorkbookOptions } from './parse-workbook';

/**
 * Any file the import view takes: a workbook through the workbook reader, which is loaded only now (the
 * first view never carries it), and text through `parseImport`.
 */
export async function parseAnyFile(
  fileName: string,
  bytes: Uint8Array,
  onProgress?: ProgressCallback,
  options: WorkbookOptions = {},
): Promise<ImportResult> {
  if (isWorkbook(bytes)) {
    const { parseWorkbook } = await import('./parse-workbook');
    return parseWorkbook(fileName, bytes, onProgress, options);
  }
  return parseImport(fileName, bytes, onProgress, options);
}
