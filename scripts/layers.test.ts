// The layers of src/ import only downwards: src/lib is pure (no app, no CLI, no worker, no platform, no svelte),
// the worker depends on src/lib and src/platform only, and nothing but the app imports the app. Parsed with the same
// import scanner as the dependency check (scripts/deps.ts), so comments and strings are not counted.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { codeFiles, specifiersOf } from './deps.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SRC = resolve(ROOT, 'src');

/** Every relative import of a file under src/, as the src/ folder it lands in ("lib", "app", …). */
function importsOf(dir: string): { file: string; to: string; spec: string }[] {
  return codeFiles(resolve(SRC, dir)).flatMap((file) =>
    specifiersOf(readFileSync(file, 'utf8'), file)
      .filter((s) => s.specifier.startsWith('.'))
      .map((s) => {
        const target = relative(SRC, resolve(dirname(file), s.specifier));
        return { file: relative(ROOT, file), to: target.startsWith('..') ? target : target.split('/')[0]!, spec: s.specifier };
      }),
  );
}

/** Imports from `dir` that land outside the folders it may use (itself included). */
const outside = (dir: string, allowed: string[]) => importsOf(dir).filter((i) => ![dir, ...allowed].includes(i.to) && !i.to.startsWith('..'));

describe('layers of src/', () => {
  it('src/lib imports nothing from the app, the CLI, the worker or the platform adapters, and not svelte', () => {
    expect(outside('lib', [])).toEqual([]);
    const svelte = codeFiles(resolve(SRC, 'lib')).filter((f) =>
      specifiersOf(readFileSync(f, 'utf8'), f).some((s) => s.specifier === 'svelte' || s.specifier.startsWith('svelte/')),
    );
    expect(svelte).toEqual([]);
  });
  it('src/workers uses src/lib and src/platform only', () => {
    expect(outside('workers', ['lib', 'platform'])).toEqual([]);
  });
  it('src/platform uses src/lib only', () => {
    expect(outside('platform', ['lib'])).toEqual([]);
  });
  it('src/cli uses src/lib only', () => {
    expect(outside('cli', ['lib'])).toEqual([]);
  });
  it('the scanner does see imports (the app imports the lib)', () => {
    expect(importsOf('app').some((i) => i.to === 'lib')).toBe(true);
  });
});
