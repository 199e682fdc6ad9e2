import { describe, expect, it } from 'vitest';
import { buildAreaModel } from './areas.ts';
import { countPlaced, UNPLACED, type Placed } from './count.ts';
import { COUNTIES, PARKS, rec } from './fixtures.ts';

const cat = { counties: COUNTIES, parks: PARKS };
const p = (list: string, row: number, name: string, countyCode?: string, parkId?: string, investmentWan?: number): Placed => ({
  record: rec({ list, row, name, ...(investmentWan !== undefined ? { investmentWan } : {}) }),
  key: name,
  ...(countyCode ? { countyCode } : {}),
  ...(parkId ? { parkId } : {}),
  source: countyCode ? 'printed' : 'none',
});
const placed: Placed[] = [
  p('smart-factory', 1, '四川长虹电器股份有限公司', '510703', 'gaoxin', 21559),
  p('smart-factory', 2, '四川九洲电器集团有限责任公司', '510703', 'gaoxin', 8000),
  p('smart-factory', 3, '攀长钢', '510781'),
  p('green-factory', 1, '四川长虹电器股份有限公司', '510703', 'gaoxin'),
  p('green-factory', 2, '四川华丰科技股份有限公司', '510703'),
  p('green-factory', 3, '不知何处有限公司'),
];
const both = new Set(['smart-factory', 'green-factory']);

describe('countPlaced', () => {
  it('by county folds parks into their county and keeps unplaced rows under 未定位', () => {
    const c = countPlaced(placed, { lists: both, by: 'county', distinct: false });
    expect(Object.fromEntries([...c].map(([k, v]) => [k, v.count]))).toEqual({ '510703': 4, '510781': 1, [UNPLACED]: 1 });
    expect(c.get('510703')!.investmentWan).toBe(29559);
  });
  it('by unit counts park records for the park only', () => {
    const c = countPlaced(placed, { lists: both, by: 'unit', distinct: false });
    expect(Object.fromEntries([...c].map(([k, v]) => [k, v.count]))).toEqual({ gaoxin: 3, '510703': 1, '510781': 1, [UNPLACED]: 1 });
  });
  it('distinct counts 长虹 once across the two lists', () => {
    const c = countPlaced(placed, { lists: both, by: 'unit', distinct: true });
    expect(c.get('gaoxin')).toEqual({ count: 2, investmentWan: 29559, enterprises: ['四川长虹电器股份有限公司', '四川九洲电器集团有限责任公司'] });
  });
});

describe('buildAreaModel', () => {
  it('county mode: every county present, zeros are zeros, totals account for every row', () => {
    const m = buildAreaModel(countPlaced(placed, { lists: both, by: 'county', distinct: false }), cat, { by: 'county', k: 4 });
    expect(m.areas.map((a) => [a.name, a.count])).toEqual([['涪城区', 4], ['游仙区', 0], ['江油市', 1], ['北川羌族自治县', 0]]);
    expect(m.unplaced).toEqual([{ id: '未定位', count: 1 }]);
    expect(m.total).toBe(6);
    expect(m.classification.zero.count).toBe(2);
    expect(m.countyColors['510704']).toBe('#f6f1e1');
    expect(m.countyColors['510703']).not.toBe(m.countyColors['510781']);
  });
  it('unit mode: 高新区 is its own circle and not in 涪城区', () => {
    const m = buildAreaModel(countPlaced(placed, { lists: both, by: 'unit', distinct: false }), cat, { by: 'unit', k: 4 });
    expect(m.areas.filter((a) => a.kind === 'park').map((a) => [a.name, a.count, a.point])).toEqual([['高新区', 3, [104.6, 31.42]]]);
    expect(m.areas.find((a) => a.name === '涪城区')!.count).toBe(1);
  });
  it('accepts names as area ids, folds a park name into its county in county mode', () => {
    const counts = new Map([['江油', { count: 2 }], ['高新区', { count: 5 }], ['涪城区', { count: 1 }], ['成都市', { count: 3 }]]);
    const m = buildAreaModel(counts, cat, { by: 'county' });
    expect(m.areas.map((a) => a.count)).toEqual([6, 0, 2, 0]);
    expect(m.unplaced).toEqual([{ id: '成都市', count: 3 }]);
  });
  it('a list with nothing placeable is "no data", not zero', () => {
    const m = buildAreaModel(new Map([[UNPLACED, { count: 7 }]]), cat, { by: 'county' });
    expect(m.areas.every((a) => a.count === undefined)).toBe(true);
    expect(m.classification.noData.count).toBe(4);
    expect(m.countyColors['510703']).toBe('#b9b9b9');
  });
});
