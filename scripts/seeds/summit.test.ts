import { describe, expect, it } from 'vitest';
import { loadSeed } from './common.ts';
import { CORRECTIONS, extract } from './summit.ts';

const seed = loadSeed('000');
const out = extract(seed);
const rec = (id: string) => out.records.find((x) => x.id === id)!;

describe('登峰计划', () => {
  it('has 15 sherpa and 15 summit rows numbered 1..15', () => {
    expect(out.lists.map((l) => [l.id, l.table, l.tableTitle, l.rows])).toEqual([
      ['sherpa', '表2', '2018 年夏尔巴行动培育对象名单', 15],
      ['summit', '表3', '2018 年冲顶行动培育对象名单', 15],
    ]);
    for (const list of ['sherpa', 'summit'])
      expect(out.records.filter((r) => r.list === list).map((r) => r.row)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
  });
  it('spot-checks wrapped rows field by field', () => {
    expect(rec('sherpa:14')).toMatchObject({
      line: 4269,
      name: '四川奇石缘科技股份有限公司',
      location: '科创区',
      locationPrinted: '科创区',
      extra: { 主营产品名称: '道路智能交通控制专用石英式高效动态称重系统' },
      planTitle: '绵阳市制造业单项冠军企业培育“登峰计划”（2018—2020 年）',
    });
    expect(rec('sherpa:10')).toMatchObject({ name: '绵阳高新区经纬达科技有限公司', location: '高新区', extra: { 主营产品名称: '网络变压器' } });
    expect(rec('sherpa:13').name).toBe('禾大西普化学（四川）有限公司');
    expect(rec('summit:1')).toMatchObject({
      name: '四川龙华光电薄膜股份有限公司',
      location: '涪城区',
      extra: { 主营产品名称: '超薄PC导光基膜/片、公路反光膜' },
    });
    // Row 12 starts right after the 表3 caption line.
    expect(seed.lines[4400 - 1]).toContain('表3');
    expect(rec('summit:12')).toMatchObject({
      line: 4401,
      name: '绵阳市天旋气门组件有限责任公司',
      location: '经开区',
      extra: { 主营产品名称: '内燃机气门旋转机构' },
    });
  });
  it('keeps 四川九州光电子技术有限公司 of sherpa row 1 as printed: nothing in the text supports 九洲', () => {
    expect(rec('sherpa:1')).toMatchObject({ name: '四川九州光电子技术有限公司', namePrinted: '四川九州光电子技术有限公司' });
    expect(rec('sherpa:1').corrections).toEqual([]);
    expect(out.records.flatMap((r) => r.corrections)).toHaveLength(CORRECTIONS.length);
  });
  it('reads 表1: 名录库 30 → 35 → 40 (= 15 sherpa + 15 summit in 2018), 国家级单项冠军 1 → 3', () => {
    const t = (id: string) => out.targets.find((x) => x.id === id)!;
    expect(t('summit:表1:1:累计').values.map((v) => [v.year, v.printed])).toEqual([
      ['2017', '-'],
      ['2018', '30'],
      ['2019', '35'],
      ['2020', '40'],
    ]);
    expect(t('summit:表1:1:累计').values[1]!.value).toBe(out.records.length);
    expect(t('summit:表1:2:新增')).toMatchObject({ indicator: '国家级制造业单项冠军企业（示范企业和培育企业）（新增）', unit: '户', line: 4101 });
    expect(t('summit:表1:2:累计').values.map((v) => v.value)).toEqual([1, 1, 2, 3]);
  });
  it('finds the 创新能力 plan printed as （略）, so it has no tables', () => {
    expect(seed.lines.slice(4510).filter((l) => l.trim() !== '')).toEqual(['绵阳市制造业创新能力提升行动计划', '(2018—2020 年)', '（略）']);
  });
});
