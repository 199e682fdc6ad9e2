import { describe, expect, it } from 'vitest';
import { loadSeed } from './common.ts';
import { extract, PROJECTS, unclaimedAmounts } from './article2024.ts';

const seed = loadSeed('002');
const out = extract(seed);
const rec = (row: number) => out.records.find((r) => r.row === row)!;

describe('002 landmark projects', () => {
  it('lists 8 projects in order of first mention', () => {
    expect(out.records.map((r) => [r.row, r.line, r.project])).toEqual([
      [1, 9, '京东方第6代生产线'],
      [2, 9, '埃克森新能源电池产业园（一期）'],
      [3, 9, '惠科第8.6代薄膜晶体管液晶显示器件生产线'],
      [4, 9, '巨星永磁烧结钕铁硼新材料项目'],
      [5, 9, '创明新能源电池产业园'],
      [6, 9, '炬皓高效单晶电池智能工厂（二期）'],
      [7, 29, '中南高科—绵阳安州擎动未来产业园'],
      [8, 121, '埃克森新能源项目'],
    ]);
    expect(out.lists[0]).toMatchObject({ id: 'landmark-project', asOf: '2024-01', rows: 8, kind: 'project', hasInvestment: true, hasLocation: true });
    expect(seed.lines.join('')).toContain('2024年1月的一天');
  });
  it('converts printed 亿元 to 万元 and keeps the print', () => {
    expect(out.records.filter((r) => r.investmentPrinted).map((r) => [r.row, r.investmentPrinted, r.investmentWan])).toEqual([
      [4, '280亿元', 2800000],
      [7, '30亿元', 300000],
      [8, '100亿元', 1000000],
    ]);
    expect(out.records.reduce((s, r) => s + (r.investmentWan ?? 0), 0)).toBe(4100000);
  });
  it('merges the three 巨星 mentions into one record with the full enterprise name from the caption', () => {
    expect(rec(4)).toMatchObject({
      id: 'landmark-project:4',
      name: '绵阳巨星永磁材料有限公司',
      docTitle: '绵阳 新型工业化绘就高质量发展新蓝图',
      table: '',
      extra: { 规模: '百亿级', 其他提及: '第19行：年产10万吨高性能烧结钕铁硼永磁新材料项目；第112行：280亿元的巨星稀土永磁新材料', 投资出处: '第19行' },
    });
    expect(rec(4).location).toBeUndefined();
  });
  it('takes location only where the text says it, and says so otherwise', () => {
    expect(rec(7)).toMatchObject({ name: '中南高科', location: '绵阳安州高新技术产业园区', locationPrinted: '绵阳安州高新技术产业园区' });
    expect(out.records.filter((r) => r.location === undefined).map((r) => r.row)).toEqual([1, 2, 3, 4, 5, 6, 8]);
    for (const r of out.records.filter((x) => x.location === undefined)) expect(r.extra['note']).toContain('原文未说明项目所在地');
  });
  it('leaves no stated project amount unclaimed, and would report one', () => {
    expect(unclaimedAmounts(seed)).toEqual([]);
    const fake = { ...seed, lines: [...seed.lines, '总投资50亿元的某某项目开工'] };
    expect(unclaimedAmounts(fake)).toEqual([`line ${seed.lines.length + 1}: 总投资50亿元的某某项目开工`]);
    expect(PROJECTS).toHaveLength(out.records.length);
  });
});
