import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../registry/index.ts';
import { rec } from '../registry/fixtures.ts';
import type { ListMeta } from '../types.ts';
import { allLists, countByArea, countByPlan, gapMatrix, locateAll, planLists, prepareCounts, rankAreas, summarise, UNPLACED } from './index.ts';

// 智能化 表3 rows 1–4 and 11, 冲顶 表3 row 2 (永贵), 绿色化 表5 row 30 (永贵 科创区), 表11 rows 7 and 13.
const records = [
  rec('smart-factory:1', '四川长虹模塑科技有限公司', '高新区', { investmentWan: 21559 }),
  rec('smart-factory:2', '四川华丰企业集团有限公司', '经开区', { investmentWan: 14388 }),
  rec('smart-factory:3', '四川旭虹光电科技有限公司', '经开区', { investmentWan: 19000 }),
  rec('smart-factory:4', '雅化集团绵阳实业有限公司', '游仙区', { investmentWan: 13200 }),
  rec('smart-factory:11', '四川九洲电器集团有限责任公司', '科创区'),
  rec('summit:2', '四川永贵科技有限公司', '涪城区'),
  rec('summit:15', '四川华丰企业集团有限公司', '涪城区'),
  rec('green-factory:30', '四川永贵科技有限公司', '科创区'),
  rec('green-tech:7', '华丰集团'),
  rec('green-tech:13', '台沃农业科技'),
];
const located = locateAll(records, buildRegistry(records));

describe('summarise', () => {
  it('by unit: printed units canonicalised, investment summed, unplaced kept as 未定位 (last)', () => {
    expect(summarise(located, { by: 'unit' })).toEqual([
      { list: 'smart-factory', unit: '经开区', count: 2, investment_wan: 33388 },
      { list: 'smart-factory', unit: '游仙区', count: 1, investment_wan: 13200 },
      { list: 'smart-factory', unit: '科创区', count: 1 },
      { list: 'smart-factory', unit: '高新区', count: 1, investment_wan: 21559 },
      { list: 'summit', unit: '涪城区', count: 2 },
      { list: 'green-factory', unit: '科创区', count: 1 },
      { list: 'green-tech', unit: '经开区', count: 1 },
      { list: 'green-tech', unit: UNPLACED, count: 1 },
    ]);
  });

  it('by county: parks fold into their county once, never counted twice', () => {
    expect(summarise(located, { by: 'county', lists: ['smart-factory', 'green-tech', 'service-project'] })).toEqual([
      { list: 'smart-factory', unit: '涪城区', count: 4, investment_wan: 54947 },
      { list: 'smart-factory', unit: '游仙区', count: 1, investment_wan: 13200 },
      { list: 'green-tech', unit: '涪城区', count: 1 },
      { list: 'green-tech', unit: UNPLACED, count: 1 },
    ]);
  });

  it('accounts for every input row', () => {
    for (const by of ['unit', 'county'] as const) expect(summarise(located, { by }).reduce((n, r) => n + r.count, 0)).toBe(records.length);
  });
});

describe('countByArea', () => {
  const lists = ['smart-factory', 'summit', 'green-factory', 'green-tech'];
  it('per designation, by county: county codes as area ids', () => {
    const m = countByArea(located, { lists, by: 'county', distinct: false });
    expect([...m]).toEqual([
      ['510703', { count: 8, investmentWan: 54947 }],
      ['510704', { count: 1, investmentWan: 13200 }],
      [UNPLACED, { count: 1 }],
    ]);
  });
  it('distinct: 华丰 (3 designations) and 永贵 (2) count once per area', () => {
    const m = countByArea(located, { lists, by: 'county', distinct: true });
    expect(m.get('510703')?.count).toBe(5);
    const u = countByArea(located, { lists: new Set(lists), by: 'unit', distinct: true });
    expect(Object.fromEntries([...u].map(([k, v]) => [k, v.count]))).toEqual({ gaoxin: 1, jingkai: 2, '510704': 1, kechuang: 2, '510703': 2, [UNPLACED]: 1 });
  });
  it('a located array edited in place is recounted, not served from the cache', () => {
    const rows = [...located];
    expect(countByArea(rows, { lists, by: 'county', distinct: false }).get('510704')?.count).toBe(1);
    rows[0] = { ...rows[0]!, loc: { ...rows[0]!.loc, countyCode: '510704', county: '游仙区', kind: 'county', unit: '游仙区' } };
    expect(countByArea(rows, { lists, by: 'county', distinct: false }).get('510704')?.count).toBe(2);
    rows.pop();
    expect(countByArea(rows, { lists, by: 'county', distinct: false }).has(UNPLACED)).toBe(false);
  });
  it('plan and all-lists helpers take lists from the catalogue', () => {
    const cat = [
      { id: 'smart-factory', plan: 'smart' },
      { id: 'green-factory', plan: 'green' },
      { id: 'green-tech', plan: 'green' },
      { id: 'summit', plan: 'summit' },
    ] as ListMeta[];
    expect(planLists(cat, 'green')).toEqual(['green-factory', 'green-tech']);
    expect(allLists(cat)).toEqual(['smart-factory', 'green-factory', 'green-tech', 'summit']);
    expect(Object.fromEntries([...countByPlan(located, cat, 'green', { by: 'county', distinct: false })].map(([k, v]) => [k, v.count]))).toEqual({
      '510703': 2,
      [UNPLACED]: 1,
    });
  });
});

describe('gapMatrix and rankAreas', () => {
  it('lists × areas with zeros, and the rest per list so no row goes missing', () => {
    expect(gapMatrix(located, ['smart-factory', 'green-tech', 'sherpa'], ['510703', '510704', '510781'])).toEqual({
      lists: ['smart-factory', 'green-tech', 'sherpa'],
      areas: ['510703', '510704', '510781'],
      cells: [
        [4, 1, 0],
        [1, 0, 0],
        [0, 0, 0],
      ],
      other: [0, 1, 0],
    });
  });
  it('competition ranks with ties, 未定位 left out', () => {
    const counts = new Map([
      ['510704', { count: 3 }],
      [UNPLACED, { count: 9 }],
      ['510703', { count: 5 }],
      ['510781', { count: 3 }],
      ['510722', { count: 0 }],
    ]);
    expect(rankAreas(counts)).toEqual([
      { area: '510703', count: 5, rank: 1 },
      { area: '510704', count: 3, rank: 2 },
      { area: '510781', count: 3, rank: 2 },
      { area: '510722', count: 0, rank: 4 },
    ]);
  });
});

describe('prepareCounts', () => {
  it('interning ahead in slices of 3 rows (a pause after each) gives the counts of interning in one go', async () => {
    const lists = ['smart-factory', 'summit', 'green-factory', 'green-tech'];
    const ahead = [...located];
    let pauses = 0;
    await prepareCounts(ahead, async () => void pauses++, 3);
    // 10 rows in slices of 3: four slices, a pause after each.
    expect(pauses).toBe(4);
    for (const by of ['county', 'unit'] as const)
      for (const distinct of [false, true]) expect(countByArea(ahead, { lists, by, distinct })).toEqual(countByArea([...located], { lists, by, distinct }));
  });
});
