import { describe, expect, it } from 'vitest';
import { countByArea, type LocatedRecord } from '../aggregate/index.ts';
import { buildAreaModel } from '../view/areas.ts';
import { COUNTIES, PARKS, rec } from '../view/fixtures.ts';
import type { ResolvedLocation } from '../registry/index.ts';
import { areaTableRows, rowCells, sourceText, sourcesByArea, sourcesText } from './areaTable.ts';
import { loadLang, translator } from '../i18n/index.ts';

const at = (loc: Partial<ResolvedLocation>): ResolvedLocation => ({ source: 'printed', ...loc });
const L = (r: ReturnType<typeof rec>, loc: ResolvedLocation): LocatedRecord => ({ record: r, key: r.name, loc });

const placed: LocatedRecord[] = [
  L(
    rec({ list: 'smart-factory', row: 4, table: '表3', name: '四川长虹电器股份有限公司', investmentWan: 21559 }),
    at({ countyCode: '510703', kind: 'park', parkId: 'gaoxin', unit: '高新区' }),
  ),
  L(
    rec({ list: 'smart-factory', row: 1, table: '表3', name: '四川九洲电器集团有限责任公司', investmentWan: 1000 }),
    at({ countyCode: '510703', kind: 'county', unit: '涪城区' }),
  ),
  L(rec({ list: 'smart-factory', row: 7, table: '表3', name: '攀长钢江油公司' }), at({ countyCode: '510781', kind: 'county', unit: '江油市' })),
  L(rec({ list: 'smart-factory', row: 9, table: '表3', name: '某未定位企业' }), at({ source: 'none' })),
  L(rec({ list: 'green-factory', row: 2, table: '表5', docTitle: '绵府办发〔2019〕6号', name: '游仙某企业' }), at({ countyCode: '510704', kind: 'county' })),
];
const catalogue = { counties: COUNTIES, parks: PARKS };
const lists = new Set(['smart-factory']);
const planOf = (l: string) => ({ 'smart-factory': '智能化', 'green-factory': '绿色化' })[l];

function table(by: 'county' | 'unit', sel = lists) {
  const model = buildAreaModel(countByArea(placed, { lists: sel, by, distinct: false }), catalogue, { by, method: 'nice', k: 4 });
  return { model, rows: areaTableRows({ model, placed, lists: sel, by, catalogue, planOf }) };
}

describe('areaTableRows', () => {
  it('parks folded into counties: every county, largest first, zeros, then the unplaced bucket; counts add up', () => {
    const { model, rows } = table('county');
    expect(rows.map((r) => [r.name, r.kind, r.count, r.classLabel])).toEqual([
      ['涪城区', 'county', 2, '2'],
      ['江油市', 'county', 1, '1'],
      ['游仙区', 'county', 0, '0'],
      ['北川羌族自治县', 'county', 0, '0'],
      ['未定位', 'unplaced', 1, ''],
    ]);
    expect(rows.reduce((s, r) => s + (r.count ?? 0), 0)).toBe(model.total);
    expect(rows[0]!.investmentWan).toBe(22559);
    expect(rows[0]!.sources).toEqual([{ docTitle: '绵府办发〔2019〕5号', plan: '智能化', table: '表3', rows: [1, 4] }]);
    expect(rows[4]!.sources).toEqual([{ docTitle: '绵府办发〔2019〕5号', plan: '智能化', table: '表3', rows: [9] }]);
    expect(rows[2]!.sources).toEqual([]);
    expect(rows[0]!.color).toBe(model.countyColors['510703']);
    expect(rows[4]!.color).toBeNull();
  });

  it('parks on their own: the park gets its own row and its record leaves the county', () => {
    const { rows } = table('unit');
    expect(rows.map((r) => [r.name, r.kind, r.count])).toEqual([
      ['涪城区', 'county', 1],
      ['江油市', 'county', 1],
      ['高新区', 'park', 1],
      ['游仙区', 'county', 0],
      ['北川羌族自治县', 'county', 0],
      ['未定位', 'unplaced', 1],
    ]);
    expect(rows.find((r) => r.id === 'gaoxin')!.sources).toEqual([{ docTitle: '绵府办发〔2019〕5号', plan: '智能化', table: '表3', rows: [4] }]);
    expect(rows[0]!.sources).toEqual([{ docTitle: '绵府办发〔2019〕5号', plan: '智能化', table: '表3', rows: [1] }]);
  });

  it('no placed record at all: every county is "无数据", not zero', () => {
    const { rows } = table('county', new Set(['no-such-list']));
    expect(rows.map((r) => [r.count, r.classLabel])).toEqual([
      [undefined, '无数据'],
      [undefined, '无数据'],
      [undefined, '无数据'],
      [undefined, '无数据'],
    ]);
  });
});

