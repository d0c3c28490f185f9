import { parseAnyFile } from './parse-file';
import type { ImportResult } from './parse-import';

/** What the page sends: the file's name and bytes (copied, so the page keeps them for a fallback). */
export type WorkerRequest = { fileName: string; bytes: ArrayBuffer; latestYear?: number; sheet?: string };

export type WorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'result'; result: ImportResult }
  | { type: 'error'; message: string };

// Typed by hand: the DOM and WebWorker libs declare `self` differently, and the app compiles with DOM.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage: (message: WorkerMessage) => void;
};

scope.onmessage = async (event) => {
  const { fileName, bytes, latestYear, sheet } = event.data;
  try {
    const result = await parseAnyFile(
      fileName,
      new Uint8Array(bytes),
      (done, total) => scope.postMessage({ type: 'progress', done, total }),
      { latestYear, sheet },
    );
    scope.postMessage({ type: 'result', result });
  } catch (error) {
    scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
