import { describe, expect, it } from 'vitest';
import records from '../../../../data/records.json' with { type: 'json' };
import lists from '../../../../data/lists.json' with { type: 'json' };
import targets from '../../../../data/targets.json' with { type: 'json' };
import counties from '../../../../geo/counties.json' with { type: 'json' };
import type { County, ListMeta, SeedRecord, TargetRecord } from '../../types.ts';
import { buildRegistry } from '../../registry/index.ts';
import { locateAll } from '../../aggregate/index.ts';
import { loadLang, msgText, translator } from '../../i18n/index.ts';
import { goalOf, levelOf, targetOutcomes, type TargetOutcome } from './targets.ts';
import { qualifierOf, readingOf } from './targetColumns.ts';
import { rec } from '../fixtures.ts';

const recs = records as SeedRecord[];
const all = targets as TargetRecord[];
const located = locateAll(recs, buildRegistry(recs));
const groups = targetOutcomes(all, lists as ListMeta[], located, counties as County[]);
const outcomes = groups.flatMap((g) => g.outcomes);
const line = (indicator: string) => outcomes.find((o) => o.indicator === indicator)!;
const t = (id: string) => all.find((x) => x.id === id)!;
const nums = (id: string) => t(id).values.map((v) => v.value ?? 0);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const zh = translator('zh');

describe('the year columns of the target tables', () => {
  it('绿色化 表2/4/6/8/10 print yearly increments: their sums are the totals 表1 prints', () => {
    // 绿色工厂 省级 5+5+5 = 15 and 市级 10+10 = 20 (表4 against 表1).
    expect(nums('green-t4:2')).toEqual([5, 5, 5]);
    expect(sum(nums('green-t4:2'))).toBe(t('green-t1:2:省级').values.at(-1)!.value);
    expect(sum(nums('green-t4:3'))).toBe(20);
    expect(t('green-t1:2:市级').values.at(-1)!.value).toBe(20);
    // 绿色园区 省级 0+1+1 = 2 (表6 against 表1).
    expect(nums('green-t6:2')).toEqual([0, 1, 1]);
    expect(t('green-t1:3:省级').values.at(-1)!.value).toBe(2);
    for (const table of ['表2', '表4', '表6', '表8', '表10']) expect(readingOf({ plan: 'green', table, indicator: '' })?.columns).toBe('increments');
    expect(readingOf({ plan: 'green', table: '表1', indicator: '' })?.columns).toBe('cumulative');
  });

  it('质量品牌 表4 prints yearly increments: 1+1+2 = 4, 5+13+17 = 35, 7+8+10 = 25 (the totals of the text, line 3722)', () => {
    expect(['quality:表4:1', 'quality:表4:2', 'quality:表4:3'].map((id) => [nums(id), sum(nums(id))])).toEqual([
      [[1, 1, 2], 4],
      [[5, 13, 17], 35],
      [[7, 8, 10], 25],
    ]);
    expect(readingOf(t('quality:表4:1'))?.columns).toBe('increments');
  });

  it('登峰 表1 says which in each indicator; every count goal of a list has a reading', () => {
    expect(readingOf(t('summit:表1:1:新增'))?.columns).toBe('increments');
    expect(readingOf(t('summit:表1:1:累计'))?.columns).toBe('cumulative');
    const unread = all.filter((x) => x.list && x.unit !== '%' && !readingOf(x)).map((x) => x.id);
    expect(unread).toEqual([]);
  });

  it('keeps ">" as a qualifier beside the number', () => {
    expect(t('smart-t1:6').values.at(-1)).toMatchObject({ printed: '>100', value: 100 });
    expect(qualifierOf('>100')).toBe('>');
    expect(qualifierOf('>72%')).toBe('>');
    expect(qualifierOf('≥5')).toBe('≥');
    expect(qualifierOf('100')).toBeUndefined();
  });
});

