import { describe, expect, it } from 'vitest';
import { extract, GREEN_CORRECTIONS } from './green.ts';
import { findLine, loadSeed } from './common.ts';

const seed = loadSeed('000');
const { lists, records, targets } = extract();
const on = (list: string) => records.filter((r) => r.list === list);
const rec = (id: string) => records.find((r) => r.id === id)!;
/** "name|industry-or-product|location" per row, in row order. */
const golden = (list: string) => on(list).map((r) => `${r.name}|${r.industry ?? r.extra['产品及品牌']}|${r.location}`);
const seedText = seed.lines.map((l) => l.trim()).join('');

describe('绿色化 lists', () => {
  it('has the five lists with their row counts, each numbered 1..N where the 序号 is printed', () => {
    expect(lists.map((l) => [l.id, l.table, l.rows, l.kind, l.hasLocation, l.asOf])).toEqual([
      ['green-product', '表3', 19, 'enterprise', true, '2019-01-27'],
      ['green-factory', '表5', 48, 'enterprise', true, '2019-01-27'],
      ['green-park', '表7', 5, 'park', false, '2019-01-27'],
      ['green-supply-chain', '表9', 20, 'enterprise', true, '2019-01-27'],
      ['green-tech', '表11', 14, 'enterprise', false, '2019-01-27'],
    ]);
    for (const l of lists) {
      const rows = on(l.id);
      expect(rows.map((r) => r.row)).toEqual(Array.from({ length: l.rows }, (_, i) => i + 1));
      for (const r of rows) expect(seed.lines[r.line - 1]!.trim()).toMatch(new RegExp(`^${r.row}(\\s|$)`));
      // Nothing invented: every printed name occurs in the seed text (wrapped lines joined).
      for (const r of rows) expect(seedText).toContain(r.namePrinted);
    }
  });

  it('表3 (19 rows) is split by 表2 and a paragraph after row 5', () => {
    const grid2 = findLine(seed, /^年份 2018年 2019年 2020年$/, rec('green-product:5').line);
    expect(rec('green-product:5').line).toBeLessThan(grid2);
    expect(rec('green-product:6').line).toBeGreaterThan(grid2);
    expect(golden('green-product')).toEqual([
      '四川长虹电器股份有限公司|长虹牌空调、彩电、一体机|经开区',
      '四川长虹新能源科技股份有限公司|长虹牌一次性碱性锌锰干电池|高新区',
      '四川绵阳野马汽车绵阳制造有限公司|新能源汽车|高新区',
      '四川豪庭世家建筑装饰装修工程有限公司|豪庭世家牌实木门实木家具|涪城区',
      '四川海瑞尔重型包装有限公司|海瑞尔牌五层彩色瓦楞纸箱|涪城区',
      '绵阳兴汇日化有限公司|玉女牌家用洗涤剂|涪城区',
      '绵阳新华内燃机股份有限公司|新能源车电机|涪城区',
      '绵阳金循环金属材料有限公司|再生铜阳极板|游仙区',
      '绵阳保和泰越通信线缆有限公司|网络线、阻水线、通信电缆|游仙区',
      '四川长虹电源有限公司|锂电池系列产品|经开区',
      '绵阳海立电器有限公司|变频空调压缩机|经开区',
      '四川九洲光电科技股份有限公司|格瑞普牌LED 灯|科创区',
      '绵阳新亚科技有限公司|STEIN 牌LED 灯|科创区',
      '绵阳美能材料科技有限公司|中空纤维膜|科创区',
      '四川省安县纸业有限公司|系列纸制品|安州区',
      '四川三台力达泵业有限公司|长源牌水泵|三台县',
      '四川皇龙智能破碎技术股份有限公司|皇龙牌HL 系列破碎机|江油市',
      '绵阳建丰林产有限公司|建丰牌中密度纤维板|梓潼县',
      '四川建丰林业有限公司|建丰牌中密度纤维板|盐亭县',
    ]);
  });

  it('表5 has 48 rows: 1–14 before 表6/表7, 15–48 after 表7’s caption', () => {
    const cap7 = findLine(seed, /^表7\s+绵阳市“绿色园区”创建培育名单/);
    expect(rec('green-factory:14').line).toBeLessThan(cap7);
    expect(rec('green-factory:15').line).toBe(cap7 + 2);
    expect(golden('green-factory')).toEqual([
      '中国重汽集团绵阳专用汽车有限公司|汽车|高新区',
      '四川铁骑力士实业有限公司|食品|高新区',
      '四川省绵阳市丰谷酒业有限责任公司|食品|高新区',
      '四川光友薯业有限公司|食品|高新区',
      '绵阳高新区三阳塑胶有限责任公司|轻工|高新区',
      '际华三五三六职业装有限公司|纺织|高新区',
      '绵阳新华内燃机股份有限公司|汽车|涪城区',
      '绵阳富临精工机械股份有限公司|汽车|涪城区',
      '绵阳双汇食品有限责任公司|食品|涪城区',
      '四川绵阳三力股份有限公司|汽车|涪城区',
      '绵阳龙华薄膜有限公司|轻工|游仙区',
      '四川科莱电梯股份有限公司|机械装备|游仙区',
      '绵阳铜鑫铜业有限公司|有色|游仙区',
      '绵阳金循环金属材料有限公司|有色|游仙区',
      '绵阳仙特米业有限公司|食品|游仙区',
      '绵阳天大饲料有限公司|食品|游仙区',
      '四川金太阳畜牧饲料有限公司|食品|游仙区',
      '四川东材科技集团股份有限公司|化工|游仙区',
      '绵阳开元磁性材料有限公司|轻工|游仙区',
      '四川旭虹光电科技有限公司|电子信息|经开区',
      '利尔化学股份有限公司|新材料|经开区',
      '四川美丰化工科技有限责任公司|新材料|经开区',
      '绵阳海立电器有限公司|电子|经开区',
      '四川绵阳好圣汽车零部件制造有限公司|汽车|经开区',
      '四川雄晖化工科技有限公司|节能环保|经开区',
      '绵阳市鑫科源环保科技有限公司|节能环保|经开区',
      '四川九洲环保科技有限责任公司|节能环保|经开区',
      '绵阳双胞胎饲料有限公司|食品|经开区',
      '四川九洲电器集团有限责任公司|电子信息|科创区',
      '四川永贵科技有限公司|机械装备|科创区',
      '四川好医生药业集团有限公司|生物医药|安州区',
      '安县启明星磷化有限公司|化工|安州区',
      '绵阳华祥机械制造有限公司|汽车|安州区',
      '安县中联水泥有限公司|建材|安州区',
      '绵阳市建诚化工有限公司|化工|江油市',
      '四川矿山机器（集团）有限责任公司|机械装备|江油市',
      '四川皇龙智能破碎技术股份有限公司|机械装备|江油市',
      '四川江油新川矿山机械有限公司|机械装备|江油市',
      '四川清香园调味品股份有限公司|食品|江油市',
      '攀钢集团四川长城特殊钢有限责任公司|钢铁|江油市',
      '四川六合锻造股份有限公司|机械装备|江油市',
      '江油市长祥特殊钢制造有限公司|机械装备|江油市',
      '江油市鸿翔特殊钢有限公司|钢铁|江油市',
      '江油红狮水泥有限公司|建材|江油市',
      '绵阳佳联印染有限责任公司|纺织|三台县',
      '绵阳佳禧印染有限责任公司|纺织|三台县',
      '四川长林肉类食品集团有限公司|食品|梓潼县',
      '四川福欣食品有限公司|食品|梓潼县',
    ]);
  });

  it('表9 has 20 rows, wrapped industries joined', () => {
    expect(golden('green-supply-chain')).toEqual([
      '艾默生网络能源（绵阳）有限公司|电子|高新区',
      '绵阳新晨动力机械有限公司|汽车|高新区',
      '华正电子科技有限公司|电子|高新区',
      '绵阳高新区鸿强科技有限公司|电子|高新区',
      '际华三五三六职业装有限公司|纺织|高新区',
      '四川绵阳华元航升环保科技有限公司|汽车|高新区',
      '绵阳双汇食品有限责任公司|食品|涪城区',
      '四川省绵阳市丰谷酒业有限责任公司|食品|涪城区',
      '四川东材科技集团股份有限公司|化工|游仙区',
      '华润雪花啤酒（绵阳）有限责任公司|食品|经开区',
      '利尔化学股份有限公司|化工|经开区',
      '四川美丰化工科技有限责任公司|化工|经开区',
      '四川省银河化学股份有限公司|化工|安州区',
      '四川矿山机器（集团）有限责任公司|大型成套装备|江油市',
      '四川皇龙智能破碎技术股份有限公司|大型成套装备|江油市',
      '四川清香园调味品股份有限公司|食品|江油市',
      '绵阳佳联印染有限责任公司|纺织|三台县',
      '绵阳佳禧印染有限责任公司|纺织|三台县',
      '四川长林肉类食品集团有限公司|食品|梓潼县',
      '四川铁骑力士实业有限公司|饲料、食品业|高新区',
    ]);
  });

  it('表7: five parks with level and year; the 备注 kept on the 国家级 one', () => {
    expect(on('green-park').map((r) => [r.name, r.level, r.targetYear])).toEqual([
      ['四川绵阳游仙经济开发区', '国家级', 2019],
      ['绵阳经济技术开发区', '省级', 2020],
      ['四川绵阳高新技术产业开发区', '省级', 2019],
      ['四川绵阳安州工业园区', '省级', 2019],
      ['江油工业园区', '省级', 2020],
    ]);
    expect(rec('green-park:1')).toEqual({
      id: 'green-park:1',
      list: 'green-park',
      doc: '000_4ee7436a9fd2bc04.txt',
      docTitle: '绵府办发〔2019〕5号',
      plan: 'green',
      planTitle: '绵阳市制造业绿色化发展行动计划（2018—2020 年）',
      table: '表7',
      tableTitle: '绵阳市“绿色园区”创建培育名单',
      row: 1,
      line: 1494,
      kind: 'park',
      name: '四川绵阳游仙经济开发区',
      namePrinted: '四川绵阳游仙经济开发区',
      level: '国家级',
      targetYear: 2019,
      extra: { 创建年度: '2019年', 备注: '培育国家级绿色园区的单位，同步创建申报省级绿色园区。' },
      corrections: [],
    });
    expect(rec('green-park:2').extra).toEqual({ 创建年度: '2020年' });
  });

  it('表11: short names (also wrapped ones), 研究方向 and 现有基础 split', () => {
    expect(on('green-tech').map((r) => r.name)).toEqual([
      '长虹集团',
      '九洲集团',
      '东材科技',
      '新晨动力',
      '利尔化学',
      '好医生',
      '华丰集团',
      '旭虹光电',
      '皇龙破碎',
      '富临精工',
      '佳禧印染',
      '雅化集团',
      '台沃农业科技',
      '锐洋新材料',
    ]);
    expect(rec('green-tech:13')).toMatchObject({
      line: 1878,
      tableTitle: '绵阳市绿色关键技术研发重点培育名单',
      extra: { 研究方向: '水稻水育秧肥、葫芦科作物育苗肥、茄科作物育苗肥、玉米攻苞配方肥等核心关键技术。', 现有基础: '省级企业技术中心' },
    });
    expect(rec('green-tech:7').extra).toEqual({ 研究方向: '军用连接器核心技术', 现有基础: '已有生态安全与保护四川重点实验室' });
    expect(rec('green-tech:1').extra['现有基础']).toBe('拥有6个国家级重点实验室、3个国家级工程技术研究中心。');
  });

  it('applies exactly the listed corrections; printed forms are in the seed', () => {
    const applied = records.flatMap((r) => r.corrections.map((c) => ({ id: r.id, ...c })));
    expect(applied).toEqual(GREEN_CORRECTIONS.map((c) => ({ id: c.id, field: c.field, printed: c.printed, corrected: c.corrected, reason: c.reason })));
    for (const c of GREEN_CORRECTIONS) expect(seedText).toContain(c.printed);
    expect(rec('green-factory:9')).toMatchObject({
      name: '绵阳双汇食品有限责任公司',
      namePrinted: '绵阳双汇食品有限责任公司1',
      industry: '食品',
      location: '涪城区',
    });
    expect(rec('green-supply-chain:7').namePrinted).toBe('绵阳双汇食品有限责任公司');
  });
});

