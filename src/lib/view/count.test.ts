import { describe, expect, it } from 'vitest';
import { countPlaced, UNPLACED, type Placed } from './count.ts';
import { rec } from './fixtures.ts';

const p = (row: number, name: string, countyCode?: string, parkId?: string): Placed => ({
  record: rec({ list: 'smart-factory', row, name }),
  key: name,
  ...(countyCode ? { countyCode } : {}),
  ...(parkId ? { parkId } : {}),
  source: countyCode ? 'printed' : 'none',
});

describe('countPlaced (adapter over aggregate.countByArea)', () => {
  const placed = [p(1, '四川长虹电器股份有限公司', '510703', 'gaoxin'), p(2, '四川华丰科技股份有限公司', '510703'), p(3, '不知何处有限公司')];
  it('folds parks into the county, or keeps them apart by unit; unplaced rows stay counted', () => {
    const c = countPlaced(placed, { lists: new Set(['smart-factory']), by: 'county', distinct: false });
    expect(Object.fromEntries([...c].map(([k, v]) => [k, v.count]))).toEqual({ '510703': 2, [UNPLACED]: 1 });
    const u = countPlaced(placed, { lists: new Set(['smart-factory']), by: 'unit', distinct: false });
    expect(Object.fromEntries([...u].map(([k, v]) => [k, v.count]))).toEqual({ gaoxin: 1, '510703': 1, [UNPLACED]: 1 });
  });
});
