import { describe, expect, it } from 'vitest';
import { buildAreaModel } from './areas.ts';
import { countByArea, UNPLACED, type LocatedRecord } from '../aggregate/index.ts';
import { COUNTIES, PARKS, rec } from './fixtures.ts';

const cat = { counties: COUNTIES, parks: PARKS };
const p = (list: string, row: number, name: string, countyCode?: string, parkId?: string, investmentWan?: number): LocatedRecord => ({
  record: rec({ list, row, name, ...(investmentWan !== undefined ? { investmentWan } : {}) }),
  key: name,
  loc: countyCode
    ? { countyCode, source: 'printed', ...(parkId ? { kind: 'park' as const, parkId, unit: parkId } : { kind: 'county' as const }) }
    : { source: 'none', note: { key: 'reg.noColumn' } },
});
const located: LocatedRecord[] = [
  p('smart-factory', 1, '四川长虹电器股份有限公司', '510703', 'gaoxin', 21559),
  p('smart-factory', 2, '四川九洲电器集团有限责任公司', '510703', 'gaoxin', 8000),
  p('smart-factory', 3, '攀钢集团江油长城特殊钢有限公司', '510781'),
  p('green-factory', 1, '四川长虹电器股份有限公司', '510703', 'gaoxin'),
  p('green-factory', 2, '四川华丰科技股份有限公司', '510703'),
  p('green-factory', 3, '不知何处有限公司'),
];
const both = new Set(['smart-factory', 'green-factory']);

describe('buildAreaModel on aggregate.countByArea', () => {
  it('county mode: every county present, zeros are zeros, totals account for every row', () => {
    const m = buildAreaModel(countByArea(located, { lists: both, by: 'county', distinct: false }), cat, { by: 'county', k: 4 });
    expect(m.areas.map((a) => [a.name, a.count])).toEqual([
      ['涪城区', 4],
      ['游仙区', 0],
      ['江油市', 1],
      ['北川羌族自治县', 0],
    ]);
    expect(m.areas[0]!.investmentWan).toBe(29559);
    expect(m.unplaced).toEqual([{ id: UNPLACED, count: 1 }]);
    expect(m.total).toBe(6);
    expect(m.classification.zero.count).toBe(2);
    expect(m.countyColors['510704']).toBe('#f6f1e1');
    expect(m.countyColors['510703']).not.toBe(m.countyColors['510781']);
  });
  it('unit mode: 高新区 is its own circle and not in 涪城区', () => {
    const m = buildAreaModel(countByArea(located, { lists: both, by: 'unit', distinct: false }), cat, { by: 'unit', k: 4 });
    expect(m.areas.filter((a) => a.kind === 'park').map((a) => [a.name, a.count, a.point])).toEqual([['高新区', 3, [104.6, 31.42]]]);
    expect(m.areas.find((a) => a.name === '涪城区')!.count).toBe(1);
    expect(m.total).toBe(6);
  });
  it('distinct counts 长虹 once across the two lists', () => {
    const m = buildAreaModel(countByArea(located, { lists: both, by: 'unit', distinct: true }), cat, { by: 'unit' });
    expect(m.areas.find((a) => a.id === 'gaoxin')!.count).toBe(2);
  });
  it('accepts names as area ids, folds a park name into its county in county mode', () => {
    const counts = new Map([
      ['江油', { count: 2 }],
      ['高新区', { count: 5 }],
      ['涪城区', { count: 1 }],
      ['成都市', { count: 3 }],
    ]);
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