describe('绿色化 targets', () => {
  it('表1: 5 subjects × 3 levels for 2020, 现有基础 on the 国家级 ones, each tied to its list', () => {
    const t1 = targets.filter((t) => t.table === '表1');
    expect(t1.map((t) => `${t.indicator}=${t.values.map((v) => `${v.year}:${v.printed}`).join(',')}→${t.list}`)).toEqual([
      '绿色产品（国家级）=现有基础:3,2020:8→green-product',
      '绿色产品（省级）=2020:-→green-product',
      '绿色产品（市级）=2020:30→green-product',
      '绿色工厂（国家级）=现有基础:3,2020:5→green-factory',
      '绿色工厂（省级）=2020:15→green-factory',
      '绿色工厂（市级）=2020:20→green-factory',
      '绿色园区（国家级）=现有基础:0,2020:1→green-park',
      '绿色园区（省级）=2020:2→green-park',
      '绿色园区（市级）=2020:5→green-park',
      '绿色供应链（国家级）=现有基础:2,2020:4→green-supply-chain',
      '绿色供应链（省级）=2020:5→green-supply-chain',
      '绿色供应链（市级）=2020:10→green-supply-chain',
      '绿色关键技术研发（国家级）=现有基础:2,2020:4→green-tech',
      '绿色关键技术研发（省级）=2020:-→green-tech',
      '绿色关键技术研发（市级）=2020:5→green-tech',
    ]);
    expect(t1[1]!.values).toEqual([{ year: '2020', printed: '-' }]);
  });

  it('表2/4/6/8/10: yearly grids by level, "－" kept as printed without a value', () => {
    const grid = (table: string) =>
      targets.filter((t) => t.table === table).map((t) => `${t.indicator} ${t.values.map((v) => v.value ?? v.printed).join(' ')}`);
    expect(grid('表2')).toEqual(['绿色产品（国家级） 0 2 3', '绿色产品（省级） － － －', '绿色产品（市级） － 10 20']);
    expect(grid('表4')).toEqual(['绿色工厂（国家级） 1 1 1', '绿色工厂（省级） 5 5 5', '绿色工厂（市级） － 10 10']);
    expect(grid('表6')).toEqual(['绿色园区（国家级） 0 0 1', '绿色园区（省级） 0 1 1', '绿色园区（市级） － 2 3']);
    expect(grid('表8')).toEqual(['绿色供应链（国家级） 1 1 1', '绿色供应链（省级） 1 2 2', '绿色供应链（市级） － 5 5']);
    expect(grid('表10')).toEqual(['绿色关键技术研发（国家级） 1 1 1', '绿色关键技术研发（省级） － － －', '绿色关键技术研发（市级） － 2 3']);
    expect(targets.find((t) => t.id === 'green-t10:3')).toMatchObject({
      tableTitle: '2018-2020 年绵阳市绿色关键技术研发目标',
      line: 1747,
      row: 3,
      list: 'green-tech',
      unit: '个',
      values: [
        { year: '2018', printed: '－' },
        { year: '2019', printed: '2', value: 2 },
        { year: '2020', printed: '3', value: 3 },
      ],
    });
    // Cross-check with the prose: 表2 yearly national additions plus the 3 existing reach 表1's 8.
    expect(3 + [0, 2, 3].reduce((a, b) => a + b, 0)).toBe(targets.find((t) => t.id === 'green-t1:1:国家级')!.values[1]!.value);
  });
});
