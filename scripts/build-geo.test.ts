import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GEO_DIR, GEO_FILES, renderGeo } from './build-geo.ts';

/** Where two texts first differ, as "line L, column C", so a stale file says where to look. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const before = a.slice(0, i).split('\n');
  return `line ${before.length}, column ${before.at(-1)!.length + 1}`;
}

const mtimes = () => readdirSync(GEO_DIR).map((f) => [f, statSync(join(GEO_DIR, f)).mtimeMs]);
const before = mtimes();
// Without the seeds: they only confirm the park citations (scripts/seeds/geo-cites.test.ts, where they are present),
// the bytes do not depend on them, and this check must run in a clone that has no ../shared.
const fresh = renderGeo();

describe('geo/ is what scripts/build-geo.ts builds from the installed packages', () => {
  it('every generated file equals a fresh in-memory build (re-run `npx tsx scripts/build-geo.ts` after changing scripts/geo/ or a package)', () => {
    const stale = GEO_FILES.flatMap((name) => {
      const disk = readFileSync(join(GEO_DIR, name), 'utf8');
      return disk === fresh[name] ? [] : [`geo/${name} differs from a fresh build at ${firstDifference(disk, fresh[name])}`];
    });
    expect(stale).toEqual([]);
  });

  it('geo/ holds the generated files and its README, nothing else', () => {
    expect(readdirSync(GEO_DIR).sort()).toEqual([...GEO_FILES, 'README.md'].sort());
  });

  it('building does not touch geo/', () => {
    expect(mtimes()).toEqual(before);
  });
});

describe('firstDifference', () => {
  it('names the line and column of the first differing character', () => {
    expect(firstDifference('[\n{"a":1},\n{"b":2}\n]\n', '[\n{"a":1},\n{"b":3}\n]\n')).toBe('line 3, column 6');
    expect(firstDifference('abc', 'abcd')).toBe('line 1, column 4');
  });
});
