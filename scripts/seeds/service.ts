// 服务化 plan of doc 000: 表3 工业设计中心, 表5 示范企业, 表6 示范项目, 表7 示范平台 (lists) and 表1/表2/表4 (targets).
// In this extraction 表1 and 表2 print their bodies before both captions, 表5/表6 captions sit inside 表6's body, and
// 表7's caption comes after its rows — so ranges are fixed by the header lines ("序号 企业名称 …") and the next prose.
import { findLine, loadSeed, makeRecord, makeTarget, type Extracted, type SeedText } from './common.ts';
import type { SeedRecord, TargetRecord } from '../../src/lib/types.ts';
import {
  applyCorrections,
  caption,
  cells,
  DOC000_AS_OF,
  groups,
  listMeta,
  LOCATION_RE,
  planTitle,
  prov000,
  rowBlocks,
  squash,
  targetNumber,
  type CorrectionRule,
} from './rows-util.ts';

const PLAN = 'service';
const MODE_RE = '(定制化服务|总集成总承包|产品全生命周期管理|优化供应链管理|专业平台)';

export const CORRECTIONS: CorrectionRule[] = [
  {
    list: 'design-center',
    row: 4,
    field: 'name',
    printed: '兴事发门窗有限责任公司',
    corrected: '四川兴事发门窗有限责任公司',
    reason: '同一企业在服务化表5第4行与本地配套表3均印作“四川兴事发门窗有限责任公司”，此处漏印“四川”',
  },
  {
    list: 'service-project',
    row: 3,
    field: 'name',
    printed: '四川九州电子科技股份有限公司',
    corrected: '四川九洲电子科技股份有限公司',
    reason:
      '本文件正文两处写作“九洲电子”：第949行“（长虹电器、九洲电子）”（绿色供应链管理示范企业２家），第1137行“九洲电子等绵阳知名大企业”；印作“九州电子”的只有表格中的这一家公司（智能化表4第3行、服务化表6第3行）',
  },
];

