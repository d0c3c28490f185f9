import { useCallback, useRef, useState } from 'react';
import { parseFileOffThread } from './worker-client';
import type { ImportResult } from './parse-import';

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'reading'; fileName: string; done: number; total: number }
  | { phase: 'preview'; fileName: string; result: Extract<ImportResult, { ok: true }> }
  | {
      phase: 'rejected';
      fileName: string;
      result: Extract<ImportResult, { ok: false }>;
      /** The file, to read again with the sheet the user chooses. */
      file?: File;
    };

/**
 * One file through the pipeline: parsed off the main thread with progress, then either a preview
 * to accept or the list of problems. Nothing is stored until the user accepts. A workbook with several
 * data sheets is read again with the sheet the user chose.
 */
export function useImport() {
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const abort = useRef<AbortController | null>(null);

  const read = useCallback(async (file: File, sheet?: string) => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setState({ phase: 'reading', fileName: file.name, done: 0, total: 0 });
    try {
      const result = await parseFileOffThread(
        file,
        (done, total) => setState({ phase: 'reading', fileName: file.name, done, total }),
        { signal: controller.signal, sheet },
      );
      if (controller.signal.aborted) return;
      setState(
        result.ok
          ? { phase: 'preview', fileName: file.name, result }
          : { phase: 'rejected', fileName: file.name, result, file },
      );
    } catch (e) {
      if ((e as Error).name === 'AbortError') return;
      setState({
        phase: 'rejected',
        fileName: file.name,
        result: { ok: false, problems: [{ code: 'undecodable', params: {} }], totalProblems: 1 },
      });
    }
  }, []);

  const cancel = useCallback(() => {
    abort.current?.abort();
    setState({ phase: 'idle' });
  }, []);

  return { state, read, cancel, reset: () => setState({ phase: 'idle' }) };
}
