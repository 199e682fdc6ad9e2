import { describe, expect, it } from 'vitest';
import { loadSeed } from './common.ts';
import { extract } from './quality.ts';

const seed = loadSeed('000');
const out = extract(seed);
const t = (id: string) => out.targets.find((x) => x.id === id)!;

describe('质量品牌 lists', () => {
  it('reads 表2 驰名商标培育对象 (2) and 表5 区域品牌 (10)', () => {
    expect(out.lists.map((l) => [l.id, l.table, l.tableTitle, l.kind, l.hasLocation, l.rows])).toEqual([
      ['famous-brand', '表2', '绵阳市工业产品品牌培育目标', 'enterprise', false, 2],
      ['regional-brand', '表5', '绵阳市产业集群区域品牌培育任务', 'park', true, 10],
    ]);
    expect(out.records.filter((r) => r.list === 'famous-brand').map((r) => r.name)).toEqual(['四川长虹电子控股集团有限公司', '四川龙华光电薄膜股份有限公司']);
  });
  it('keeps the park as printed (安县 is the pre-2016 name of 安州区, left to the geocoder)', () => {
    const brands = out.records.filter((r) => r.list === 'regional-brand');
    expect(brands.map((r) => r.row)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(brands[5]).toMatchObject({
      id: 'regional-brand:6',
      line: 3845,
      kind: 'park',
      name: '安县工业园区',
      location: '安县工业园区',
      extra: { 区域品牌: '汽车产业集群区域品牌' },
      planTitle: '绵阳市制造业质量品牌培育行动计划（2018—2020 年）',
      corrections: [],
    });
    expect(brands[7]).toMatchObject({ name: '三台芦溪工业集中发展区', extra: { 区域品牌: '健康食品产业集群区域品牌' } });
  });
});

describe('质量品牌 targets', () => {
  it('reads 表1 for 7 cities, joining 绵阳市 cells wrapped over ten lines', () => {
    expect(t('quality:表1:1').byUnit!.map((u) => u.unit)).toEqual(['成都市', '泸州市', '德阳市', '绵阳市', '内江市', '乐山市', '宜宾市']);
    expect(t('quality:表1:5').values).toEqual([{ year: '2017', printed: '109（工业94件）', value: 109 }]);
    expect([1, 2, 3, 4, 5, 6].map((k) => t(`quality:表1:${k}`).values[0]!.printed)).toEqual([
      '14（工业13件）',
      '5',
      '92（工业82件）',
      '2',
      '109（工业94件）',
      '2',
    ]);
    expect(t('quality:表1:3').byUnit!.map((u) => u.value)).toEqual([704, 72, 87, 92, 53, 87, 81]);
  });
  it('agrees with the prose: 14 驰名商标 5th, 92 著名商标 2nd, 109 名牌产品 2nd', () => {
    const prose = seed.lines.slice(3571, 3580).join('');
    expect(prose).toContain('全市共有 14 个驰名商标');
    expect(prose).toContain('标 92 个，其中工业产品 82 个，在全省排第 2 位');
  });
  it('reads 表2/表3 (驰名商标) and 表4 whose yearly values sum to the prose goals 4 / 35 / 25', () => {
    expect(t('quality:表2:1').values.map((v) => [v.year, v.value])).toEqual([
      ['2017', 13],
      ['2020', 14],
    ]);
    expect(t('quality:表3:1').values).toEqual([{ year: '2018-2020', printed: '1', value: 1 }]);
    const sums = [1, 2, 3].map((k) => t(`quality:表4:${k}`).values.reduce((s, v) => s + v.value!, 0));
    expect(sums).toEqual([4, 35, 25]);
    expect(seed.lines.slice(3719, 3724).join('')).toContain('与制修订国际标准 4 个、国家标准 35 个、行业标准25 个');
  });
});
