// Shared CLI plumbing: argument parsing and an injectable I/O surface, so tests run a CLI in-process.
import { readFile, writeFile } from 'node:fs/promises';

export interface CliIo {
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: string): Promise<void>;
  stdout(text: string): void;
  stderr(text: string): void;
}

export const nodeIo: CliIo = {
  readFile: async (path) => new Uint8Array(await readFile(path)),
  writeFile: (path, data) => writeFile(path, data, 'utf8'),
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
  return e instanceof Error ? e.message : String(e);
}
