import { describe, expect, it } from 'vitest';
import records from '../../../../data/records.json' with { type: 'json' };
import lists from '../../../../data/lists.json' with { type: 'json' };
import counties from '../../../../geo/counties.json' with { type: 'json' };
import type { County, ListMeta, SeedRecord } from '../../types.ts';
import { buildRegistry } from '../../registry/index.ts';
import { locateAll } from '../../aggregate/index.ts';
import { gapView } from './gaps.ts';
import { columnOrder, identityOrder } from './gapColumns.ts';

describe('columnOrder', () => {
  it('orders descending with ties in original order', () => {
    expect(columnOrder([0, 3, 1, 3, 0])).toEqual([1, 3, 2, 0, 4]);
    expect(columnOrder([])).toEqual([]);
    expect(identityOrder(3)).toEqual([0, 1, 2]);
  });

  it('puts the districts 登峰 reaches first and its five gaps last', () => {
    const recs = records as SeedRecord[];
    const g = gapView(locateAll(recs, buildRegistry(recs)), lists as ListMeta[], counties as County[]);
    const sherpa = g.rows.find((r) => r.list === 'sherpa')!;
    const order = columnOrder(sherpa.cells);
    expect(order.map((j) => `${g.counties[j]!.name}:${sherpa.cells[j]}`)).toEqual([
      '涪城区:8',
      '游仙区:5',
      '安州区:1',
      '江油市:1',
      '三台县:0',
      '盐亭县:0',
      '梓潼县:0',
      '北川羌族自治县:0',
      '平武县:0',
    ]);
  });
});
