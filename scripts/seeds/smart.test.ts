import { describe, expect, it } from 'vitest';
import { extract, SMART_CORRECTIONS } from './smart.ts';
import { applyCorrections, findLine, loadSeed, makeRecord, parseTargetValue, splitRows, type SeedText } from './common.ts';

const seed = loadSeed('000');
const { lists, records, targets } = extract();
const on = (list: string) => records.filter((r) => r.list === list);
const rec = (id: string) => records.find((r) => r.id === id)!;

/** Independent of the extractor: sum the "总投资 起止日期 属地" lines printed between two anchors. */
function printedTotals(from: RegExp, to: RegExp): { n: number; sum: number } {
  const a = findLine(seed, from),
    b = findLine(seed, to, a);
  const hits = seed.lines
    .slice(a, b - 1)
    .map((l) => /^(\d+) \d{4}-\d{4} \S+$/.exec(l.trim()))
    .filter((m) => m !== null);
  return { n: hits.length, sum: hits.reduce((s, m) => s + Number(m[1]), 0) };
}

describe('智能化 lists', () => {
  it('has the three lists with their row counts, each numbered 1..N in print order', () => {
    expect(lists.map((l) => [l.id, l.table, l.rows, l.kind, l.hasLocation, l.hasInvestment, l.asOf])).toEqual([
      ['smart-factory', '表3', 12, 'project', true, true, '2019-01-27'],
      ['smart-equipment', '表4', 15, 'project', true, true, '2019-01-27'],
      ['smart-tech', '表5', 7, 'organisation', false, false, '2019-01-27'],
    ]);
    for (const l of lists) {
      const rows = on(l.id);
      expect(rows.map((r) => r.row)).toEqual(Array.from({ length: l.rows }, (_, i) => i + 1));
      // Each record's line is where its 序号 is printed.
      for (const r of rows) expect(seed.lines[r.line - 1]!.trim()).toMatch(new RegExp(`^${r.row}(\\s|$)`));
    }
  });

  it('表3: 12 projects whose investments add up to the printed amounts (188064 万元)', () => {
    const t = printedTotals(/^表3 绵阳市智能制造试点示范工厂/, /^（二）培育发展智能装备和产品/);
    const rows = on('smart-factory');
    expect(t).toEqual({ n: 12, sum: 188064 });
    expect(rows.reduce((s, r) => s + r.investmentWan!, 0)).toBe(188064);
  });

  it('表4: 15 projects (its caption sits between rows 8 and 9) totalling 92250 万元', () => {
    const t = printedTotals(/^（二）培育发展智能装备和产品/, /^2\. 加强产业关键技术攻关/);
    expect(t).toEqual({ n: 15, sum: 92250 });
    expect(on('smart-equipment').reduce((s, r) => s + r.investmentWan!, 0)).toBe(92250);
    expect(rec('smart-equipment:9').line).toBeGreaterThan(findLine(seed, /^表4\s+绵阳市智能制造装备和产品重点项目表/));
  });

  it('spot-checks 表3 row 1 field by field, with its correction', () => {
    expect(rec('smart-factory:1')).toEqual({
      id: 'smart-factory:1',
      list: 'smart-factory',
      doc: '000_4ee7436a9fd2bc04.txt',
      docTitle: '绵府办发〔2019〕5号',
      plan: 'smart',
      planTitle: '绵阳市制造业智能化发展行动计划（2018—2020 年）',
      table: '表3',
      tableTitle: '绵阳市智能制造试点示范工厂（车间）项目表',
      row: 1,
      line: 314,
      kind: 'project',
      name: '四川长虹模塑科技有限公司',
      namePrinted: '四川长虹模塑科技有公司',
      project: '注塑智能工厂新模式应用',
      location: '高新区',
      locationPrinted: '高新区',
      investmentPrinted: '21559',
      investmentWan: 21559,
      period: '2016-2019',
      extra: {},
      corrections: [{ field: 'name', printed: '四川长虹模塑科技有公司', corrected: '四川长虹模塑科技有限公司', reason: SMART_CORRECTIONS[0]!.reason }],
    });
  });

  it('spot-checks wrapped cells of 表3 row 5 and 表4 rows 6, 12, 14', () => {
    const pick = (id: string) => {
      const r = rec(id);
      return [r.name, r.project, r.investmentWan, r.period, r.location];
    };
    expect(pick('smart-factory:5')).toEqual(['绵阳高新区经纬达科技有限公司', '5G 网络通讯磁性元器件智能制造新模式应用', 11000, '2016-2019', '高新区']);
    expect(pick('smart-equipment:6')).toEqual([
      '四川九州光电子技术有限公司',
      '基于PON 光网络10G BOSA 光器件智能制造新模式应用项目',
      6200,
      '2016-2018',
      '高新区',
    ]);
    expect(pick('smart-equipment:12')).toEqual(['四川九强通信科技有限公司', '小型化通航机场（飞行营地）场面监视系统', 2620, '2017-2020', '涪城区']);
    expect(pick('smart-equipment:14')).toEqual([
      '江油市长祥特殊钢制造有限公司',
      'vd 真空炉外精炼快速自由锻造超宽厚高纯净模具钢研制及产业化',
      6650,
      '2016-2019',
      '江油市',
    ]);
  });

  it('表5: technology in extra, the supporting unit(s) as the organisation, no location', () => {
    expect(on('smart-tech').map((r) => [r.name, r.extra['高端装备和智能制造关键技术']])).toEqual([
      ['兵装集团58 所', '新型传感技术'],
      ['长虹控股', '模块化/嵌入式控制系统设计技术'],
      ['西南科技大学', '先进控制与优化技术'],
      ['九洲集团', '基于图像与多传感器融合的智能识别技术'],
      ['中物院六所', '特种工艺与精密制造技术'],
      ['虹信软件、科瑞软件', '高安全高可信的嵌入式实时工业操作系统'],
      ['兵装集团58 所', '系统协同技术'],
    ]);
    expect(rec('smart-tech:6')).toMatchObject({ kind: 'organisation', supportUnit: '虹信软件、科瑞软件', line: 666 });
    expect(on('smart-tech').every((r) => r.location === undefined)).toBe(true);
  });

  it('applies exactly the listed corrections, each to a name printed in the seed', () => {
    const applied = records.flatMap((r) => r.corrections.map((c) => ({ id: r.id, ...c })));
    expect(applied).toEqual(SMART_CORRECTIONS.map((c) => ({ id: c.id, field: c.field, printed: c.printed, corrected: c.corrected, reason: c.reason })));
    // The printed forms really are in the text (wrapped over two lines).
    const text = seed.lines.map((l) => l.trim()).join('');
    for (const c of SMART_CORRECTIONS) expect(text).toContain(c.printed);
    expect(text).toContain('四川九洲空管科技有限责任公司');
  });
});

