import { describe, expect, it } from 'vitest';
import { buildRegistry, type ResolvedLocation } from './index.ts';
import { translator, msgText } from '../i18n/index.ts';
import { rec } from './fixtures.ts';

// Rows as printed in the seeds (智能化 表3/表4/表5, 绿色化 表3/表5/表9/表11, 服务化 表5/表7, 冲顶 表3, 本地配套 表3).
const records = [
  rec('smart-factory:2', '四川华丰企业集团有限公司', '经开区'),
  rec('summit:15', '四川华丰企业集团有限公司', '涪城区'),
  rec('green-tech:7', '华丰集团'),
  rec('green-product:1', '四川长虹电器股份有限公司', '经开区'),
  rec('summit:10', '四川长虹电器股份有限公司', '高新区'),
  rec('service-platform:2', '四川长虹电器股份有限公司创新设计中心', '高新区'),
  rec('sherpa:2', '四川长虹精密电子科技有限公司', '涪城区'),
  rec('local-sourcing:1', '四川长虹电子控股集团有限公司'),
  rec('green-tech:1', '长虹集团'),
  rec('green-factory:33', '绵阳华祥机械制造有限公司', '安州区'),
  rec('service-enterprise:20', '绵阳华祥机械制造有限公司', '游仙区'),
  rec('local-sourcing:99', '绵阳华祥机械制造有限公司'),
  rec('smart-equipment:4', '四川永贵科技有限公司', '涪城区'),
  rec('green-factory:30', '四川永贵科技有限公司', '科创区'),
  rec('green-factory:3', '四川省绵阳市丰谷酒业有限责任公司', '高新区'),
  rec('green-supply-chain:8', '四川省绵阳市丰谷酒业有限责任公司', '涪城区'),
  rec('smart-factory:11', '四川九洲电器集团有限责任公司', '科创区'),
  rec('smart-factory:8', '四川九洲线缆有限责任公司', '高新区'),
  rec('local-sourcing:2', '四川九洲电器集团有限责任公司'),
  rec('smart-tech:4', '九洲集团'),
  rec('smart-tech:6', '虹信软件、科瑞软件'),
  rec('design-center:2', '四川科瑞软件有限责任公司', '科创园区'),
  rec('green-product:3', '四川绵阳野马汽车绵阳制造有限公司', '高新区'),
  rec('local-sourcing:5', '四川野马汽车绵阳制造有限公司'),
  rec('green-tech:12', '雅化集团'),
  rec('smart-factory:4', '雅化集团绵阳实业有限公司', '游仙区'),
  rec('green-park:1', '四川绵阳游仙经济开发区', undefined, { kind: 'park' }),
  rec('landmark-project:7', '中南高科', '月球背面'),
];
/** The plan names of data/lists.json for the lists above: the citations in notes name the plan. */
const PLANS = new Map(
  [...new Set(records.map((r) => r.list))].map((l) => [
    l,
    { smart: '智能化', green: '绿色化', service: '服务化', local: '本地配套', summit: '单项冠军登峰计划' }[l.split('-')[0]!] ?? '',
  ]),
);
PLANS.set('design-center', '服务化');
const reg = buildRegistry(records, undefined, PLANS);
const byId = new Map(records.map((r) => [r.id, r]));
const zh = translator('zh');
/** A resolved location with its note worded in Chinese, as the drawer shows it. */
const worded = (l: ResolvedLocation) => (l.note ? { ...l, note: msgText(zh, l.note) } : l);
const loc = (id: string) => worded(reg.resolveLocation(byId.get(id)!));
const entity = (id: string) => reg.entityOf(byId.get(id)!)!;

describe('buildRegistry: identity', () => {
  it('joins printed variants and short names of one enterprise', () => {
    expect(entity('green-tech:7')).toMatchObject({
      key: '华丰企业',
      names: ['四川华丰企业集团有限公司', '华丰集团'],
      records: ['smart-factory:2', 'summit:15', 'green-tech:7'],
    });
    expect(entity('local-sourcing:5').names).toEqual(['四川绵阳野马汽车绵阳制造有限公司', '四川野马汽车绵阳制造有限公司']);
    expect(entity('service-platform:2').records).toEqual(['green-product:1', 'summit:10', 'service-platform:2']);
  });

  it('keeps group, parent and subsidiaries apart (over-merging is worse than under-merging)', () => {
    expect(reg.keyOf(byId.get('smart-factory:11')!)).toBe('九洲电器');
    expect(reg.keyOf(byId.get('smart-factory:8')!)).toBe('九洲线缆');
    expect(reg.keyOf(byId.get('summit:10')!)).toBe('长虹电器');
    expect(reg.keyOf(byId.get('sherpa:2')!)).toBe('长虹精密电子科技');
    expect(reg.keyOf(byId.get('green-tech:1')!)).toBe('长虹电子控股');
    expect(reg.keyOf(byId.get('green-tech:12')!)).toBe('雅化');
    expect(reg.keyOf(byId.get('smart-factory:4')!)).toBe('雅化集团绵阳实业');
    expect(reg.entities.map((e) => e.key)).toEqual([
      '华丰企业',
      '长虹电器',
      '长虹精密电子科技',
      '长虹电子控股',
      '华祥机械制造',
      '永贵科技',
      '丰谷酒业',
      '九洲电器',
      '九洲线缆',
      '虹信软件、科瑞软件',
      '科瑞软件',
      '野马汽车绵阳制造',
      '雅化',
      '雅化集团绵阳实业',
      '游仙经济开发区',
      '中南高科',
    ]);
  });

  it('records every distinct printed unit with the rows that printed it', () => {
    expect(entity('green-factory:30').locations).toEqual([
      { unit: '涪城区', kind: 'county', countyCode: '510703', records: ['smart-equipment:4'] },
      { unit: '科创区', kind: 'park', countyCode: '510703', records: ['green-factory:30'] },
    ]);
  });
});

