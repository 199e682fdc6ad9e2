// The exit-code convention both CLIs follow (README "Exit codes"), and the one place a CLI process starts, fails
// and is interrupted. Scripts and CI tell "your file" (1) from "your command line" (2) from "our bug" (70).
import { pathToFileURL } from 'node:url';

/** sysexits.h's EX_SOFTWARE for 70; 128 + signal number for interrupts, as shells report them. */
export const EXIT = { ok: 0, input: 1, usage: 2, internal: 70, sigint: 130, sigterm: 143 } as const;

/** A bad command line: printed as one line, then the usage hint, exit 2. */
export class UsageError extends Error {}

/** "geocode: --out needs a value" + "usage: …": the same two lines for every usage error of every CLI. */
export function usageText(prog: string, message: string, usage: string): string {
  return `${prog}: ${message}\n${usage}\n`;
}

/** One line for a bug; the stack only when DEBUG is set, since a user can do nothing with it. */
export function internalErrorText(prog: string, e: unknown, debug = Boolean(process.env.DEBUG)): string {
  const line = `${prog}: internal error: ${e instanceof Error ? e.message : String(e)}\n`;
  return debug && e instanceof Error && e.stack ? line + e.stack + '\n' : line;
}

type Cleanup = () => void;
const cleanups = new Set<Cleanup>();

/**
 * Run `fn` (synchronously: the process exits right after) if SIGINT/SIGTERM arrives before the returned function
 * is called. Used for temporary files, which must not outlive an interrupted write.
 */
export function onInterrupt(fn: Cleanup): () => void {
  cleanups.add(fn);
  return () => void cleanups.delete(fn);
}

function interrupted(code: number): void {
  for (const fn of cleanups) {
    try {
      fn();
    } catch {
      // Best effort: a cleanup that fails must not keep the others from running or the process from exiting.
    }
  }
  process.exit(code);
}

/** True when `url` (a CLI module's import.meta.url) is the script node was started with. */
export const isMain = (url: string) => Boolean(process.argv[1]) && url === pathToFileURL(process.argv[1]!).href;

/** Start a CLI: exit code from `run`, 70 with one line for anything it throws, 130/143 on SIGINT/SIGTERM. */
export function runMain(prog: string, run: (argv: readonly string[]) => Promise<number>): void {
  process.once('SIGINT', () => interrupted(EXIT.sigint));
  process.once('SIGTERM', () => interrupted(EXIT.sigterm));
  // `geocode big.csv | head`: the reader closing the pipe is its choice, not our failure. Without a listener Node
  // throws the EPIPE as an unhandled 'error' event with a stack trace; stop quietly instead, as `cat` would.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') interrupted(EXIT.ok);
    process.stderr.write(internalErrorText(prog, e));
    process.exit(EXIT.internal);
  });
  run(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      process.stderr.write(internalErrorText(prog, e));
      process.exitCode = EXIT.internal;
    },
  );
}