describe('智能化 targets', () => {
  it('表1: 7 indicators, units split from the label, 智能车间/智能工厂 tied to smart-factory', () => {
    const t1 = targets.filter((t) => t.table === '表1');
    expect(t1.map((t) => [t.id, t.indicator, t.unit ?? '', t.list ?? '', t.values.map((v) => v.printed).join(' ')])).toEqual([
      ['smart-t1:1', '系统解决方案供应商', '家', '', '2 4 6'],
      ['smart-t1:2', '智能生产线', '条', '', '40 50 60'],
      ['smart-t1:3', '智能车间', '个', 'smart-factory', '20 30 40'],
      ['smart-t1:4', '智能工厂', '个', 'smart-factory', '8 12 20'],
      ['smart-t1:5', '两化融合贯标企业', '户', '', '10 15 20'],
      ['smart-t1:6', '智能制造试点示范项目', '个', '', '50 80 >100'],
      ['smart-t1:7', '智能制造人才队伍', '', '', '- - 基本建立'],
    ]);
    expect(t1[5]!.values[2]).toEqual({ year: '2020', printed: '>100', value: 100 });
    expect(t1[6]!.values[2]).toEqual({ year: '2020', printed: '基本建立' });
    expect(t1[0]).toMatchObject({ tableTitle: '绵阳市智能制造生态体系年度目标', line: 197, row: 1 });
  });

  it('表2: 8 percentage indicators with their printed direction kept', () => {
    const t2 = targets.filter((t) => t.table === '表2');
    expect(t2.map((t) => t.indicator)).toEqual([
      '数字化研发设计工具普及率',
      '关键工序数控化率',
      '数字化车间/智能工厂普及率',
      '智能制造试点示范项目生产效率',
      '运营成本',
      '产品研制周期',
      '产品不良品率',
      '能源利用率',
    ]);
    expect(t2.every((t) => t.unit === '%')).toBe(true);
    expect(t2[4]!.values).toEqual([
      { year: '2018', printed: '下降5%', value: 5 },
      { year: '2019', printed: '下降10%', value: 10 },
      { year: '2020', printed: '下降20%', value: 20 },
    ]);
  });
});

describe('common row helpers', () => {
  const fake = (lines: string[]): SeedText => ({ doc: 'fake.txt', lines });

  it('splitRows throws on a missing, duplicated or stray row', () => {
    expect(() => splitRows(fake(['1 甲公司 高新区', '3 乙公司 涪城区']), [{ from: 1, to: 3 }], 2, 't')).toThrow('t: line 2 starts row 3, expected row 2');
    expect(() => splitRows(fake(['1 甲公司 高新区', '1 乙公司 涪城区']), [{ from: 1, to: 3 }], 2, 't')).toThrow('t: line 2 starts row 1, expected row 2');
    expect(() => splitRows(fake(['序号 企业名称', '1 甲公司']), [{ from: 1, to: 3 }], 1, 't')).toThrow('t: line 1 "序号 企业名称" comes before the first row');
    expect(() => splitRows(fake(['1 甲公司']), [{ from: 1, to: 2 }], 2, 't')).toThrow('t: found 1 rows, expected 2');
  });

  it('applyCorrections throws when a correction no longer matches', () => {
    const prov = { doc: 'fake.txt', docTitle: '', plan: 'smart', planTitle: '', table: '表3', tableTitle: '', row: 1, line: 1 };
    const r = makeRecord(prov, 'x', { kind: 'enterprise', name: '甲公司', namePrinted: '甲公司' });
    expect(() => applyCorrections([r], [{ id: 'x:2', field: 'name', printed: '甲公司', corrected: '乙公司', reason: '' }])).toThrow(
      'correction for x:2: no such record',
    );
    expect(() => applyCorrections([r], [{ id: 'x:1', field: 'name', printed: '丙公司', corrected: '乙公司', reason: '' }])).toThrow(
      'correction for x:1.name: expected "丙公司", found "甲公司"',
    );
  });

  it('parseTargetValue keeps only real numbers', () => {
    expect(['≥5', '5家', '>72%', '提高8%', '－', '-', '基本建立', '１０'].map(parseTargetValue)).toEqual([5, 5, 72, 8, undefined, undefined, undefined, 10]);
  });
});
