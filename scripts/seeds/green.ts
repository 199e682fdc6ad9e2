// 绵阳市制造业绿色化发展行动计划（doc 000）: five 创建/培育 lists (产品, 工厂, 园区, 供应链, 关键技术) and the
// targets table of each (表1 overall, 表2/4/6/8/10 by year). The typesetting interleaves them: 表2's grid sits
// inside 表3, 表5 continues after 表7, and most captions are printed after their bodies.
import type { ListMeta, Provenance, SeedRecord, TargetRecord } from '../../src/lib/types.ts';
import {
  applyCorrections,
  caption,
  docDate,
  findLine,
  gridRows,
  joinTokens,
  loadSeed,
  makeRecord,
  makeTarget,
  parseTargetValue,
  rowTokens,
  splitRows,
  takeUntil,
  type CorrectionRule,
  type Extracted,
  type SeedText,
  type TableRow,
} from './common.ts';
import { DOC_TITLE } from './smart.ts';

const PLAN = 'green';
const PLAN_NAME = '绿色化';

/** Printed errors, fixed by code; every rule must match (applyCorrections throws otherwise). */
export const GREEN_CORRECTIONS: readonly CorrectionRule[] = [
  {
    id: 'green-factory:9',
    field: 'name',
    printed: '绵阳双汇食品有限责任公司1',
    corrected: '绵阳双汇食品有限责任公司',
    reason: '名称后多出脚注数字“1”；表9第7行同一企业印作“绵阳双汇食品有限责任公司”',
  },
  {
    id: 'green-factory:36',
    field: 'name',
    printed: '四川矿山机器(集团）有限责任公司',
    corrected: '四川矿山机器（集团）有限责任公司',
    reason: '括号半角“(”与全角“）”混用，统一为全角',
  },
  {
    id: 'green-supply-chain:14',
    field: 'name',
    printed: '四川矿山机器(集团）有限责任公司',
    corrected: '四川矿山机器（集团）有限责任公司',
    reason: '括号半角“(”与全角“）”混用，统一为全角（同表5第36行）',
  },
];

const LOCATION = /^[\u4e00-\u9fa5]{2,4}[区县市]$/;
const LEVELS = ['国家级', '省级', '市级'] as const;

type Base = Omit<Provenance, 'row' | 'line'>;

function need(ok: boolean, msg: string): void {
  if (!ok) throw new Error(msg);
}

/** 企业名称 | <middle column> | 所在地: the name ends in 公司 (a stray footnote digit allowed), the location is last. */
function nameMiddleLocation(r: TableRow, label: string): { name: string; middle: string; location: string } {
  const [name, rest] = takeUntil(rowTokens(r), /公司\d?$/, `${label} row ${r.row}`);
  const location = rest[rest.length - 1]?.text ?? '';
  need(rest.length >= 2 && LOCATION.test(location), `${label} row ${r.row}: bad location "${location}"`);
  return { name, middle: joinTokens(rest.slice(0, -1)), location };
}

function enterpriseRows(rows: TableRow[], base: Base, list: string, middleHeader: '产品及品牌' | '所属行业'): SeedRecord[] {
  return rows.map((r) => {
    const { name, middle, location } = nameMiddleLocation(r, list);
    return makeRecord({ ...base, row: r.row, line: r.line }, list, {
      kind: 'enterprise',
      name,
      namePrinted: name,
      location,
      locationPrinted: location,
      ...(middleHeader === '所属行业' ? { industry: middle } : { extra: { 产品及品牌: middle } }),
    });
  });
}

/** 表7: 园区名称 | 国家级、省级 | 创建年度; the 备注 under the table concerns the 国家级 park(s). */
function parkRows(rows: TableRow[], base: Base, note: string): SeedRecord[] {
  return rows.map((r) => {
    const t = rowTokens(r).map((x) => x.text);
    need(t.length === 3 && /^(国家级|省级)$/.test(t[1]!) && /^\d{4}年$/.test(t[2]!), `green-park row ${r.row}: bad cells "${t.join(' ')}"`);
    const [name, level, year] = t as [string, string, string];
    return makeRecord({ ...base, row: r.row, line: r.line }, 'green-park', {
      kind: 'park',
      name,
      namePrinted: name,
      level,
      targetYear: Number(year.slice(0, 4)),
      extra: { 创建年度: year, ...(level === '国家级' ? { 备注: note } : {}) },
    });
  });
}

