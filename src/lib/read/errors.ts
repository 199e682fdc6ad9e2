// One typed error for every way a file can be unreadable, so callers show ONE clear line instead of a stack trace.
import type { Msg } from '../i18n/index.ts';

export type ReadErrorCode =
  'empty' | 'binary' | 'encrypted' | 'xls' | 'bad-xlsx' | 'no-sheet' | 'bad-json' | 'json-shape' | 'no-header' | 'too-deep' | 'too-wide' | 'zip-bomb';

export class ReadError extends Error {
  readonly code: ReadErrorCode;
  /**
   * The same message as a key and parameters, for the browser to say in the UI's language (src/lib/i18n/notes.*.ts).
   * The English `message` is what the CLI prints.
   */
  readonly msg: Msg;
  constructor(code: ReadErrorCode, message: string, msg: Msg) {
    super(message);
    this.name = 'ReadError';
    this.code = code;
    this.msg = msg;
  }
}

export const isReadError = (e: unknown): e is ReadError => e instanceof ReadError;
