import { describe, expect, it } from 'vitest';
import { loadSeed } from './common.ts';
import { extract } from './local.ts';

const seed = loadSeed('000');
const out = extract(seed);
const t = (id: string) => out.targets.find((x) => x.id === id)!;

describe('本地配套 表3 local-sourcing', () => {
  it('has 13 enterprises in print order, no location column', () => {
    expect(out.lists).toEqual([
      {
        id: 'local-sourcing',
        name: '重点企业本地配套提升目标',
        nameEn: 'Key enterprises: local sourcing targets',
        plan: 'local',
        planName: '本地配套',
        doc: '000_4ee7436a9fd2bc04.txt',
        table: '表3',
        tableTitle: '2018-2020 年重点企业本地配套提升目标',
        asOf: '2019-01-27',
        kind: 'enterprise',
        hasLocation: false,
        hasInvestment: false,
        rows: 13,
      },
    ]);
    expect(out.records.map((r) => r.row)).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
    expect(out.records.every((r) => r.location === undefined)).toBe(true);
  });
  it('keeps every printed column in extra', () => {
    expect(out.records[0]).toMatchObject({
      id: 'local-sourcing:1',
      line: 3338,
      name: '四川长虹电子控股集团有限公司',
      planTitle: '绵阳市制造业本地配套率提升行动计划（2018—2020）',
      extra: {
        '2017年采购金额（万元）': '1450000',
        '2017年本地采购金额（万元）': '156600',
        '2017年本地配套率（%）': '10.8',
        '配套率提升目标（%）2018年': '11.4',
        '配套率提升目标（%）2019年': '11.8',
        '配套率提升目标（%）2020年': '12',
      },
    });
    expect(out.records[12]).toMatchObject({ name: '四川省川西电缆有限责任公司', line: 3362 });
    expect(out.records[11]!.extra['配套率提升目标（%）2018年']).toBe('18.5');
  });
  it('printed 本地配套率 equals 本地采购金额 / 采购金额 for every row (to the printed precision)', () => {
    for (const r of out.records) {
      const ratio = (100 * Number(r.extra['2017年本地采购金额（万元）'])) / Number(r.extra['2017年采购金额（万元）']);
      expect(Math.abs(ratio - Number(r.extra['2017年本地配套率（%）']))).toBeLessThan(0.06);
    }
  });
  it('gives each enterprise a 2017→2020 target linked to the list', () => {
    expect(t('local:表3:5')).toMatchObject({ list: 'local-sourcing', indicator: '四川野马汽车绵阳制造有限公司 本地配套率', unit: '%' });
    expect(t('local:表3:5').values.map((v) => [v.year, v.value])).toEqual([
      ['2017', 15],
      ['2018', 25],
      ['2019', 35],
      ['2020', 50],
    ]);
  });
});

describe('本地配套 表1/表2 targets', () => {
  it('reads 表1 totals (规上工业企业) as 2017 values and 7 industries as units', () => {
    expect(t('local:表1:1')).toMatchObject({ indicator: '配套采购额', unit: '亿元', values: [{ year: '2017', printed: '849', value: 849 }] });
    expect(t('local:表1:3').values[0]!.value).toBe(20.5);
    expect(t('local:表1:1').byUnit!.map((u) => u.unit)).toEqual([
      '电子信息(龙头企业)',
      '汽车（龙头企业）',
      '新材料（龙头企业）',
      '节能环保(龙头企业)',
      '高端装备制造（龙头企业）',
      '食品饮料(龙头企业)',
      '其他',
    ]);
    expect(t('local:表1:2').byUnit!.map((u) => u.value)).toEqual([53.57, 11.88, 5.94, 4.18, 0.33, 26.29, 10.56]);
  });
  it('matches the 表1 numbers to the prose of 一、发展现状', () => {
    const prose = seed.lines.slice(2994, 3030).join('');
    for (const u of t('local:表1:1').byUnit!) expect(prose).toContain(`${u.printed} 亿`);
    for (const u of t('local:表1:2').byUnit!) expect(prose).toContain(u.printed);
  });
  it('reads 表2 as 7 industries × 3 indicators × 2018–2020', () => {
    expect(out.targets.filter((x) => x.table === '表2')).toHaveLength(21);
    expect(t('local:表2:1:1').values.map((v) => v.printed)).toEqual(['15.0', '17.5', '20.0']);
    expect(t('local:表2:7:2')).toMatchObject({ indicator: '其他 新增本地配套200万以上企业', unit: '户' });
  });
});