describe('targetOutcomes on the seeds', () => {
  it('one line per indicator: 表1 and its increments table are two readings of one goal', () => {
    expect(groups.map((g) => [g.list, g.rows, g.outcomes.map((o) => o.indicator)])).toEqual([
      ['smart-factory', 12, ['智能车间', '智能工厂']],
      ['green-product', 19, ['绿色产品（国家级）', '绿色产品（市级）']],
      ['green-factory', 48, ['绿色工厂（国家级）', '绿色工厂（市级）', '绿色工厂（省级）']],
      ['green-park', 5, ['绿色园区（国家级）', '绿色园区（市级）', '绿色园区（省级）']],
      ['green-supply-chain', 20, ['绿色供应链（国家级）', '绿色供应链（市级）', '绿色供应链（省级）']],
      ['green-tech', 14, ['绿色关键技术研发（国家级）', '绿色关键技术研发（市级）']],
      ['design-center', 12, ['国家级工业设计中心(企业)', '省级工业设计中心(企业)', '市级工业设计中心(企业)']],
      ['service-enterprise', 28, ['示范企业']],
      ['service-project', 10, ['示范项目']],
      ['service-platform', 9, ['示范平台']],
      ['famous-brand', 2, ['中国驰名商标']],
    ]);
    const indicators = outcomes.map((o) => `${o.indicator}`);
    expect(new Set(indicators).size).toBe(indicators.length);
  });

  it('"2020：-" rows are not goals: 绿色产品（省级） and 绿色关键技术研发（省级） print only dashes', () => {
    expect(t('green-t1:1:省级').values).toEqual([{ year: '2020', printed: '-' }]);
    expect(outcomes.some((o) => o.indicator === '绿色产品（省级）' || o.indicator === '绿色关键技术研发（省级）')).toBe(false);
  });

  it('compares the cumulative goal: 绿色园区 省级 2 (表1 = 表6 0+1+1) against the 4 省级 rows of 表7, 名单规模 ÷ 目标 = 2', () => {
    const o = line('绿色园区（省级）');
    expect(o.goal).toEqual({ value: 2, printed: '2', year: '2020', table: '表1' });
    expect(o.readings.map((r) => [r.table, r.columns, r.added, r.total])).toEqual([
      ['表1', 'cumulative', undefined, 2],
      ['表6', 'increments', 2, 2],
    ]);
    expect(o.disagree).toBe(false);
    expect([o.listed, o.listRows, o.ratio]).toEqual([4, [2, 3, 4, 5], 2]);
    expect(msgText(zh, o.listSource)).toBe('绵府办发〔2019〕5号 绿色化 表7 第2–5行');
    expect(msgText(zh, o.readings[1]!.cite)).toBe('绵府办发〔2019〕5号 绿色化 表6 第2行');
    // The increments stay increments: 0, 1, 1 a year.
    expect(o.readings[1]!.values.map((v) => v.value)).toEqual([0, 1, 1]);
  });

  it('绿色工厂 省级 5+5+5 = 15 and 市级 10+10 = 20 agree with 表1', () => {
    expect(['绿色工厂（省级）', '绿色工厂（市级）'].map((i) => [line(i).goal!.value, line(i).readings[1]!.added, line(i).disagree])).toEqual([
      [15, 15, false],
      [20, 20, false],
    ]);
  });

  it('a 国家级 increments table adds to the 现有基础 of 表1; where that does not reach 表1, the line says they disagree', () => {
    // 绿色产品: 3 existing + 0+2+3 new = 8, as 表1 prints.
    const product = line('绿色产品（国家级）');
    expect(product.readings[1]).toMatchObject({ base: 3, added: 5, total: 8 });
    expect(product.disagree).toBe(false);
    // 绿色工厂: 3 existing + 1+1+1 = 6, but 表1 prints 5 for 2020.
    const factory = line('绿色工厂（国家级）');
    expect(factory.readings.map((r) => r.total)).toEqual([5, 6]);
    expect(factory.disagree).toBe(true);
    expect(factory.goal!.value).toBe(5);
  });

  it('质量品牌: 中国驰名商标 13 in 2017 + 1 new (表3) = 14 in 2020 (表2)', () => {
    const o = line('中国驰名商标');
    expect(o.readings.map((r) => [r.table, r.columns, r.base, r.added, r.total])).toEqual([
      ['表2', 'cumulative', undefined, undefined, 14],
      ['表3', 'increments', 13, 1, 14],
    ]);
  });

  it('服务化 表2 keeps its printed headings "2017年(现有)" / "2018年(新增)" and compares the 合计 by level', () => {
    const o = line('省级工业设计中心(企业)');
    expect(o.readings[0]!.values.map((v) => v.heading ?? v.year)).toEqual(['2017年(现有)', '2018年(新增)', '2019年(新增)', '2020年(新增)', '合计']);
    expect(o.goal).toMatchObject({ value: 10, printed: '10', table: '表2' });
    expect([o.level, o.listed, o.listRows, o.ratio]).toEqual(['省级', 5, [2, 3, 4, 5, 6], 0.5]);
    expect(o.byCounty!.reduce((s, c) => s + c.count, 0)).toBe(5);
  });

  it('a list that cannot be split by level is counted whole, with no ratio claimed for one level', () => {
    const o = line('绿色产品（国家级）');
    expect([o.match, o.listed, o.ratio, o.byCounty]).toEqual(['all', 19, undefined, undefined]);
    expect(msgText(zh, o.caveat)).toBe('名单未标级别：按全部 19 行比较，不只是国家级');
    expect(line('智能工厂')).toMatchObject({ match: 'all', listed: 12, ratio: 0.6, goal: { value: 20, year: '2020', table: '表1' } });
    expect(msgText(zh, line('绿色园区（市级）').listSource)).toBe('绵府办发〔2019〕5号 绿色化 表7：无市级行');
  });

  it('the distribution is said once per list, and again only for a level that is a part of it', () => {
    const park = groups.find((g) => g.list === 'green-park')!;
    expect(park.byCounty.reduce((s, c) => s + c.count, 0)).toBe(5);
    const perLine = (o: TargetOutcome) => o.byCounty?.reduce((s, c) => s + c.count, 0);
    expect(park.outcomes.map(perLine)).toEqual([1, 0, 4]);
    expect(groups.find((g) => g.list === 'green-factory')!.outcomes.map((o) => o.byCounty)).toEqual([undefined, undefined, undefined]);
  });

  it('a ">100" goal keeps its qualifier', () => {
    const l: ListMeta = { ...(lists as ListMeta[])[0]!, id: 'x', rows: 1 };
    const r = rec({ list: 'x', row: 1, name: '四川长虹模塑科技有限公司' });
    const goal: TargetRecord = { ...t('smart-t1:6'), list: 'x' };
    const [g] = targetOutcomes([goal], [l], [{ record: r, key: 'k', loc: { source: 'none' } }], counties as County[]);
    expect(g!.outcomes[0]!.goal).toEqual({ value: 100, printed: '>100', year: '2020', table: '表1', qualifier: '>' });
  });

  it('words citations and caveats in English, sources as printed', async () => {
    await loadLang('en');
    const en = translator('en');
    const o = line('绿色园区（省级）');
    expect(msgText(en, o.listSource)).toBe('绵府办发〔2019〕5号 绿色化, Table 7, rows 2–5');
    expect(msgText(en, o.caveat)).toBe('Only the list’s 4 省级 row(s) counted (5 rows in all)');
    expect(msgText(en, line('绿色园区（市级）').listSource)).toBe('绵府办发〔2019〕5号 绿色化 表7: no 市级 rows');
  });
});

describe('goalOf / levelOf', () => {
  it('takes 合计, else the last year, never the 现有基础 baseline', () => {
    expect(
      goalOf([
        { year: '2017', printed: '5', value: 5 },
        { year: '合计', printed: '12', value: 12 },
      ])?.year,
    ).toBe('合计');
    expect(goalOf([{ year: '现有基础', printed: '3', value: 3 }])).toBeUndefined();
  });
  it('reads the level from either way the tables print it', () => {
    expect(levelOf('绿色园区（国家级）')).toBe('国家级');
    expect(levelOf('省级工业设计中心(企业)')).toBe('省级');
    expect(levelOf('智能工厂')).toBeUndefined();
  });
});