describe('sources', () => {
  it('groups by document and table, rows ascending and unique', () => {
    const m = sourcesByArea(placed, new Set(['smart-factory', 'green-factory']), 'county', catalogue, planOf);
    expect(m.get('510704')).toEqual([{ docTitle: '绵府办发〔2019〕6号', plan: '绿色化', table: '表5', rows: [2] }]);
    expect([...m.keys()]).toEqual(['510703', '510781', '未定位', '510704']);
  });

  it('cites document, plan, table and rows; running text is "正文"; no plan name, no gap', () => {
    const g = { docTitle: '绵府办发〔2019〕5号', plan: '绿色化', table: '表5' };
    expect(sourceText({ ...g, rows: [3, 8, 12] })).toBe('绵府办发〔2019〕5号 绿色化 表5 第3、8、12行');
    expect(sourceText({ ...g, rows: [3, 8, 12] }, 3)).toBe('绵府办发〔2019〕5号 绿色化 表5 第3、8、12行');
    expect(sourceText({ ...g, rows: [3, 8, 12, 20] }, 2)).toBe('绵府办发〔2019〕5号 绿色化 表5 第3、8…等 4 行');
    expect(sourceText({ ...g, plan: '', rows: [1] })).toBe('绵府办发〔2019〕5号 表5 第1行');
    const m = sourcesByArea(
      [L(rec({ list: 'x', row: 2, table: '', name: '某项目' }), at({ countyCode: '510781', kind: 'county' }))],
      new Set(['x']),
      'county',
      catalogue,
    );
    expect(m.get('510781')).toEqual([{ docTitle: '绵府办发〔2019〕5号', plan: '', table: '正文', rows: [2] }]);
  });

  it('the same table number in two plans stays two citations', () => {
    const two = [
      L(rec({ list: 'smart-factory', row: 2, table: '表3', name: '甲' }), at({ countyCode: '510781', kind: 'county' })),
      L(rec({ list: 'green-factory', row: 2, table: '表3', name: '乙' }), at({ countyCode: '510781', kind: 'county' })),
    ];
    const m = sourcesByArea(two, new Set(['smart-factory', 'green-factory']), 'county', catalogue, planOf);
    expect(m.get('510781')!.map((s) => sourceText(s))).toEqual(['绵府办发〔2019〕5号 智能化 表3 第2行', '绵府办发〔2019〕5号 绿色化 表3 第2行']);
  });

  it('rowCells: one line for CSV and print', () => {
    const { rows } = table('county');
    const kind = (k: string) => ({ county: '区县', park: '园区', unplaced: '未上图' })[k]!;
    expect(rowCells(rows[0]!, kind)).toEqual(['涪城区', '区县', '2', '2', '22559', '绵府办发〔2019〕5号 智能化 表3 第1、4行']);
    expect(rowCells(rows[2]!, kind)).toEqual(['游仙区', '区县', '0', '0', '', '']);
    expect(rowCells(table('county', new Set(['none'])).rows[0]!, kind)).toEqual(['涪城区', '区县', '', '无数据', '', '']);
  });
});

describe('sourcesText', () => {
  const src = { docTitle: '绵府办发〔2019〕5号', plan: '绿色化', table: '表5', rows: [3, 8] };
  it('cites each source in the language of t, joined as that language joins sentences', async () => {
    await loadLang('en');
    const zh = sourcesText({ sources: [src, { ...src, table: '表7', rows: [1] }] });
    expect(zh).toBe('绵府办发〔2019〕5号 绿色化 表5 第3、8行；绵府办发〔2019〕5号 绿色化 表7 第1行');
    const en = sourcesText({ sources: [src] }, translator('en'));
    expect(en).not.toMatch(/[第行]/);
    expect(en).toContain('5号');
  });
  it('is empty for no sources', () => {
    expect(sourcesText({ sources: [] })).toBe('');
  });
});