describe('buildRegistry: conflicts and refinements', () => {
  it('a park and the county containing it is a refinement, two parks or two counties are conflicts', () => {
    expect(reg.refinements.map((r) => r.key)).toEqual(['华丰企业', '永贵科技', '丰谷酒业']);
    expect(reg.conflicts.map((c) => [c.key, c.level, c.locations.map((l) => l.unit)])).toEqual([
      ['长虹电器', 'park', ['经开区', '高新区']],
      ['华祥机械制造', 'county', ['安州区', '游仙区']],
    ]);
  });
});

describe('resolveLocation', () => {
  it('a printed unit wins and is canonicalised', () => {
    expect(loc('design-center:2')).toEqual({ unit: '科创区', countyCode: '510703', county: '涪城区', kind: 'park', parkId: 'kechuang', source: 'printed' });
    expect(loc('summit:15')).toEqual({ unit: '涪城区', countyCode: '510703', county: '涪城区', kind: 'county', source: 'printed' });
  });

  it('a row without a location column borrows the most specific consistent unit, naming the source row', () => {
    expect(loc('green-tech:7')).toEqual({
      unit: '经开区',
      countyCode: '510703',
      county: '涪城区',
      kind: 'park',
      parkId: 'jingkai',
      source: 'borrowed',
      from: 'smart-factory:2',
      note: '本表无属地列；借用同一企业在绵府办发〔2019〕5号 智能化 表3 第2行印的属地经开区',
    });
    expect(loc('smart-tech:4')).toMatchObject({ unit: '科创区', source: 'borrowed', from: 'smart-factory:11' });
    expect(loc('local-sourcing:5')).toMatchObject({ unit: '高新区', source: 'borrowed', from: 'green-product:3' });
  });

  it('two parks of one county: borrow only the county, flagged conflict; printed rows keep theirs, flagged', () => {
    const extra = rec('green-tech:99', '四川长虹电器股份有限公司');
    const r2 = buildRegistry([...records, extra], undefined, PLANS);
    expect(worded(r2.resolveLocation(extra))).toEqual({
      unit: '涪城区',
      countyCode: '510703',
      county: '涪城区',
      kind: 'county',
      source: 'borrowed',
      from: 'green-product:1',
      conflict: true,
      note: '本表无属地列；同一企业印有不同园区（经开区（绵府办发〔2019〕5号 绿色化 表3 第1行）、高新区（绵府办发〔2019〕5号 单项冠军登峰计划 表3 第10行、绵府办发〔2019〕5号 服务化 表7 第2行）），只借用共同所在的涪城区',
    });
    expect(loc('green-product:1')).toMatchObject({ unit: '经开区', source: 'printed', conflict: true });
  });

  it('two counties: borrow nothing, flagged conflict', () => {
    expect(loc('local-sourcing:99')).toEqual({
      source: 'none',
      conflict: true,
      note: '本表无属地列；同一企业属地冲突，不借用：安州区（绵府办发〔2019〕5号 绿色化 表5 第33行）、游仙区（绵府办发〔2019〕5号 服务化 表5 第20行）',
    });
    expect(loc('service-enterprise:20')).toMatchObject({ unit: '游仙区', source: 'printed', conflict: true });
  });

  it('nothing to borrow, joint cells and unresolvable text end as none with a reason', () => {
    expect(loc('green-tech:1')).toEqual({ source: 'none', note: '本表无属地列，同一企业在其他名单也无属地' });
    expect(loc('green-tech:12')).toEqual({ source: 'none', note: '本表无属地列，同一企业在其他名单也无属地' });
    expect(loc('smart-tech:6')).toEqual({ source: 'none', note: '本表无属地列；一行列出多个单位（虹信软件、科瑞软件），不借用' });
    expect(loc('landmark-project:7')).toEqual({ source: 'none', note: '属地“月球背面”无法定位，同一企业在其他名单也无属地' });
  });

  it('a park row without a location column is placed by its own name', () => {
    expect(loc('green-park:1')).toMatchObject({ unit: '游仙经开区', countyCode: '510704', kind: 'park', parkId: 'youxian-jingkai', source: 'printed' });
  });

  it('records unseen at build time resolve their own location but borrow from the registry', () => {
    expect(reg.resolveLocation(rec('import:1', '四川九洲电器集团有限责任公司'))).toMatchObject({
      unit: '科创区',
      source: 'borrowed',
      from: 'smart-factory:11',
    });
    expect(reg.resolveLocation(rec('import:2', '某某公司', '江油'))).toMatchObject({ unit: '江油市', source: 'printed' });
  });
});
