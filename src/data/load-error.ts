import type { z } from 'zod';

/** Why a dataset file could not be used; each kind gets its own message on screen. */
export type LoadProblem =
  | { kind: 'network'; detail: string }
  | { kind: 'http'; status: number; statusText: string }
  | { kind: 'json'; detail: string }
  | { kind: 'version'; found: string; supported: number }
  | { kind: 'schema'; issues: { path: string; message: string }[] }
  /** A published file whose bytes are not the ones its catalogue lists (changed or corrupted since). */
  | { kind: 'hash'; expected: string; found: string };

export class DatasetLoadError extends Error {
  readonly file: string;
  readonly problem: LoadProblem;

  constructor(file: string, problem: LoadProblem) {
    super(`${file}: ${describeProblem(problem)}`);
    this.name = 'DatasetLoadError';
    this.file = file;
    this.problem = problem;
  }
}

function describeProblem(p: LoadProblem): string {
  switch (p.kind) {
    case 'network':
      return `network error (${p.detail})`;
    case 'http':
      return `HTTP ${p.status}`;
    case 'json':
      return `malformed JSON (${p.detail})`;
    case 'version':
      return `unsupported version ${p.found}`;
    case 'schema':
      return p.issues.map((i) => `${i.path}: ${i.message}`).join('; ');
    case 'hash':
      return `SHA-256 ${p.found}, the catalogue lists ${p.expected}`;
  }
}

/** Turns a zod path like ["observations", 3, "value"] into "observations[3].value". */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return (
    path.reduce<string>((acc, part) => {
      if (typeof part === 'number') return `${acc}[${part}]`;
      const name = String(part);
      return acc ? `${acc}.${name}` : name;
    }, '') || '(root)'
  );
}

export function issuesOf(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((i) => ({ path: formatIssuePath(i.path), message: i.message }));
}