/** 表11: 企业名称 (short, narrow column) | 研究方向 | 现有基础 (starts 拥有/已有/国家级/省级). */
function techRows(rows: TableRow[], base: Base): SeedRecord[] {
  return rows.map((r) => {
    const label = `green-tech row ${r.row}`;
    const lines = r.lines.map((l) => l.text);
    let name: string;
    let i = 0;
    if (r.lines[0]?.line === r.line) {
      // Name printed beside the 序号; a second piece on that line is the start of 研究方向.
      const [first, ...more] = lines[0]!.split(' ');
      name = first!;
      lines[0] = more.join(' ');
      if (lines[0] === '') i = 1;
    } else {
      // Name wrapped in the narrow column ("台沃农业" / "科技"): short lines until the wide 研究方向 text starts.
      const parts: string[] = [];
      while (i < lines.length && lines[i]!.length <= 5) parts.push(lines[i++]!);
      name = parts.join('');
    }
    const basisAt = lines.findIndex((l, k) => k > i && /^(拥有|已有|国家级|省级)/.test(l));
    need(name !== '' && basisAt > i, `${label}: cannot split name / 研究方向 / 现有基础`);
    return makeRecord({ ...base, row: r.row, line: r.line }, 'green-tech', {
      kind: 'enterprise',
      name,
      namePrinted: name,
      extra: { 研究方向: lines.slice(i, basisAt).join(''), 现有基础: lines.slice(basisAt).join('') },
    });
  });
}

/** Year grids "国家级 0 2 3" (表2/4/6/8/10): one target per level row, indicator "<subject>（<level>）". */
function yearTargets(seed: SeedText, base: Base, subject: string, list: string, header: number, to: number): TargetRecord[] {
  const id = `${PLAN}-t${base.table.slice(1)}`;
  const years = seed.lines[header - 1]!.trim()
    .split(/\s+/)
    .slice(1)
    .map((y) => y.replace(/年$/, ''));
  need(years.join() === '2018,2019,2020', `${id}: unexpected year header at line ${header}`);
  const rows = gridRows(seed, header + 1, to, 3, id);
  need(rows.map((g) => g.label).join() === LEVELS.join(), `${id}: level rows are ${rows.map((g) => g.label).join()}`);
  return rows.map((g, i) =>
    makeTarget(
      { ...base, row: i + 1, line: g.line },
      {
        id: `${id}:${i + 1}`,
        list,
        indicator: `${subject}（${g.label}）`,
        unit: '个',
        values: g.cells.map((printed, k) => {
          const value = parseTargetValue(printed);
          return { year: years[k]!, printed, ...(value === undefined ? {} : { value }) };
        }),
      },
    ),
  );
}

/** 表1: 现有基础(国家级) | 国家级目标（个） | 省级目标（个） | 市级目标（个） — targets for 2020, one per level. */
function overallTargets(seed: SeedText, base: Base, from: number, to: number, listOf: Record<string, string>): TargetRecord[] {
  const rows = gridRows(seed, from, to, 4, 'green-t1');
  need(rows.map((g) => g.label).join() === Object.keys(listOf).join(), `green-t1: rows are ${rows.map((g) => g.label).join()}`);
  return rows.flatMap((g, i) =>
    LEVELS.map((level, k) => {
      const cell = (printed: string, year: string) => {
        const value = parseTargetValue(printed);
        return { year, printed, ...(value === undefined ? {} : { value }) };
      };
      const values = [...(k === 0 ? [cell(g.cells[0]!, '现有基础')] : []), cell(g.cells[k + 1]!, '2020')];
      return makeTarget(
        { ...base, row: i + 1, line: g.line },
        {
          id: `green-t1:${i + 1}:${level}`,
          list: listOf[g.label]!,
          indicator: `${g.label}（${level}）`,
          unit: '个',
          values,
        },
      );
    }),
  );
}