export function extract(seed: SeedText = loadSeed('000')): Extracted {
  const plan = planTitle(seed, /^\s*绵阳市制造业服务化发展行动计划\s*$/);
  const end = findLine(seed, /^\s*绵阳市制造业本地配套率提升行动计划/, plan.line);
  const records: SeedRecord[] = [];
  const targets: TargetRecord[] = [];

  // 表1/表2: bodies at "类别 单位 …" before both captions.
  const cap1 = caption(seed, /^\s*表1\s+培育服务型制造省级示范企业/, plan.line);
  const cap2 = caption(seed, /^\s*表2\s+培育工业设计中心/, plan.line);
  const t1 = findLine(seed, /^类别 单位 2017 年 2018 年 2019 年 2020 年 合计$/, plan.line);
  const t2 = findLine(seed, /^类别$/, t1);
  const t2end = findLine(seed, /^四、重点任务$/, t2);
  const years = ['2017', '2018', '2019', '2020'];
  const t1Lists: Record<string, string> = { 示范企业: 'service-enterprise', 示范项目: 'service-project', 示范平台: 'service-platform' };
  let n = t1 + 1;
  for (const [indicator, list] of Object.entries(t1Lists)) {
    n = findLine(seed, new RegExp(`^${indicator} 个 `), n);
    targets.push(yearTarget(seed, plan.title, cap1, n, indicator, list, seed.lines[n - 1]!.slice(indicator.length), years));
  }
  // 表2's year headings carry a qualifier, printed on the line under each year: "2017 年" / "(现有)", "2018 年" /
  // "(新增)" …; kept with each value, so the view can say which column is the existing base and which are new.
  const t2head = findLine(seed, /^计$/, t2);
  const headings: string[] = [];
  for (let i = t2; i < t2head; i++) {
    const y = /^(\d{4}) ?年$/.exec(seed.lines[i - 1]!.trim());
    const q = y && /^\((现有|新增)\)$/.exec(seed.lines[i]!.trim());
    if (y && q) headings.push(`${y[1]}年(${q[1]})`);
  }
  if (headings.join() !== '2017年(现有),2018年(新增),2019年(新增),2020年(新增)') throw new Error(`服务化 表2: year headings are ${headings.join()}`);
  // 表2 wraps the indicator over two lines and prints "个 1 0 1 0 2" on a third.
  let label = '';
  for (let i = t2head + 1; i < t2end; i++) {
    const text = seed.lines[i - 1]!.trim();
    if (/^个 [\d ]+$/.test(text)) {
      targets.push(yearTarget(seed, plan.title, cap2, i, label, 'design-center', text, years, headings));
      label = '';
    } else label += text;
  }
  if (targets.length !== 6) throw new Error(`服务化 表1/表2: ${targets.length} target rows, expected 6`);

  // 表3 工业设计中心（企业）培育对象名单
  const cap3 = caption(seed, /^\s*表3\s+工业设计中心（企业）培育对象名单/, plan.line);
  const h3 = findLine(seed, /^企业名称 县市区 培育目标$/, plan.line);
  const e3 = findLine(seed, /^4\. 推广定制化服务/, h3) - 1;
  for (const b of rowBlocks(seed, '服务化 表3', [[h3 + 1, e3]], 12).blocks) {
    const m = cells('服务化 表3', b, new RegExp(`^(.+?)(${LOCATION_RE})((国家级|省级|市级)工业设计(?:中心|企业))$`));
    records.push(
      makeRecord(prov000(seed, PLAN, plan.title, cap3, b.row, b.line), 'design-center', {
        kind: 'enterprise',
        name: m[1]!,
        namePrinted: m[1]!,
        location: m[2]!,
        locationPrinted: m[2]!,
        level: m[4]!,
        extra: { 培育目标: m[3]! },
      }),
    );
  }

  // 表5 服务型制造示范企业培育名单
  const cap5 = caption(seed, /^\s*表5\s+服务型制造示范企业培育名单/, plan.line);
  const h5 = findLine(seed, /^序号 企业名称 县市区 培育模式$/, plan.line);
  const h6 = findLine(seed, /^企业名称 项目名称 县市区 培育模式$/, h5);
  const s6 = findLine(seed, /^序$/, h5);
  for (const b of rowBlocks(seed, '服务化 表5', [[h5 + 1, s6 - 1]], 28).blocks) {
    const m = cells('服务化 表5', b, new RegExp(`^(.+?公司)(${LOCATION_RE})${MODE_RE}$`));
    records.push(
      makeRecord(prov000(seed, PLAN, plan.title, cap5, b.row, b.line), 'service-enterprise', {
        kind: 'enterprise',
        name: m[1]!,
        namePrinted: m[1]!,
        location: m[2]!,
        locationPrinted: m[2]!,
        extra: { 培育模式: m[3]! },
      }),
    );
  }

  // 表6 示范项目 and 表7 示范平台: 企业名称 | 项目名称 | 县市区 | 培育模式; the name is the first blank-separated group.
  const cap6 = caption(seed, /^\s*表6\s+服务型制造示范项目培育名单/, plan.line);
  const cap7 = caption(seed, /^\s*表7\s+服务型制造示范平台培育名单/, plan.line);
  const h7 = findLine(seed, /^企业名称 项目名称 县市区 培育模式$/, h6 + 1);
  const s7 = findLine(seed, /^序$/, h6);
  const e7 = findLine(seed, /^五、保障措施$/, h7) - 1;
  if (e7 >= end) throw new Error('服务化 表7 runs past the end of the plan');
  const projectTables: Array<[string, typeof cap6, number, number, number]> = [
    ['service-project', cap6, h6 + 1, s7 - 1, 10],
    ['service-platform', cap7, h7 + 1, e7, 9],
  ];
  for (const [list, cap, from, to, count] of projectTables) {
    for (const b of rowBlocks(seed, `服务化 ${cap.table}`, [[from, to]], count).blocks) {
      const g = groups(b);
      const name = g[0] ?? '';
      const rest = g.slice(1).join('');
      const m = cells(`服务化 ${cap.table}`, b, new RegExp(`^(.+?)(${LOCATION_RE})${MODE_RE}$`), rest);
      records.push(
        makeRecord(prov000(seed, PLAN, plan.title, cap, b.row, b.line), list, {
          kind: 'project',
          name,
          namePrinted: name,
          project: m[1]!,
          location: m[2]!,
          locationPrinted: m[2]!,
          extra: { 培育模式: m[3]! },
        }),
      );
    }
  }

  // 表4 企业上云年度计划表: one row, values are cumulative targets (prose: 力争到2020年实现600家企业上云).
  const cap4 = caption(seed, /^\s*表4\s+企业上云年度计划表/, plan.line);
  const r4 = findLine(seed, /^企业上云 家 [\d ]+$/, cap4.line);
  const v4 = seed.lines[r4 - 1]!.trim().split(/\s+/).slice(2);
  if (v4.length !== 4) throw new Error(`服务化 表4: expected 4 yearly values at line ${r4}`);
  targets.push(
    makeTarget(prov000(seed, PLAN, plan.title, cap4, 1, r4), {
      id: `${PLAN}:${cap4.table}:1`,
      indicator: '企业上云',
      unit: '家',
      values: v4.map((printed, i) => ({ year: years[i]!, printed, value: targetNumber(printed) })),
    }),
  );

  applyCorrections(records, CORRECTIONS);
  const base = { plan: PLAN, planName: '服务化', doc: seed.doc, asOf: DOC000_AS_OF };
  const lists = [
    listMeta(
      {
        ...base,
        id: 'design-center',
        name: '工业设计中心（企业）培育对象',
        nameEn: 'Industrial design centre candidates',
        table: cap3.table,
        tableTitle: cap3.tableTitle,
      },
      records,
    ),
    listMeta(
      {
        ...base,
        id: 'service-enterprise',
        name: '服务型制造示范企业培育名单',
        nameEn: 'Service-oriented manufacturing model enterprises',
        table: cap5.table,
        tableTitle: cap5.tableTitle,
      },
      records,
    ),
    listMeta(
      {
        ...base,
        id: 'service-project',
        name: '服务型制造示范项目培育名单',
        nameEn: 'Service-oriented manufacturing model projects',
        table: cap6.table,
        tableTitle: cap6.tableTitle,
      },
      records,
    ),
    listMeta(
      {
        ...base,
        id: 'service-platform',
        name: '服务型制造示范平台培育名单',
        nameEn: 'Service-oriented manufacturing model platforms',
        table: cap7.table,
        tableTitle: cap7.tableTitle,
      },
      records,
    ),
  ];
  return { lists, records, targets };
}

