import { describe, expect, it } from 'vitest';
import records from '../../../data/records.json' with { type: 'json' };
import lists from '../../../data/lists.json' with { type: 'json' };
import targets from '../../../data/targets.json' with { type: 'json' };
import counties from '../../../geo/counties.json' with { type: 'json' };
import parks from '../../../geo/parks.json' with { type: 'json' };
import type { County, ListMeta, Park, SeedRecord, TargetRecord } from '../types.ts';
import { buildRegistry } from '../registry/index.ts';
import { countByArea, locateAll } from '../aggregate/index.ts';
import { buildAreaModel } from './areas.ts';
import { compareView, rankingView } from './ranking.ts';
import { targetsView } from './targets.ts';
import { buildSearch } from './search.ts';

const recs = records as SeedRecord[];
const located = locateAll(recs, buildRegistry(recs));
const all = lists as ListMeta[];
const geo = { counties: counties as County[], parks: parks as Park[] };
const sherpa = all.filter((l) => l.id === 'sherpa');
const model = buildAreaModel(countByArea(located, { lists: new Set(['sherpa']), by: 'county', distinct: false }), geo, { by: 'county' });

describe('rankingView', () => {
  const r = rankingView(model.areas);
  it('ranks the counties of the view with shared ranks for ties, as summary --list sherpa --by county prints', () => {
    expect(r.slice(0, 4).map((x) => [x.name, x.count, x.rank])).toEqual([['涪城区', 8, 1], ['游仙区', 5, 2], ['安州区', 1, 3], ['江油市', 1, 3]]);
    expect(r.at(-1)!.rank).toBe(5);
    expect(r.reduce((s, x) => s + x.share, 0)).toBeCloseTo(1, 10);
  });
});

describe('compareView', () => {
  it('puts 涪城区 and 北川 side by side with zeros and ranks', () => {
    const c = compareView(located, all.filter((l) => ['sherpa', 'summit'].includes(l.id)), ['510703', '510726'], 'county', rankingView(model.areas));
    expect(c.rows).toEqual([
      { list: 'sherpa', name: all.find((l) => l.id === 'sherpa')!.name, counts: [8, 0] },
      { list: 'summit', name: all.find((l) => l.id === 'summit')!.name, counts: [9, 0] },
    ]);
    expect(c.areas.map((a) => [a.name, a.total, a.rank])).toEqual([['涪城区', 17, 1], ['北川羌族自治县', 0, 5]]);
  });
});

describe('targetsView', () => {
  const t = targetsView(targets as TargetRecord[], all);
  it('sets the 2020 smart-factory goal of 智能化 表1 beside the 12 projects of 表3', () => {
    const row = t.find((x) => x.id === 'smart-t1:4')!;
    expect(row).toMatchObject({ indicator: '智能工厂', year: '2020', printed: '20', value: 20, listed: 12, ratio: 0.6, targetSource: '绵府办发〔2019〕5号 表1 第4行' });
  });
  it('uses the 合计 column when a table prints one, and leaves percent goals out', () => {
    expect(t.find((x) => x.id === 'service:表1:1')).toMatchObject({ year: '合计', printed: '12', listed: 28 });
    expect(t.some((x) => x.list === 'local-sourcing')).toBe(false);
    expect(t.find((x) => x.id === 'green-t1:1:省级')).toMatchObject({ printed: '-', listed: 19 });
    expect(t.find((x) => x.id === 'green-t1:1:省级')!.ratio).toBeUndefined();
  });
});

describe('buildSearch', () => {
  const search = buildSearch(located);
  it('finds 长虹 by pinyin, initials and characters', () => {
    expect(search('changhong').map((h) => h.name).some((n) => n.includes('长虹'))).toBe(true);
    expect(search('长虹').every((h) => h.name.includes('长虹'))).toBe(true);
    expect(search('scch').map((h) => h.name).some((n) => n.startsWith('四川长虹'))).toBe(true);
  });
  it('returns each enterprise once with all its lists and where it is', () => {
    const hit = search('四川九洲电器集团有限责任公司')[0]!;
    expect(hit.name).toBe('四川九洲电器集团有限责任公司');
    expect(hit.lists.length).toBeGreaterThan(1);
    expect(hit.countyCode).toBe('510703');
    expect(search('   ')).toEqual([]);
  });
});
