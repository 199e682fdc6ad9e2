// 单项冠军 “登峰计划” of doc 000: 表2 夏尔巴行动 (list sherpa), 表3 冲顶行动 (list summit), 表1 targets.
// Also asserts that the 创新能力 plan, the last in the document, is printed only as "（略）" and so has nothing to extract.
import { findLine, loadSeed, makeRecord, makeTarget, type Extracted, type SeedText } from './common.ts';
import type { SeedRecord, TargetRecord } from '../../src/lib/types.ts';
import {
  applyCorrections,
  caption,
  cells,
  DOC000_AS_OF,
  listMeta,
  LOCATION_RE,
  planTitle,
  prov000,
  rowBlocks,
  squash,
  targetNumber,
  type CorrectionRule,
} from './rows-util.ts';

const PLAN = 'summit';

// None. 夏尔巴 表2 第1行 prints 四川九州光电子技术有限公司, as 智能化 表4 第6行 does; no line of the text names the
// company with 九洲 (the prose at 第949、1137行 names 九洲电子, another company), so the name stays as printed.
export const CORRECTIONS: CorrectionRule[] = [];

export function extract(seed: SeedText = loadSeed('000')): Extracted {
  const plan = planTitle(seed, /^\s*绵阳市制造业单项冠军企业培育“登峰计划”\s*$/);
  const innovation = planTitle(seed, /^\s*绵阳市制造业创新能力提升行动计划\s*$/, plan.line);
  const rest = seed.lines
    .slice(innovation.line + 1)
    .map(squash)
    .filter((l) => l !== '');
  if (rest.join('') !== '（略）') throw new Error(`创新能力 plan is no longer "（略）": ${rest.join('').slice(0, 40)}`);
  const records: SeedRecord[] = [];
  const targets: TargetRecord[] = [];

  // 表1: two indicators, columns 2017现状 | 2018 新增 累计 | 2019 新增 累计 | 2020 新增 累计 (unit 户).
  const cap1 = caption(seed, /^\s*表1\s+2018-2020 年度发展目标/, plan.line);
  const h1 = findLine(seed, /^新增 累计 新增 累计 新增 累计$/, plan.line);
  let label = '';
  let labelLine = 0;
  for (let n = h1 + 1; n < cap1.line; n++) {
    const text = seed.lines[n - 1]!.trim();
    if (text === '') continue;
    if (!/^[\d-]+( [\d-]+){6}$/.test(text)) {
      label += text;
      labelLine ||= n;
      continue;
    }
    const v = text.split(' ');
    const num = (s: string) => (s === '-' ? 0 : Number(s));
    for (let y = 0; y < 3; y++)
      if (
        num(v[0]!) +
          v
            .slice(1)
            .filter((_, i) => i % 2 === 0 && i <= 2 * y)
            .reduce((s, x) => s + num(x), 0) !==
        num(v[2 + 2 * y]!)
      )
        throw new Error(`登峰 表1 ${label}: 累计 ${v[2 + 2 * y]} ≠ 现状 + 新增 in ${2018 + y}`);
    const row = targets.length / 2 + 1;
    const prov = prov000(seed, PLAN, plan.title, cap1, row, labelLine);
    targets.push(
      makeTarget(prov, {
        id: `${PLAN}:表1:${row}:累计`,
        indicator: `${label}（累计）`,
        unit: '户',
        values: [
          { year: '2017', printed: v[0]!, value: targetNumber(v[0]!) },
          ...[0, 1, 2].map((y) => ({ year: String(2018 + y), printed: v[2 + 2 * y]!, value: targetNumber(v[2 + 2 * y]!) })),
        ],
      }),
      makeTarget(prov, {
        id: `${PLAN}:表1:${row}:新增`,
        indicator: `${label}（新增）`,
        unit: '户',
        values: [0, 1, 2].map((y) => ({ year: String(2018 + y), printed: v[1 + 2 * y]!, value: targetNumber(v[1 + 2 * y]!) })),
      }),
    );
    label = '';
    labelLine = 0;
  }
  if (targets.length !== 4 || label !== '') throw new Error(`登峰 表1: ${targets.length / 2} rows (expected 2), unread "${label}"`);

  // 表2 / 表3: 序号 | 企业名称 | 县市区（园区） | 主营产品名称 (the product wraps; 表3's caption interrupts row 12).
  const cap2 = caption(seed, /^\s*表2\s+2018 年夏尔巴行动培育对象名单/, plan.line);
  const cap3 = caption(seed, /^\s*表3\s+2018 年冲顶行动培育对象名单/, plan.line);
  const h2 = findLine(seed, /^主营产品名称$/, plan.line);
  const e2 = findLine(seed, /^（二）冲顶行动。$/, h2);
  const h3 = findLine(seed, /^主营产品名称$/, e2);
  const e3 = findLine(seed, /^五、保障措施$/, h3);
  const tables: Array<[string, typeof cap2, number, number]> = [
    ['sherpa', cap2, h2, e2],
    ['summit', cap3, h3, e3],
  ];
  for (const [list, cap, from, to] of tables) {
    for (const b of rowBlocks(seed, `登峰 ${cap.table}`, [[from + 1, to - 1]], 15).blocks) {
      const m = cells(`登峰 ${cap.table}`, b, new RegExp(`^(.+?公司)(${LOCATION_RE})(.+)$`));
      records.push(
        makeRecord(prov000(seed, PLAN, plan.title, cap, b.row, b.line), list, {
          kind: 'enterprise',
          name: m[1]!,
          namePrinted: m[1]!,
          location: m[2]!,
          locationPrinted: m[2]!,
          extra: { 主营产品名称: m[3]! },
        }),
      );
    }
  }
  applyCorrections(records, CORRECTIONS);

  const base = { plan: PLAN, planName: '单项冠军登峰计划', doc: seed.doc, asOf: DOC000_AS_OF };
  const lists = [
    listMeta(
      {
        ...base,
        id: 'sherpa',
        name: '夏尔巴行动培育对象',
        nameEn: 'Sherpa action: single-champion candidates',
        table: cap2.table,
        tableTitle: cap2.tableTitle,
      },
      records,
    ),
    listMeta(
      { ...base, id: 'summit', name: '冲顶行动培育对象', nameEn: 'Summit action: single-champion contenders', table: cap3.table, tableTitle: cap3.tableTitle },
      records,
    ),
  ];
  return { lists, records, targets };
}
