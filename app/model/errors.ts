/** What went wrong, in terms a caller can act on. */
export type ErrorCode = 'not_found' | 'invalid_input' | 'conflict' | 'file_refused' | 'io';

/** An error of Casewright's own, with a message fit to show a user. */
export class CasewrightError extends Error {
  readonly code: ErrorCode;
  /** Where in the input the problem is, e.g. `nodes[0].children[1].weight`. */
  readonly path: string | undefined;

  constructor(code: ErrorCode, message: string, path?: string) {
    super(message);
    this.name = 'CasewrightError';
    this.code = code;
    this.path = path;
  }
}

/**
 * A case file whose bytes are damaged (SQLite reports it corrupt or not a database, its header is invalid or it is
 * truncated): the user's way back is one of its backups.
 */
export class DamagedFileError extends CasewrightError {
  constructor(message: string) {
    super('file_refused', message);
    this.name = 'DamagedFileError';
  }
}

export const notFound = (message: string) => new CasewrightError('not_found', message);
export const invalidInput = (message: string, path?: string) => new CasewrightError('invalid_input', message, path);
export const conflict = (message: string) => new CasewrightError('conflict', message);
export const fileRefused = (message: string) => new CasewrightError('file_refused', message);

/** Formats a path of keys and indexes as `nodes[0].children[1].weight`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += text === '' ? String(part) : `.${String(part)}`;
  }
  return text;
}
