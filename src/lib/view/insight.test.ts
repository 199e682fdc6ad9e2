import { describe, expect, it } from 'vitest';
import records from '../../../data/records.json' with { type: 'json' };
import lists from '../../../data/lists.json' with { type: 'json' };
import counties from '../../../geo/counties.json' with { type: 'json' };
import parks from '../../../geo/parks.json' with { type: 'json' };
import type { County, ListMeta, Park, SeedRecord } from '../types.ts';
import { buildRegistry } from '../registry/index.ts';
import { locateAll } from '../aggregate/index.ts';
import { districtView, filterRows, gapView, provenanceText, qualityView, sortGapRows } from './insight.ts';

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
    expect(v.rows.every((r) => r.provenance.startsWith('绵府办发〔2019〕5号 绿色化 表5 第'))).toBe(true);
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

describe('gapView', () => {
  const g = gapView(located, only('sherpa', 'summit', 'green-park'), geo.counties);
  it('keeps zeros: 北川 has no sherpa or summit candidate', () => {
    const j = g.counties.findIndex((c) => c.name === '北川羌族自治县');
    expect(g.rows.map((r) => [r.list, r.cells[j]])).toEqual([['green-park', 0], ['sherpa', 0], ['summit', 0]]);
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

describe('qualityView', () => {
  const q = qualityView(located, all);
  it('adds up: printed + borrowed + unplaced = all 262 records', () => {
    expect(q.total).toBe(262);
    expect(q.printed + q.borrowed + q.unplaced).toBe(262);
    expect([q.printed, q.borrowed, q.unplaced]).toEqual([219, 24, 19]);
  });
  it('lists every seed correction with its printed text and reason', () => {
    expect(q.corrections).toHaveLength(9);
    expect(q.corrections.find((c) => c.id === 'green-factory:9')).toMatchObject({
      printed: '绵阳双汇食品有限责任公司1', corrected: '绵阳双汇食品有限责任公司', provenance: '绵府办发〔2019〕5号 绿色化 表5 第9行',
    });
  });
  it('flags rows to look at by why: 19 not placed, the conflicts, the borrowed', () => {
    const by = (s: string) => q.attention.filter((a) => a.status === s).length;
    expect(by('none')).toBe(19);
    expect(by('none') + by('conflict') + by('borrowed')).toBe(q.attention.length);
    expect(q.attention.find((a) => a.id === 'landmark-project:1')).toMatchObject({ status: 'none', provenance: '绵阳 新型工业化绘就高质量发展新蓝图 2024年新型工业化报道 第1项（正文第9行）' });
  });
});

describe('provenanceText', () => {
  it('names the plan: one document prints a 表5 under four plans', () => {
    const tables = new Set(recs.filter((r) => r.docTitle === '绵府办发〔2019〕5号' && r.table === '表5').map((r) => r.plan));
    expect(tables.size).toBe(4);
    const r = recs.find((x) => x.id === 'green-factory:36')!;
    expect(provenanceText(r, '绿色化')).toBe('绵府办发〔2019〕5号 绿色化 表5 第36行');
    const plans = new Set(all.filter((l) => l.table === '表5').map((l) => l.planName));
    const cited = new Set([...plans].map((p) => provenanceText({ ...r, row: 1 }, p)));
    expect(cited.size).toBe(plans.size);
  });
  it('names running-text rows by their mention order and line', () => {
    const r = recs.find((x) => x.id === 'landmark-project:1')!;
    expect(provenanceText(r, '')).toBe(`${r.docTitle} 第1项（正文第9行）`);
  });
});
