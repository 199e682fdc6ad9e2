// The park gazetteer's citations against the source documents. scripts/build-geo.test.ts rebuilds geo/ without them
// (its bytes do not depend on them), so this is where a cite that drifted from its seed line is caught.
import { describe, expect, it } from 'vitest';
import { checkCites } from '../geo/parks.ts';
import { PARK_SOURCES, SEED_000, UNPLACED } from '../geo/parks-source.ts';
import { SEEDS_DIR } from './common.ts';

describe('geo/parks.json seed citations', () => {
  it('every quoted park name is on the line its citation gives', () => {
    expect(() => checkCites([...PARK_SOURCES.flatMap((p) => p.names), ...UNPLACED], SEEDS_DIR)).not.toThrow();
  });

  it('a quote that is not on its line fails, naming document, line and quote', () => {
    expect(() => checkCites([{ doc: SEED_000, line: 1, quote: '高新区' }], SEEDS_DIR)).toThrow(`seed cite not found: ${SEED_000}:1 does not contain "高新区"`);
  });
});
