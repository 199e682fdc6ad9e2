import { describe, expect, it } from 'vitest';
import records from '../../../data/records.json' with { type: 'json' };
import type { SeedRecord } from '../types.ts';
import { buildRegistry } from '../registry/index.ts';
import { locateAll } from './index.ts';
import { placementOf, sumTallies, tallyOf, tallyPlacement } from './placement.ts';
import { groupByList } from './byList.ts';

const recs = records as SeedRecord[];
const located = locateAll(recs, buildRegistry(recs));

describe('placement', () => {
  it('puts each of the 262 records in exactly one placement: 219 printed, 24 borrowed, 19 unplaced', () => {
    const t = tallyPlacement(located);
    expect([t.total, t.printed, t.borrowed, t.unplaced]).toEqual([262, 219, 24, 19]);
    expect(t.corrected).toBe(recs.filter((r) => r.corrections.length > 0).length);
    expect(t.conflict).toBe(located.filter((l) => l.loc.conflict).length);
  });

  it('tallies only the rows kept: smart-tech has no location column, so its rows are borrowed or unplaced', () => {
    const t = tallyPlacement(located, (l) => l.record.list === 'smart-tech');
    expect(t.total).toBe(7);
    expect(t.printed).toBe(0);
    expect(t.borrowed + t.unplaced).toBe(7);
  });

  it('a row with no county is unplaced whatever its source says', () => {
    expect(placementOf({ source: 'borrowed' } as never)).toBe('unplaced');
    expect(placementOf({ countyCode: '510703', source: 'borrowed' } as never)).toBe('borrowed');
    expect(placementOf({ countyCode: '510703', source: 'printed' } as never)).toBe('printed');
  });

  it('does not mutate the rows', () => {
    const before = JSON.stringify(located.slice(0, 20));
    tallyPlacement(located);
    expect(JSON.stringify(located.slice(0, 20))).toBe(before);
  });

  it('a sum of per-list tallies equals the tally of the same rows in one pass, list by list and for all', () => {
    const byList = groupByList(located);
    for (const [list, rows] of byList) expect(tallyOf(rows)).toEqual(tallyPlacement(located, (l) => l.record.list === list));
    expect(sumTallies([...byList.values()].map(tallyOf))).toEqual(tallyPlacement(located));
    // Kept per array: the same array gives the same object, a new array is counted afresh.
    const one = byList.get('smart-tech')!;
    expect(tallyOf(one)).toBe(tallyOf(one));
    expect(tallyOf([...one])).not.toBe(tallyOf(one));
  });
});
