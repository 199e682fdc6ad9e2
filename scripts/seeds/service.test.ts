import { describe, expect, it } from 'vitest';
import { loadSeed } from './common.ts';
import { CORRECTIONS, extract } from './service.ts';
import { SMART_CORRECTIONS } from './smart.ts';

const seed = loadSeed('000');
const out = extract(seed);
const rows = (list: string) => out.records.filter((r) => r.list === list);
const rec = (id: string) => {
  const r = out.records.find((x) => x.id === id);
  if (!r) throw new Error(`no ${id}`);
  return r;
};

describe('服务化 lists', () => {
  it('counts rows per table, each numbered 1..N', () => {
    expect(out.lists.map((l) => [l.id, l.table, l.rows])).toEqual([
      ['design-center', '表3', 12],
      ['service-enterprise', '表5', 28],
      ['service-project', '表6', 10],
      ['service-platform', '表7', 9],
    ]);
    for (const l of out.lists) expect(rows(l.id).map((r) => r.row)).toEqual(Array.from({ length: l.rows }, (_, i) => i + 1));
  });

  it('throws when a printed row number is missing or out of sequence', () => {
    const lines = [...seed.lines];
    expect(lines[2290 - 1]).toBe('7');
    lines[2290 - 1] = '8';
    expect(() => extract({ ...seed, lines })).toThrow('服务化 表3: printed row 8 at line 2290, expected row 7');
  });

  it('reads a wrapped 表3 row field by field with provenance', () => {
    expect(rec('design-center:1')).toEqual({
      id: 'design-center:1',
      list: 'design-center',
      doc: '000_4ee7436a9fd2bc04.txt',
      docTitle: '绵府办发〔2019〕5号',
      plan: 'service',
      planTitle: '绵阳市制造业服务化发展行动计划（2018—2020 年）',
      table: '表3',
      tableTitle: '工业设计中心（企业）培育对象名单',
      row: 1,
      line: 2264,
      kind: 'enterprise',
      name: '四川科瑞达电子技术有限公司',
      namePrinted: '四川科瑞达电子技术有限公司',
      location: '科创园区',
      locationPrinted: '科创园区',
      level: '国家级',
      extra: { 培育目标: '国家级工业设计企业' },
      corrections: [],
    });
    expect(seed.lines[2264 - 1]).toBe('1');
    expect(rec('design-center:12')).toMatchObject({ name: '四川豪特新能源有限公司', location: '平武县', level: '市级' });
  });

  it('splits 表5 rows whose 培育模式 wraps across a blank line', () => {
    expect(rec('service-enterprise:11')).toMatchObject({ name: '四川科莱电梯股份有限公司', location: '游仙区', extra: { 培育模式: '产品全生命周期管理' } });
    expect(rec('service-enterprise:14')).toMatchObject({ name: '中国重汽集团济南卡车股份有限公司绵阳分公司', location: '高新区' });
    expect(rec('service-enterprise:28')).toMatchObject({ name: '四川旭虹光电科技有限公司', location: '经开区', line: 2658 });
    const modes = rows('service-enterprise').reduce<Record<string, number>>(
      (m, r) => ({ ...m, [r.extra['培育模式']!]: (m[r.extra['培育模式']!] ?? 0) + 1 }),
      {},
    );
    expect(modes).toEqual({ 定制化服务: 5, 总集成总承包: 5, 产品全生命周期管理: 5, 优化供应链管理: 13 });
  });

  it('reads 表6 across its own captions and 表7 before its caption', () => {
    expect(rec('service-project:9')).toMatchObject({
      line: 2760,
      name: '绵阳麦迪克电子科技有限公司',
      project: '医用彩超产品个性化定制及全生命周期服务',
      location: '经开区',
      extra: { 培育模式: '产品全生命周期管理' },
    });
    expect(rec('service-project:10').project).toBe('利用工业余热制备超细粉体的生产线的定制化设计与实施示范');
    expect(rec('service-platform:2')).toMatchObject({ name: '四川长虹电器股份有限公司创新设计中心', project: '创新设计服务平台', location: '高新区' });
    expect(rec('service-platform:8').project).toBe('基于互联网的再生资源循环经济产业-E回收云平台');
    expect(rec('service-platform:1').tableTitle).toBe('服务型制造示范平台培育名单');
  });

  it('applies each correction, keeping the printed name', () => {
    expect(rec('design-center:4')).toMatchObject({ name: '四川兴事发门窗有限责任公司', namePrinted: '兴事发门窗有限责任公司' });
    expect(rec('service-enterprise:4').name).toBe('四川兴事发门窗有限责任公司');
    expect(rec('service-project:3')).toMatchObject({ name: '四川九洲电子科技股份有限公司', namePrinted: '四川九州电子科技股份有限公司' });
    expect(rec('service-project:3').corrections).toHaveLength(1);
    expect(out.records.flatMap((r) => r.corrections)).toHaveLength(CORRECTIONS.length);
  });
});

