import { checkSize } from './decode';
import type { ImportResult, ProgressCallback } from './parse-import';
import { parseAnyFile } from './parse-file';
import type { WorkbookOptions } from './parse-workbook';
import { isUnreadableSpreadsheetName } from './parse';
import { rejectOne } from './problems';
import type { WorkerMessage, WorkerRequest } from './import-worker';

export type ParseFileOptions = WorkbookOptions & {
  /** Stops the worker; the promise then rejects with an AbortError. */
  signal?: AbortSignal;
};

/** The file the user picked; a Blob with a name is enough (tests pass a File built in Node). */
export type ImportFile = Blob & { readonly name: string };

class WorkerUnavailable extends Error {}

function abortError(): DOMException {
  return new DOMException('The import was cancelled.', 'AbortError');
}

function inWorker(request: WorkerRequest, onProgress: ProgressCallback | undefined, signal?: AbortSignal) {
  return new Promise<ImportResult>((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      reject(new WorkerUnavailable());
      return;
    }
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress?.(message.done, message.total);
      else {
        finish();
        if (message.type === 'result') resolve(message.result);
        else reject(new Error(message.message));
      }
    };
    // The worker script did not load (an old browser, a blocking policy): parse on this thread instead.
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      reject(new WorkerUnavailable());
    };
    worker.postMessage(request);
  });
}

/**
 * Reads, decodes, parses and validates a file (CSV, JSON or an .xlsx workbook) in a Web Worker, so a large file never freezes the page;
 * where workers are unavailable (Node tests, a blocked worker) it does the same on the main thread.
 * Progress arrives every ~2,000 rows. A file over the size limit is refused before it is read.
 */
export async function parseFileOffThread(
  file: ImportFile,
  onProgress?: ProgressCallback,
  options: ParseFileOptions = {},
): Promise<ImportResult> {
  const { signal, ...importOptions } = options;
  if (signal?.aborted) throw abortError();
  const tooLarge = checkSize(file.size);
  if (tooLarge) return tooLarge;
  if (isUnreadableSpreadsheetName(file.name)) return rejectOne('spreadsheetFile');
  const bytes = await file.arrayBuffer();
  if (signal?.aborted) throw abortError();
  const onMainThread = () => parseAnyFile(file.name, new Uint8Array(bytes), onProgress, importOptions);
  if (typeof Worker === 'undefined') return onMainThread();
  try {
    return await inWorker({ fileName: file.name, bytes, ...importOptions }, onProgress, signal);
  } catch (error) {
    if (error instanceof WorkerUnavailable) return onMainThread();
    throw error;
  }
}
