import { describe, expect, it } from 'vitest';
import records from '../../../../data/records.json' with { type: 'json' };
import lists from '../../../../data/lists.json' with { type: 'json' };
import counties from '../../../../geo/counties.json' with { type: 'json' };
import type { County, ListMeta, SeedRecord } from '../../types.ts';
import { buildRegistry } from '../../registry/index.ts';
import { locateAll } from '../../aggregate/index.ts';
import { gapView, sortGapRows } from './gaps.ts';

const recs = records as SeedRecord[];
const located = locateAll(recs, buildRegistry(recs));
const geo = { counties: counties as County[] };
const all = lists as ListMeta[];
const only = (...ids: string[]) => all.filter((l) => ids.includes(l.id));

describe('gapView', () => {
  const g = gapView(located, only('sherpa', 'summit', 'green-park'), geo.counties);
  it('keeps zeros: 北川 has no sherpa or summit candidate', () => {
    const j = g.counties.findIndex((c) => c.name === '北川羌族自治县');
    expect(g.rows.map((r) => [r.list, r.cells[j]])).toEqual([
      ['green-park', 0],
      ['sherpa', 0],
      ['summit', 0],
    ]);
    expect(g.zerosByCounty[j]).toBe(3);
  });
  it('accounts for every row: cells plus other equal the list size', () => {
    for (const r of g.rows) expect(r.cells.reduce((a, b) => a + b, 0) + r.other).toBe(all.find((l) => l.id === r.list)!.rows);
  });
  it('sorts by a county column and by gaps', () => {
    const fc = g.counties.findIndex((c) => c.name === '涪城区');
    expect(sortGapRows(g.rows, { by: 'county', index: fc }).map((r) => r.list)).toEqual(['summit', 'sherpa', 'green-park']);
    expect(sortGapRows(g.rows, { by: 'zeros' })[0]!.zeros).toBe(Math.max(...g.rows.map((r) => r.zeros)));
  });
});
