// Shared CLI plumbing: argument parsing and an injectable I/O surface, so tests run a CLI in-process.
import { rmSync } from 'node:fs';
import { open, rename, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { MAX_FILE_BYTES } from '../lib/read/limits.ts';
import { BOM, csvLine } from '../lib/write/csv.ts';
import { onInterrupt } from './exit.ts';

export interface CliIo {
  /** The whole file; refuses what is not a regular file or is over MAX_FILE_BYTES (errnoText words the refusal). */
  readFile(path: string): Promise<Uint8Array>;
  /** Writes the chunks in order; the file appears complete or not at all (nodeIo: temporary file, then rename). */
  writeFile(path: string, chunks: Iterable<string>): Promise<void>;
  /** True when both paths name one file (same path, a symlink to it, or a hard link). False when either is missing. */
  sameFile(a: string, b: string): Promise<boolean>;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** A refusal of our own, with a code errnoText understands, like the system's ENOENT. */
class InputRefused extends Error {
  constructor(
    readonly code: 'ENOTREG' | 'ETOOBIG',
    message: string,
  ) {
    super(message);
  }
}

function kindOf(st: { isDirectory(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isFIFO(): boolean; isSocket(): boolean }): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

const mib = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
const tooBig = (size: string) => new InputRefused('ETOOBIG', `too big: ${size}, the limit is ${mib(MAX_FILE_BYTES)}`);

/**
 * stat before open: opening a FIFO with no writer blocks forever, and /dev/zero never ends, so anything but a
 * regular file is refused by its type. The read itself stops at the limit + 1 byte, so a file that grows after
 * the stat is still never read whole.
 */
async function readRegularFile(path: string, limit = MAX_FILE_BYTES): Promise<Uint8Array> {
  const st = await stat(path);
  if (!st.isFile()) throw new InputRefused('ENOTREG', `not a regular file: ${kindOf(st)}`);
  if (st.size > limit) throw tooBig(mib(st.size));
  const fh = await open(path, 'r');
  try {
    const buf = new Uint8Array(Math.min(st.size, limit) + 1);
    let n = 0;
    for (;;) {
      const { bytesRead } = await fh.read(buf, n, buf.length - n, null);
      if (bytesRead === 0) break;
      n += bytesRead;
      if (n === buf.length) throw tooBig(`more than ${mib(limit)}`);
    }
    return buf.subarray(0, n);
  } finally {
    await fh.close();
  }
}

/**
 * Write to ".NAME.PID.tmp" beside the target, then rename: rename within one folder is atomic, so an interrupt,
 * a full disk or a crash leaves the old file (or none), never a truncated one that looks complete. The temporary
 * file is removed on SIGINT/SIGTERM (exit.ts) and on any error.
 */
async function writeAtomically(path: string, chunks: Iterable<string>): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const remove = () => rmSync(tmp, { force: true });
  const release = onInterrupt(remove);
  try {
    const fh = await open(tmp, 'wx');
    try {
      // Awaited chunk by chunk: a signal arriving mid-write is handled between chunks, and memory holds one chunk.
      for (const chunk of chunks) await fh.write(chunk, null, 'utf8');
    } finally {
      await fh.close();
    }
    await rename(tmp, path);
  } catch (e) {
    remove();
    throw e;
  } finally {
    release();
  }
}

async function sameFile(a: string, b: string): Promise<boolean> {
  try {
    const [x, y] = await Promise.all([stat(a), stat(b)]);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

export const nodeIo: CliIo = {
  readFile: (path) => readRegularFile(path),
  writeFile: writeAtomically,
  sameFile,
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};

export { UsageError } from './exit.ts';
import { UsageError } from './exit.ts';

export interface ParsedArgs {
  positional: string[];
  options: Record<string, string>;
  flags: Set<string>;
}

/**
 * `--name value`, `--name=value` for names in `withValue`; bare `--flag` for names in `flags`; `--` ends options.
 * Unknown options are errors, not silently ignored (a typo like --colum would otherwise fall back to detection).
 */
export function parseArgs(argv: readonly string[], withValue: readonly string[], flags: readonly string[] = []): ParsedArgs {
  const out: ParsedArgs = { positional: [], options: {}, flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      out.positional.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith('--') || a === '-') {
      out.positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = a.slice(2, eq < 0 ? undefined : eq);
    if (flags.includes(name) && eq < 0) out.flags.add(name);
    else if (withValue.includes(name)) {
      const v = eq >= 0 ? a.slice(eq + 1) : argv[++i];
      if (v === undefined || v === '') throw new UsageError(`--${name} needs a value`);
      out.options[name] = v;
    } else throw new UsageError(`unknown option ${a}`);
  }
  return out;
}

/** File name without directories, for messages that must not depend on where the CLI was run from. */
export const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;

export function errnoText(e: unknown): string {
  const code = (e as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTREG' || code === 'ETOOBIG') return (e as Error).message;
  return e instanceof Error ? e.message : String(e);
}

/**
 * toCsv (src/lib/write/csv.ts) as ~256 KB pieces, made as they are written: a million-row output is never one
 * string in memory, and writeFile can be interrupted between pieces. Small enough that a signal is handled within
 * a few ms of arriving.
 */
export function* csvChunks(headers: readonly string[], rows: Iterable<readonly string[]>, size = 1 << 18): Generator<string> {
  let buf = BOM + csvLine(headers) + '\r\n';
  for (const r of rows) {
    buf += csvLine(r) + '\r\n';
    if (buf.length >= size) {
      yield buf;
      buf = '';
    }
  }
  if (buf) yield buf;
}
