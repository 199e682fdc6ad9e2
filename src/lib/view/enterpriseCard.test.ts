import { describe, expect, it } from 'vitest';
import records from '../../../data/records.json' with { type: 'json' };
import lists from '../../../data/lists.json' with { type: 'json' };
import type { ListMeta, SeedRecord } from '../types.ts';
import { buildRegistry } from '../registry/index.ts';
import { locateAll } from '../aggregate/index.ts';
import { translator } from '../i18n/index.ts';
import { msgText } from '../i18n/index.ts';
import { cardCounties, enterpriseCard } from './enterpriseCard.ts';

const recs = records as SeedRecord[];
const metas = lists as ListMeta[];
const located = locateAll(recs, buildRegistry(recs, undefined, new Map(metas.map((l) => [l.id, l.planName]))));
const zh = translator('zh');
const keyOf = (name: string) => located.find((l) => l.record.name === name)!.key;

describe('enterpriseCard on the seeds', () => {
  const card = enterpriseCard(located, metas, keyOf('四川长虹电器股份有限公司'))!;

  it('四川长虹电器 is on three lists, four rows, each cited as printed', () => {
    expect(card.lists.map((l) => [l.list, l.rows.map((r) => msgText(zh, r.cite))])).toEqual([
      ['green-product', ['绵府办发〔2019〕5号 绿色化 表3 第1行']],
      ['service-platform', ['绵府办发〔2019〕5号 服务化 表7 第2行', '绵府办发〔2019〕5号 服务化 表7 第3行']],
      ['summit', ['绵府办发〔2019〕5号 单项冠军登峰计划 表3 第10行']],
    ]);
    // The design-centre rows print the name with 创新设计中心 after it: a second spelling of the same enterprise.
    expect(card.names).toEqual(['四川长虹电器股份有限公司', '四川长虹电器股份有限公司创新设计中心']);
  });

  it('its two printed parks are two places in one county, and the conflict is flagged', () => {
    expect(card.places.map((p) => [p.unit, p.county, p.printedBy.map((m) => msgText(zh, m)), p.borrowedBy.length])).toEqual([
      ['经开区', '涪城区', ['绵府办发〔2019〕5号 绿色化 表3 第1行'], 0],
      [
        '高新区',
        '涪城区',
        ['绵府办发〔2019〕5号 服务化 表7 第2行', '绵府办发〔2019〕5号 服务化 表7 第3行', '绵府办发〔2019〕5号 单项冠军登峰计划 表3 第10行'],
        0,
      ],
    ]);
    expect(card.conflict).toBe(true);
    expect(card.unplaced).toBe(0);
    expect(cardCounties(card)).toEqual([{ code: '510703', name: '涪城区' }]);
  });

  it('investments are the rows with an amount, summed in 万元', () => {
    const mould = enterpriseCard(located, metas, keyOf('四川长虹模塑科技有限公司'))!;
    expect(mould.investments.map((r) => [r.id, r.investmentWan, r.investmentPrinted])).toEqual([['smart-factory:1', 21559, '21559']]);
    expect(mould.investmentWan).toBe(21559);
    expect(mould.conflict).toBe(false);
    expect(card.investments).toEqual([]);
  });

  it('a row without a location of its own shows where it borrowed from', () => {
    // 智能化 表5 (key technologies) has no location column: its rows borrow from the same enterprise elsewhere.
    const borrowed = located.find((l) => l.record.list === 'smart-tech' && l.loc.source === 'borrowed')!;
    const c = enterpriseCard(located, metas, borrowed.key)!;
    const place = c.places.find((p) => p.borrowedBy.some((m) => msgText(zh, m) === msgText(zh, c.lists.find((l) => l.list === 'smart-tech')!.rows[0]!.cite)));
    expect(place?.unit).toBe(borrowed.loc.unit);
  });

  it('an unknown key has no card', () => {
    expect(enterpriseCard(located, metas, 'no such enterprise')).toBeUndefined();
  });

  it('points come from the located rows: a park row is marked at its park', () => {
    const withPoints = located.map((l) => ({ ...l, ...(l.loc.parkId === 'gaoxin' ? { point: [104.6, 31.42] as [number, number] } : {}) }));
    const c = enterpriseCard(withPoints, metas, keyOf('四川长虹电器股份有限公司'))!;
    expect(c.places.map((p) => p.point)).toEqual([undefined, [104.6, 31.42]]);
  });
});
