// 绵阳市制造业智能化发展行动计划（doc 000）: 表1/表2 annual targets, 表3 pilot factories, 表4 equipment projects,
// 表5 key technologies with their supporting units.
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
  parseInvestmentWan,
  parseTargetValue,
  rowTokens,
  splitRows,
  takeUntil,
  type CorrectionRule,
  type Extracted,
  type SeedText,
} from './common.ts';

export const DOC_TITLE = '绵府办发〔2019〕5号';
const PLAN = 'smart';
const PLAN_NAME = '智能化';

/** Printed errors, fixed by code; every rule must match (applyCorrections throws otherwise). */
export const SMART_CORRECTIONS: readonly CorrectionRule[] = [
  {
    id: 'smart-factory:1',
    field: 'name',
    printed: '四川长虹模塑科技有公司',
    corrected: '四川长虹模塑科技有限公司',
    reason: '“有限”少印“限”字：“有公司”不是公司组织形式',
  },
  {
    id: 'smart-equipment:3',
    field: 'name',
    printed: '四川九州电子科技股份有限公司',
    corrected: '四川九洲电子科技股份有限公司',
    reason:
      '本文件正文两处写作“九洲电子”：第949行“（长虹电器、九洲电子）”（绿色供应链管理示范企业２家），第1137行“九洲电子等绵阳知名大企业”；印作“九州电子”的只有表格中的这一家公司（智能化表4第3行、服务化表6第3行）',
  },
  // Not corrected: 四川九州光电子技术有限公司 (表4 第6行 and 登峰 表2 第1行). Both printings say 九州, and no line of the
  // text names the company with 九洲 (第2388行 “九洲光电” is the 总集成总承包 company of 服务化 表7, 九洲光电科技).
  // That other 九洲 companies are printed 九洲 does not prove this one's name; it stays as printed.
];

const COMPANY_END = /(公司|研究所)$/;
const LOCATION = /^[\u4e00-\u9fa5]{2,4}[区县市]$/;

function need(ok: boolean, msg: string): void {
  if (!ok) throw new Error(msg);
}

/** The plan's printed title and its line range in doc 000. */
function planSpan(seed: SeedText): { title: string; from: number; to: number } {
  const from = findLine(seed, /^绵阳市制造业智能化发展行动计划（2018/);
  const to = findLine(seed, /^\s*绵阳市制造业绿色化发展行动计划\s*$/, from);
  return { title: seed.lines[from - 1]!.trim(), from, to };
}

/** 表3 and 表4 share columns: 企业名称 | 项目名称 | 总投资(万元) | 起止日期 | 属地. */
function projectRows(
  seed: SeedText,
  base: Omit<Provenance, 'row' | 'line'>,
  list: string,
  segments: { from: number; to: number }[],
  expect: number,
): SeedRecord[] {
  return splitRows(seed, segments, expect, `${list} ${base.table}`).map((r) => {
    const label = `${list} ${base.table} row ${r.row}`;
    const [name, rest] = takeUntil(rowTokens(r), COMPANY_END, label);
    need(rest.length >= 4, `${label}: too few cells after the name`);
    const [inv, period, loc] = rest.slice(-3).map((t) => t.text) as [string, string, string];
    need(/^\d+$/.test(inv) && /^\d{4}-\d{4}$/.test(period) && LOCATION.test(loc), `${label}: bad tail "${inv} ${period} ${loc}"`);
    return makeRecord({ ...base, row: r.row, line: r.line }, list, {
      kind: 'project',
      name,
      namePrinted: name,
      project: joinTokens(rest.slice(0, -3)),
      location: loc,
      locationPrinted: loc,
      investmentPrinted: inv,
      investmentWan: parseInvestmentWan(inv),
      period,
    });
  });
}

/** 表5: 高端装备和智能制造关键技术 | 主要支撑单位 — the unit is the organisation on the list. */
function techRows(seed: SeedText, base: Omit<Provenance, 'row' | 'line'>, from: number, to: number): SeedRecord[] {
  return splitRows(seed, [{ from, to }], 7, `smart-tech ${base.table}`).map((r) => {
    const [tech, rest] = takeUntil(rowTokens(r), /(技术|系统)$/, `smart-tech row ${r.row}`);
    const unit = joinTokens(rest);
    need(unit !== '', `smart-tech row ${r.row}: no supporting unit`);
    return makeRecord({ ...base, row: r.row, line: r.line }, 'smart-tech', {
      kind: 'organisation',
      name: unit,
      namePrinted: unit,
      supportUnit: unit,
      extra: { 高端装备和智能制造关键技术: tech },
    });
  });
}

