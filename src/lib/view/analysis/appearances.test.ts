import { beforeAll, describe, expect, it } from 'vitest';
import records from '../../../../data/records.json' with { type: 'json' };
import lists from '../../../../data/lists.json' with { type: 'json' };
import type { ListMeta, SeedRecord } from '../../types.ts';
import { buildRegistry } from '../../registry/index.ts';
import { locateAll, type LocatedRecord } from '../../aggregate/index.ts';
import { rec } from '../fixtures.ts';
import { areaAppearances, areaInvestments } from './appearances.ts';
import { loadLang, msgText, translator } from '../../i18n/index.ts';
import { rowRanges } from '../../cite.ts';

const recs = records as SeedRecord[];
const located = locateAll(recs, buildRegistry(recs));
const all = lists as ListMeta[];

describe('areaAppearances', () => {
  beforeAll(() => loadLang('en'));

  it('puts 江油市 on 12 of the 18 lists, with counts, list totals, ranks and the printed table', () => {
    const v = areaAppearances(located, all, '510781', 'county');
    expect(v.on.map((a) => [a.list, a.count, a.listTotal, a.rank, a.areas])).toEqual([
      ['smart-equipment', 2, 15, 3, 3],
      ['green-product', 1, 19, 3, 7],
      ['green-factory', 10, 48, 2, 6],
      ['green-park', 1, 5, 2, 4],
      ['green-supply-chain', 3, 20, 2, 6],
      ['green-tech', 1, 14, 2, 5],
      ['design-center', 1, 12, 3, 4],
      ['service-enterprise', 3, 28, 3, 7],
      ['service-project', 2, 10, 2, 4],
      ['regional-brand', 1, 10, 3, 7],
      ['sherpa', 1, 15, 3, 4],
      ['summit', 1, 15, 4, 5],
    ]);
    expect(v.absent.map((a) => a.list)).toEqual(['smart-factory', 'smart-tech', 'service-platform', 'local-sourcing', 'famous-brand', 'landmark-project']);
    const gf = v.on.find((a) => a.list === 'green-factory')!;
    expect(gf.share).toBeCloseTo(10 / 48, 12);
    // The rows behind the count, cited in the UI language by the one formatter (src/lib/cite.ts).
    const jiangyouRows = recs.filter((r) => r.list === 'green-factory' && located.find((x) => x.record === r)!.loc.countyCode === '510781').map((r) => r.row);
    expect(jiangyouRows).toHaveLength(10);
    expect(msgText(translator('zh'), gf.source)).toBe(`绵府办发〔2019〕5号 绿色化 表5 第${rowRanges(jiangyouRows).join('、')}行`);
    expect(msgText(translator('en'), gf.source)).toBe(`绵府办发〔2019〕5号 绿色化, Table 5, rows ${rowRanges(jiangyouRows).join(', ')}`);
    // Every list is either on or absent: nothing is dropped.
    expect(v.on.length + v.absent.length).toBe(all.length);
  });

  it('ranks with ties sharing a rank and counts unplaced rows in the list total', () => {
    const l: ListMeta = { ...all[0]!, id: 'x', name: '测试名单', table: '表1', planName: '智能化' };
    const loc = (countyCode?: string): LocatedRecord['loc'] => (countyCode ? { countyCode, kind: 'county', source: 'printed' } : { source: 'none' });
    const rows: LocatedRecord[] = [
      { record: rec({ list: 'x', row: 1, name: '甲' }), key: 'a', loc: loc('510703') },
      { record: rec({ list: 'x', row: 2, name: '乙' }), key: 'b', loc: loc('510703') },
      { record: rec({ list: 'x', row: 3, name: '丙' }), key: 'c', loc: loc('510704') },
      { record: rec({ list: 'x', row: 4, name: '丁' }), key: 'd', loc: loc('510704') },
      { record: rec({ list: 'x', row: 5, name: '戊' }), key: 'e', loc: loc() },
    ];
    const v = areaAppearances(rows, [l], '510704', 'county');
    expect(v.on).toEqual([
      {
        list: 'x',
        name: '测试名单',
        count: 2,
        listTotal: 5,
        share: 0.4,
        rank: 1,
        areas: 2,
        source: { key: 'cite.tableRows', params: { source: '绵府办发〔2019〕5号 智能化', table: 1, rows: ['3–4'], n: 2 } },
      },
    ]);
    expect(areaAppearances(rows, [l], '510781', 'county')).toEqual({ on: [], absent: [{ list: 'x', name: '测试名单', listTotal: 5 }] });
  });

  it('cites an imported list by its file, the name the user gave it, in both languages', () => {
    const l: ListMeta = { ...all[0]!, id: 'list:import-a', name: '我的名单', plan: 'import', planName: '', table: '' };
    const rows: LocatedRecord[] = [
      {
        record: rec({ list: l.id, plan: 'import', doc: '企业名录.xlsx', docTitle: '企业名录.xlsx', table: '', row: 7, name: '甲' }),
        key: 'a',
        loc: { countyCode: '510703', source: 'printed' },
      },
    ];
    expect(areaAppearances(rows, [l], '510703', 'county').on.map((a) => a.source)).toEqual(['企业名录.xlsx']);
  });
});

describe('areaInvestments', () => {
  it('sums 江油市 projects largest first, each traceable to its plan, table and row', () => {
    const v = areaInvestments(located, all, '510781', 'county');
    expect(v.sumWan).toBe(22940 + 6650);
    expect(v.withoutAmount).toBe(0);
    const zh = translator('zh');
    expect(v.rows.map((r) => [r.name, r.investmentWan, msgText(zh, r.provenance)])).toEqual([
      ['四川六合锻造股份有限公司', 22940, '绵府办发〔2019〕5号 智能化 表4 第1行'],
      ['江油市长祥特殊钢制造有限公司', 6650, '绵府办发〔2019〕5号 智能化 表4 第14行'],
    ]);
  });

  it('keeps rows without a readable amount, last, and says how many are outside the sum', () => {
    const l: ListMeta = { ...all[0]!, id: 'p', hasInvestment: true, planName: '智能化' };
    const rows: LocatedRecord[] = [
      { record: rec({ list: 'p', row: 1, name: '甲', investmentPrinted: '待定' }), key: 'a', loc: { countyCode: '510703', source: 'printed' } },
      {
        record: rec({ list: 'p', row: 2, name: '乙', investmentWan: 500, investmentPrinted: '500' }),
        key: 'b',
        loc: { countyCode: '510703', source: 'printed' },
      },
    ];
    const v = areaInvestments(rows, [l], '510703', 'county');
    expect([v.sumWan, v.withoutAmount, v.rows.map((r) => r.id)]).toEqual([500, 1, ['p:2', 'p:1']]);
  });
});
