// One typed error for every way a file can be unreadable, so callers show ONE clear line instead of a stack trace.

export type ReadErrorCode =
  | 'empty'
  | 'binary'
  | 'encrypted'
  | 'xls'
  | 'bad-xlsx'
  | 'no-sheet'
  | 'bad-json'
  | 'json-shape'
  | 'no-header';

export class ReadError extends Error {
  readonly code: ReadErrorCode;
  constructor(code: ReadErrorCode, message: string) {
    super(message);
    this.name = 'ReadError';
    this.code = code;
  }
}

export const isReadError = (e: unknown): e is ReadError => e instanceof ReadError;