/** One "单位 v2017 v2018 v2019 v2020 合计" row; the printed 合计 must equal the sum of the years. */
function yearTarget(
  seed: SeedText,
  planTitle: string,
  cap: { table: string; tableTitle: string },
  line: number,
  indicator: string,
  list: string,
  cellsText: string,
  years: string[],
  headings: readonly string[] = [],
): TargetRecord {
  const parts = cellsText.trim().split(/\s+/);
  const [unit, ...vals] = parts;
  if (unit !== '个' || vals.length !== years.length + 1) throw new Error(`服务化 ${cap.table} line ${line}: unexpected cells ${cellsText}`);
  const total = Number(vals[years.length]);
  const sum = vals.slice(0, years.length).reduce((s, v) => s + Number(v), 0);
  if (sum !== total) throw new Error(`服务化 ${cap.table} ${indicator}: years sum to ${sum}, printed 合计 ${total}`);
  const row = cap.table === '表1' ? ['示范企业', '示范项目', '示范平台'].indexOf(indicator) + 1 : 0;
  const prov = prov000(seed, PLAN, planTitle, cap, row || nextRow(indicator), line);
  return makeTarget(prov, {
    id: `${PLAN}:${cap.table}:${prov.row}`,
    list,
    indicator: squash(indicator),
    unit,
    values: [
      ...years.map((year, i) => ({ year, printed: vals[i]!, value: Number(vals[i]), ...(headings[i] ? { heading: headings[i] } : {}) })),
      { year: '合计', printed: vals[years.length]!, value: total },
    ],
  });
}

/** 表2 rows in print order. */
function nextRow(indicator: string): number {
  const i = ['国家级', '省级', '市级'].findIndex((p) => indicator.startsWith(p));
  if (i < 0) throw new Error(`服务化 表2: unknown indicator ${indicator}`);
  return i + 1;
}