const UNIT_IN_LABEL = /^(.+)（(家|条|个|户)）$/;

/** 表1/表2: "indicator 2018 2019 2020" grids; units printed in the label ("（家）") or on the values ("%"). */
function targetRows(seed: SeedText, base: Omit<Provenance, 'row' | 'line'>, from: number, to: number, expect: number, pct: boolean): TargetRecord[] {
  const id = `${PLAN}-t${base.table.slice(1)}`;
  const rows = gridRows(seed, from, to, 3, id);
  need(rows.length === expect, `${id}: found ${rows.length} rows, expected ${expect}`);
  return rows.map((g, i) => {
    const m = UNIT_IN_LABEL.exec(g.label);
    const indicator = m ? m[1]! : g.label;
    const list = /^智能(工厂|车间)$/.test(indicator) ? 'smart-factory' : undefined;
    return makeTarget(
      { ...base, row: i + 1, line: g.line },
      {
        id: `${id}:${i + 1}`,
        indicator,
        ...(list ? { list } : {}),
        ...(m ? { unit: m[2]! } : pct ? { unit: '%' } : {}),
        values: g.cells.map((printed, k) => {
          const value = parseTargetValue(printed);
          return { year: String(2018 + k), printed, ...(value === undefined ? {} : { value }) };
        }),
      },
    );
  });
}

export function extract(): Extracted {
  const seed = loadSeed('000');
  const plan = planSpan(seed);
  const asOf = docDate(seed);
  const at = (n: number) => {
    const c = caption(seed, n, plan.from);
    need(c.line < plan.to, `smart 表${n} caption is outside the plan`);
    return { c, base: { doc: seed.doc, docTitle: DOC_TITLE, plan: PLAN, planTitle: plan.title, table: c.table, tableTitle: c.title } };
  };

  // 表1/表2 bodies sit in the text before their captions (the captions were typeset under a later paragraph).
  const t1 = at(1),
    t2 = at(2);
  const h1 = findLine(seed, /^生态体系指标 2018年 2019年 2020年$/, plan.from);
  const h2 = findLine(seed, /^制造业智能化指标 2018年 2019年 2020年$/, h1);
  const targets = [
    ...targetRows(seed, t1.base, h1 + 1, findLine(seed, /^2\. 制造业智能化水平明显提升/, h1), 7, false),
    ...targetRows(seed, t2.base, h2 + 1, findLine(seed, /^四、重点任务/, h2), 8, true),
  ];

  const t3 = at(3);
  const end3 = findLine(seed, /^（二）培育发展智能装备和产品/, t3.c.line);
  const factory = projectRows(seed, t3.base, 'smart-factory', [{ from: findLine(seed, /^起止日期 属地$/, t3.c.line) + 1, to: end3 }], 12);

  // 表4's caption is printed between its rows 8 and 9; its header follows the paragraph after 表3.
  const t4 = at(4);
  const head4 = findLine(seed, /^起止日期 属地$/, end3);
  const equipment = projectRows(seed, t4.base, 'smart-equipment', [{ from: head4 + 1, to: findLine(seed, /^2\. 加强产业关键技术攻关/, head4) }], 15);

  const t5 = at(5);
  const head5 = findLine(seed, /^序号 高端装备和智能制造关键技术 主要支撑单位$/, head4);
  const tech = techRows(seed, t5.base, head5 + 1, findLine(seed, /^（三）开展智能制造试点示范/, head5));

  const records = [...factory, ...equipment, ...tech];
  applyCorrections(records, SMART_CORRECTIONS);

  const meta = (id: string, name: string, nameEn: string, t: typeof t3, kind: SeedRecord['kind'], hasLocation: boolean, hasInvestment: boolean): ListMeta => ({
    id,
    name,
    nameEn,
    plan: PLAN,
    planName: PLAN_NAME,
    doc: seed.doc,
    table: t.c.table,
    tableTitle: t.c.title,
    kind,
    hasLocation,
    hasInvestment,
    asOf,
    rows: records.filter((r) => r.list === id).length,
  });
  const lists = [
    meta('smart-factory', '智能制造试点示范工厂（车间）', 'Smart-manufacturing pilot factories (workshops)', t3, 'project', true, true),
    meta('smart-equipment', '智能制造装备和产品重点项目', 'Smart equipment and products: key projects', t4, 'project', true, true),
    meta('smart-tech', '智能制造关键技术主要支撑单位', 'Smart-manufacturing key technologies: supporting units', t5, 'organisation', false, false),
  ];
  return { lists, records, targets };
}
