// The gate for the checks that read the source documents (every test under scripts/seeds/): present, they run;
// absent, vite.config.ts leaves them out and this file says so in one line; absent with REQUIRE_SEEDS set (CI),
// this fails and so do they.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Provenance } from '../src/lib/types.ts';
import { seedsGate } from './seeds/source.ts';

const gate = seedsGate();
const cited = (f: string) => (JSON.parse(readFileSync(new URL(`../data/${f}`, import.meta.url), 'utf8')) as Provenance[]).map((r) => r.doc);

describe('source documents', () => {
  if (gate.present) {
    it(`${gate.message}: every document data/ cites is there`, () => {
      const docs = [...new Set([...cited('records.json'), ...cited('targets.json')])].sort();
      expect(docs.filter((d) => !readdirSync(gate.dir).includes(d))).toEqual([]);
    });
  } else if (gate.required) {
    it('are present (REQUIRE_SEEDS is set)', () => {
      expect.fail(gate.message);
    });
  } else {
    console.warn(gate.message);
    it.skip(gate.message, () => {});
  }
});

describe('seedsGate', () => {
  const root = '/p/clone';
  it('looks beside the project unless SEEDS_DIR says otherwise', () => {
    expect(seedsGate({}, root).dir).toBe('/p/shared/seeds');
    expect(seedsGate({ SEEDS_DIR: '/data/seeds' }, root)).toMatchObject({
      dir: '/data/seeds',
      message: 'source documents absent: SEEDS_DIR=/data/seeds not found; skipped the checks that read them (scripts/seeds/**/*.test.ts)',
    });
  });

  it('skips with the reason, or fails when REQUIRE_SEEDS is set to anything but 0', () => {
    expect(seedsGate({}, root)).toEqual({
      dir: '/p/shared/seeds',
      present: false,
      required: false,
      message: 'source documents absent: ../shared/seeds not found (set SEEDS_DIR); skipped the checks that read them (scripts/seeds/**/*.test.ts)',
    });
    expect(seedsGate({ REQUIRE_SEEDS: '1' }, root).message).toBe(
      'source documents absent but required (REQUIRE_SEEDS=1): ../shared/seeds not found (set SEEDS_DIR)',
    );
    expect(['1', 'true', '0', ''].map((v) => seedsGate({ REQUIRE_SEEDS: v }, root).required)).toEqual([true, true, false, false]);
  });
});
