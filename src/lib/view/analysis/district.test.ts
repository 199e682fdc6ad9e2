import { describe, expect, it } from 'vitest';
import { msgText, translator } from '../../i18n/index.ts';
import records from '../../../../data/records.json' with { type: 'json' };
import lists from '../../../../data/lists.json' with { type: 'json' };
import counties from '../../../../geo/counties.json' with { type: 'json' };
import parks from '../../../../geo/parks.json' with { type: 'json' };
import type { County, ListMeta, Park, SeedRecord } from '../../types.ts';
import { buildRegistry } from '../../registry/index.ts';
import { locateAll } from '../../aggregate/index.ts';
import { districtView, filterRows } from './district.ts';

const recs = records as SeedRecord[];
const located = locateAll(recs, buildRegistry(recs));
const geo = { counties: counties as County[], parks: parks as Park[] };
const all = lists as ListMeta[];
const only = (...ids: string[]) => all.filter((l) => ids.includes(l.id));

describe('districtView', () => {
  it('counts 江油市 on green-factory as 绿色化 表5 prints it (10 of 48)', () => {
    const v = districtView(located, only('green-factory'), '510781', 'county', geo)!;
    expect([v.name, v.kind, v.count, v.cityCount]).toEqual(['江油市', 'county', 10, 48]);
    expect(v.share).toBeCloseTo(10 / 48, 10);
    expect(v.perList).toEqual([{ list: 'green-factory', name: all.find((l) => l.id === 'green-factory')!.name, count: 10 }]);
    expect(v.rows.map((r) => r.name)).toContain('四川六合锻造股份有限公司');
    expect(v.rows.every((r) => msgText(translator('zh'), r.provenance).startsWith('绵府办发〔2019〕5号 绿色化 表5 第'))).toBe(true);
  });

  it('folds parks into 涪城区 by county, and keeps 高新区 apart by unit', () => {
    const county = districtView(located, only('smart-factory'), '510703', 'county', geo)!;
    expect([county.count, county.investmentWan]).toEqual([9, 70905 + 64359 + 11600]);
    const gaoxin = districtView(located, only('smart-factory'), 'gaoxin', 'unit', geo)!;
    expect([gaoxin.name, gaoxin.kind, gaoxin.count, gaoxin.investmentWan]).toEqual(['高新区', 'park', 4, 64359]);
    const fuchengOnly = districtView(located, only('smart-factory'), '510703', 'unit', geo)!;
    expect(fuchengOnly.count).toBe(0);
  });

  it('flags borrowed locations: only lists printed without a location column borrow', () => {
    const v = districtView(located, all, '510703', 'county', geo)!;
    const borrowed = v.rows.filter((r) => r.source === 'borrowed');
    expect(borrowed.length).toBeGreaterThan(0);
    const noColumn = new Set(all.filter((l) => !l.hasLocation).map((l) => l.id));
    expect(borrowed.filter((r) => !noColumn.has(r.list))).toEqual([]);
  });

  it('is undefined for an id that is no area, and filters rows by name', () => {
    expect(districtView(located, all, '未定位', 'county', geo)).toBeUndefined();
    const v = districtView(located, all, '510703', 'county', geo)!;
    expect(filterRows(v.rows, '长虹').every((r) => r.name.includes('长虹') || (r.project ?? '').includes('长虹'))).toBe(true);
    expect(filterRows(v.rows, '长虹').length).toBeGreaterThan(3);
    expect(filterRows(v.rows, '  ')).toHaveLength(v.rows.length);
  });
});