export function extract(): Extracted {
  const seed = loadSeed('000');
  const from = findLine(seed, /^\s*绵阳市制造业绿色化发展行动计划\s*$/);
  const to = findLine(seed, /^\s*绵阳市制造业服务化发展行动计划\s*$/, from);
  const planTitle = seed.lines[from - 1]!.trim() + seed.lines[findLine(seed, /^（2018—2020 年）$/, from) - 1]!.trim();
  const asOf = docDate(seed);
  const at = (n: number) => {
    const c = caption(seed, n, from);
    need(c.line < to, `green 表${n} caption is outside the plan`);
    return { c, base: { doc: seed.doc, docTitle: DOC_TITLE, plan: PLAN, planTitle, table: c.table, tableTitle: c.title } };
  };
  const line = (re: RegExp, after: number) => findLine(seed, re, after);
  const tables = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map(at);
  const t = (n: number) => tables[n - 1]!;

  const listOf = {
    绿色产品: 'green-product',
    绿色工厂: 'green-factory',
    绿色园区: 'green-park',
    绿色供应链: 'green-supply-chain',
    绿色关键技术研发: 'green-tech',
  };
  const targets: TargetRecord[] = [
    ...overallTargets(seed, t(1).base, line(/^绿色产品 /, t(1).c.line), line(/^建立地方工业绿色评价标准体系/, t(1).c.line), listOf),
  ];

  // 表3 rows 1–5, then 表2's grid and a paragraph, then rows 6–19 after the page break.
  const head3 = line(/^序号 企业名称 产品及品牌 所在地$/, t(3).c.line);
  const grid2 = line(/^年份 /, head3);
  const end3 = line(/^（二）积极创建绿色工厂/, grid2);
  targets.push(...yearTargets(seed, t(2).base, '绿色产品', 'green-product', grid2, line(/^加强产品绿色设计关键技术研发和应用/, grid2)));
  const product = enterpriseRows(
    splitRows(
      seed,
      [
        { from: head3 + 1, to: grid2 },
        { from: line(/列首位的为牵头单位，下同）$/, grid2) + 1, to: end3 },
      ],
      19,
      'green-product 表3',
    ),
    t(3).base,
    'green-product',
    '产品及品牌',
  );

  const grid4 = line(/^年份 /, end3);
  targets.push(...yearTargets(seed, t(4).base, '绿色工厂', 'green-factory', grid4, line(/^全面推行清洁生产/, grid4)));

  // 表5 rows 1–14, then 表6 and 表7, then rows 15–48 between 表7's caption and 表8's.
  const head5 = line(/^序号 企业名称 所属行业 所在地$/, t(5).c.line);
  const factory = enterpriseRows(
    splitRows(
      seed,
      [
        { from: head5 + 1, to: line(/（三）重点推进绿色园区建设/, head5) },
        { from: t(7).c.line + 1, to: t(8).c.line },
      ],
      48,
      'green-factory 表5',
    ),
    t(5).base,
    'green-factory',
    '所属行业',
  );

  const grid6 = line(/^年份 /, t(6).c.line);
  targets.push(...yearTargets(seed, t(6).base, '绿色园区', 'green-park', grid6, line(/^以企业集群发展/, grid6)));

  const note7 = line(/^备注 /, grid6);
  const park = parkRows(
    splitRows(seed, [{ from: line(/^年度$/, line(/^序号 园区名称$/, grid6)) + 1, to: note7 }], 5, 'green-park 表7'),
    t(7).base,
    seed.lines
      .slice(note7 - 1, t(7).c.line - 1)
      .map((l) => l.trim())
      .join('')
      .replace(/^备注\s*/, ''),
  );

  const grid8 = line(/^年份 /, t(8).c.line);
  targets.push(...yearTargets(seed, t(8).base, '绿色供应链', 'green-supply-chain', grid8, line(/^积极应用物联网/, grid8)));

  const head9 = line(/^序号 企业名称 所属行业 所在地$/, t(9).c.line);
  const end9 = line(/^（五）加强绿色关键技术研发/, head9);
  const supply = enterpriseRows(splitRows(seed, [{ from: head9 + 1, to: end9 }], 20, 'green-supply-chain 表9'), t(9).base, 'green-supply-chain', '所属行业');

  // 表10's grid is printed before its caption.
  const grid10 = line(/^年份 /, end9);
  need(grid10 < t(10).c.line, 'green 表10 grid expected before its caption');
  targets.push(...yearTargets(seed, t(10).base, '绿色关键技术研发', 'green-tech', grid10, line(/^支持企业与上下游企业/, grid10)));

  const tech = techRows(
    splitRows(seed, [{ from: line(/^企业名称 研究方向 现有基础$/, t(11).c.line) + 1, to: line(/^五、保障措施/, t(11).c.line) }], 14, 'green-tech 表11'),
    t(11).base,
  );

  const records = [...product, ...factory, ...park, ...supply, ...tech];
  applyCorrections(records, GREEN_CORRECTIONS);

  const meta = (id: string, name: string, nameEn: string, tb: ReturnType<typeof at>, kind: SeedRecord['kind'], hasLocation: boolean): ListMeta => ({
    id,
    name,
    nameEn,
    plan: PLAN,
    planName: PLAN_NAME,
    doc: seed.doc,
    table: tb.c.table,
    tableTitle: tb.c.title,
    kind,
    hasLocation,
    hasInvestment: false,
    asOf,
    rows: records.filter((r) => r.list === id).length,
  });
  const lists = [
    meta('green-product', '绿色产品重点培育企业', 'Green products: key enterprises', t(3), 'enterprise', true),
    meta('green-factory', '绿色工厂重点培育企业', 'Green factories: key enterprises', t(5), 'enterprise', true),
    meta('green-park', '绿色园区创建培育', 'Green industrial parks', t(7), 'park', false),
    meta('green-supply-chain', '绿色供应链创建企业', 'Green supply chains: enterprises', t(9), 'enterprise', true),
    meta('green-tech', '绿色关键技术研发重点培育企业', 'Green key technologies: R&D enterprises', t(11), 'enterprise', false),
  ];
  return { lists, records, targets };
}
