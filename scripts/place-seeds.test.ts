// data/placed.json is current: placing data/records.json again gives the committed file byte for byte. (That the
// page's join of that file equals run-time placement, record for record, is src/app/data.test.ts.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR } from './extract-seeds.ts';
import { PLACED_FILE, placeSeeds, readLists, readRecords, renderPlaced } from './place-seeds.ts';

describe('data/placed.json', () => {
  const records = readRecords();
  const placements = placeSeeds(records, readLists());

  it('equals a fresh placement of data/records.json (re-run `npm run data` after changing the registry, the geocoder or geo/)', () => {
    expect(readFileSync(join(DATA_DIR, PLACED_FILE), 'utf8')).toBe(renderPlaced(placements));
  });

  it('has one line per record, in the records’ order, and counts every record in one status', () => {
    expect(placements.map((p) => p.id)).toEqual(records.map((r) => r.id));
    const by = (s: string) => placements.filter((p) => p.loc.source === s).length;
    expect([by('printed'), by('borrowed'), by('none')]).toEqual([219, 24, 19]);
    expect(by('printed') + by('borrowed') + by('none')).toBe(262);
    // 华祥机械 (安州区/游仙区) and 长虹电器 (经开区/高新区) among them: README, "Enterprise registry".
    expect(placements.filter((p) => p.loc.conflict).length).toBe(6);
  });

  it('writes one record per line, so a diff names the records that moved', () => {
    const lines = renderPlaced(placements).split('\n');
    expect(lines[0]).toBe('[');
    expect(lines.at(-2)).toBe(']');
    expect(lines).toHaveLength(records.length + 3);
    expect(JSON.parse(lines[1]!.replace(/,$/, ''))).toEqual(placements[0]);
  });
});
