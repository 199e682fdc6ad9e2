// The exit-code convention of src/cli/exit.ts, through real processes: what a shell script or CI sees.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const EXIT_TS = join(ROOT, 'src/cli/exit.ts');

const DIR = mkdtempSync(join(tmpdir(), 'exit-test-'));
let scripts = 0;
/**
 * A tiny CLI built on runMain, so the convention is tested as a process, not as a function. A file rather than
 * tsx --eval, whose code would get its own copy of exit.ts and so its own list of cleanups.
 */
function script(body: string): string {
  const file = join(DIR, `demo${scripts++}.ts`);
  writeFileSync(file, `import { onInterrupt, runMain } from ${JSON.stringify(EXIT_TS)};\nvoid onInterrupt;\nrunMain('demo', async () => { ${body} });\n`);
  return file;
}
const runScript = (body: string, env: NodeJS.ProcessEnv = {}) =>
  spawnSync(TSX, [script(body)], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, DEBUG: '', ...env } });

// Each case starts tsx (3–5 s on a busy 2-core machine).
describe('CLI exit codes', { timeout: 30_000 }, () => {
  it('a thrown bug is exit 70 and one line, with no stack trace', () => {
    const p = runScript(`throw new Error('boom');`);
    expect([p.status, p.stdout, p.stderr]).toEqual([70, '', 'demo: internal error: boom\n']);
  });

  it('DEBUG=1 adds the stack after that line', () => {
    const p = runScript(`throw new Error('boom');`, { DEBUG: '1' });
    expect(p.status).toBe(70);
    const lines = p.stderr.split('\n');
    expect(lines[0]).toBe('demo: internal error: boom');
    expect(lines[1]).toBe('Error: boom');
    expect(lines[2]).toMatch(/^\s+at /);
  });

  it('the returned code is the exit code', () => {
    expect(runScript('return 1;').status).toBe(1);
    expect(runScript('return 2;').status).toBe(2);
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s while running exits %i and runs the interrupt cleanups', async (signal, code) => {
    // The child says "ready" once its cleanup is registered; the signal is sent on that, not after a guessed delay.
    const body = `onInterrupt(() => process.stderr.write('cleaned\\n'));
      process.stdout.write('ready\\n');
      await new Promise(() => setInterval(() => {}, 1000));
      return 0;`;
    const child = spawn(TSX, [script(body)], { cwd: ROOT });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d));
    await new Promise<void>((res) => child.stdout.on('data', (d: Buffer) => d.toString().includes('ready') && res()));
    child.kill(signal);
    // 'close', not 'exit': tsx runs the script in a child process whose stderr must be drained first.
    const status = await new Promise<number | null>((res) => child.on('close', (c) => res(c)));
    expect(status).toBe(code);
    expect(err).toBe('cleaned\n');
  });
});
