import { describe, expect, it } from 'vitest';
import records from '../../../../data/records.json' with { type: 'json' };
import lists from '../../../../data/lists.json' with { type: 'json' };
import counties from '../../../../geo/counties.json' with { type: 'json' };
import parks from '../../../../geo/parks.json' with { type: 'json' };
import type { County, ListMeta, Park, SeedRecord } from '../../types.ts';
import { buildRegistry } from '../../registry/index.ts';
import { countByArea, locateAll } from '../../aggregate/index.ts';
import { buildAreaModel } from '../areas.ts';
import { compareView, rankingView } from './ranking.ts';

const recs = records as SeedRecord[];
const located = locateAll(recs, buildRegistry(recs));
const all = lists as ListMeta[];
const geo = { counties: counties as County[], parks: parks as Park[] };
const sherpa = all.filter((l) => l.id === 'sherpa');
const model = buildAreaModel(countByArea(located, { lists: new Set(['sherpa']), by: 'county', distinct: false }), geo, { by: 'county' });

describe('rankingView', () => {
  const r = rankingView(model.areas);
  it('ranks the counties of the view with shared ranks for ties, as summary --list sherpa --by county prints', () => {
    expect(r.slice(0, 4).map((x) => [x.name, x.count, x.rank])).toEqual([
      ['涪城区', 8, 1],
      ['游仙区', 5, 2],
      ['安州区', 1, 3],
      ['江油市', 1, 3],
    ]);
    expect(r.at(-1)!.rank).toBe(5);
    expect(r.reduce((s, x) => s + x.share, 0)).toBeCloseTo(1, 10);
  });
});

describe('compareView', () => {
  it('puts 涪城区 and 北川 side by side with zeros and ranks', () => {
    const c = compareView(
      located,
      all.filter((l) => ['sherpa', 'summit'].includes(l.id)),
      ['510703', '510726'],
      'county',
      rankingView(model.areas),
    );
    expect(c.rows).toEqual([
      { list: 'sherpa', name: all.find((l) => l.id === 'sherpa')!.name, counts: [8, 0] },
      { list: 'summit', name: all.find((l) => l.id === 'summit')!.name, counts: [9, 0] },
    ]);
    expect(c.areas.map((a) => [a.name, a.total, a.rank])).toEqual([
      ['涪城区', 17, 1],
      ['北川羌族自治县', 0, 5],
    ]);
  });
});