describe('服务化 targets', () => {
  const t = (id: string) => out.targets.find((x) => x.id === id)!;
  it('reads 表1/表2 with printed 合计 equal to the sum of years', () => {
    expect(out.targets.map((x) => x.id)).toEqual([
      'service:表1:1',
      'service:表1:2',
      'service:表1:3',
      'service:表2:1',
      'service:表2:2',
      'service:表2:3',
      'service:表4:1',
    ]);
    expect(t('service:表1:1')).toMatchObject({
      indicator: '示范企业',
      unit: '个',
      list: 'service-enterprise',
      tableTitle: '培育服务型制造省级示范企业年度目标分解表',
    });
    expect(t('service:表1:1').values.map((v) => v.printed)).toEqual(['5', '3', '2', '2', '12']);
    expect(t('service:表2:2')).toMatchObject({ indicator: '省级工业设计中心(企业)', list: 'design-center' });
    expect(t('service:表2:2').values.map((v) => v.value)).toEqual([7, 2, 0, 1, 10]);
    // Its headings print whether a year is the existing base or new: kept with each value.
    expect(t('service:表2:2').values.map((v) => v.heading ?? v.year)).toEqual(['2017年(现有)', '2018年(新增)', '2019年(新增)', '2020年(新增)', '合计']);
    expect(t('service:表1:1').values.some((v) => v.heading)).toBe(false);
    for (const x of out.targets.slice(0, 6)) {
      const years = x.values.filter((v) => v.year !== '合计').reduce((s, v) => s + v.value!, 0);
      expect(years).toBe(x.values.find((v) => v.year === '合计')!.value);
    }
  });
  it('matches the prose goals: 12 示范企业, 6 项目, 6 平台; 2/10/5 design centres; 600 enterprises on the cloud', () => {
    expect(
      ['service:表1:1', 'service:表1:2', 'service:表1:3', 'service:表2:1', 'service:表2:2', 'service:表2:3'].map((id) => t(id).values.at(-1)!.value),
    ).toEqual([12, 6, 6, 2, 10, 5]);
    expect(seed.lines.join('')).toContain('力争到2020年实现600家企业上云');
    expect(t('service:表4:1').values).toEqual([
      { year: '2017', printed: '30', value: 30 },
      { year: '2018', printed: '150', value: 150 },
      { year: '2019', printed: '350', value: 350 },
      { year: '2020', printed: '600', value: 600 },
    ]);
  });
  it('throws on a stale correction', async () => {
    const { applyCorrections } = await import('./rows-util.ts');
    const records = structuredClone(out.records);
    expect(() => applyCorrections(records, [{ ...CORRECTIONS[1]!, printed: '四川九洲电子科技股份有限公司X' }])).toThrow(
      'correction for service-project:3.name: expected "四川九洲电子科技股份有限公司X", found "四川九洲电子科技股份有限公司"',
    );
  });
});

describe('the 九州 → 九洲 corrections cite the text that supports them', () => {
  const jiuzhou = [CORRECTIONS.find((c) => c.list === 'service-project' && c.row === 3)!, SMART_CORRECTIONS.find((c) => c.id === 'smart-equipment:3')!];

  it('each quotes the prose lines that print 九洲电子, and those lines hold the quoted words', () => {
    for (const c of jiuzhou) {
      const quotes = [...c.reason.matchAll(/第(\d+)行“([^”]+)”/gu)].map((m) => [Number(m[1]), m[2]!] as const);
      expect(quotes.map(([line]) => line)).toEqual([949, 1137]);
      for (const [line, words] of quotes) expect([line, seed.lines[line - 1]!.includes(words)]).toEqual([line, true]);
    }
  });

  it('is not circular: the reason never cites a corrected name, and only these table rows print 九州电子', () => {
    for (const c of jiuzhou) expect(c.reason).not.toContain(c.corrected);
    const printed = seed.lines.flatMap((l, i) => (l.replace(/\s/g, '').includes('九州电子') ? [i + 1] : []));
    expect(printed).toEqual([485, 2686]);
  });

  it('九州光电子 stays as printed: no line names it with 九洲', () => {
    expect(seed.lines.some((l) => l.includes('九洲光电子'))).toBe(false);
    expect(rec('service-project:3').name).toBe('四川九洲电子科技股份有限公司');
  });
});
