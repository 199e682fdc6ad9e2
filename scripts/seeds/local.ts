// 本地配套 plan of doc 000: 表3 重点企业 (list local-sourcing + per-enterprise targets), 表1 2017 statistics and
// 表2 per-industry targets (TargetRecords). 表4 配套重点方向 names industries and product directions only — no
// enterprise, park or number — so it yields nothing. None of these tables prints a 序号: rows are numbered in print order.
import { findLine, loadSeed, makeRecord, makeTarget, type Extracted, type SeedText } from './common.ts';
import type { SeedRecord, TargetRecord } from '../../src/lib/types.ts';
import { caption, DOC000_AS_OF, listMeta, planTitle, prov000, squash, targetNumber } from './rows-util.ts';

const PLAN = 'local';

export function extract(seed: SeedText = loadSeed('000')): Extracted {
  const plan = planTitle(seed, /^\s*绵阳市制造业本地配套率提升行动计划\s*$/);
  const end = findLine(seed, /^\s*绵阳市制造业质量品牌培育行动计划/, plan.line);
  const records: SeedRecord[] = [];
  const targets: TargetRecord[] = [];

  // 表1: label lines (wrapped, e.g. "汽车（龙" / "头企业）") then "采购额 本地采购额 占比 200万+户 2000万+户".
  const cap1 = caption(seed, /^\s*表1\s+2017 年全市重点产业龙头企业配套采购情况表/, plan.line);
  const h1 = findLine(seed, /^元）$/, findLine(seed, /^类别$/, plan.line));
  const e1 = findLine(seed, /^二、总体要求$/, h1);
  const units: { unit: string; line: number; vals: string[] }[] = [];
  let label = '';
  let labelLine = 0;
  for (let n = h1 + 1; n < e1; n++) {
    const text = seed.lines[n - 1]!.trim();
    if (text === '') continue;
    const m = /^(?:(\S+) )?(\d+(?:\.\d+)? \d+(?:\.\d+)? \d+(?:\.\d+)? \d+ \d+)$/.exec(text);
    if (m) {
      units.push({ unit: label + (m[1] ?? ''), line: labelLine || n, vals: m[2]!.split(' ') });
      label = '';
      labelLine = 0;
    } else {
      label += text;
      labelLine ||= n;
    }
  }
  if (label !== '' || units.length !== 8 || units[0]!.unit !== '规上工业企业')
    throw new Error(`本地配套 表1: ${units.length} rows (expected 8, 规上工业企业 first), unread "${label}"`);
  const t1Cols: [string, string][] = [
    ['配套采购额', '亿元'],
    ['本地采购额', '亿元'],
    ['本地配套占比', '%'],
    ['龙头企业本地配套采购200万元以上企业', '户'],
    ['龙头企业本地配套采购2000万元以上企业', '户'],
  ];
  t1Cols.forEach(([indicator, unit], k) => {
    const total = units[0]!;
    targets.push(
      makeTarget(prov000(seed, PLAN, plan.title, cap1, k + 1, total.line), {
        id: `${PLAN}:表1:${k + 1}`,
        indicator,
        unit,
        values: [{ year: '2017', printed: total.vals[k]!, value: Number(total.vals[k]) }],
        byUnit: units.slice(1).map((u) => ({ unit: u.unit, printed: u.vals[k]!, value: Number(u.vals[k]) })),
      }),
    );
  });

  // 表2: "产业 2018(率 200万+ 2000万+) 2019(…) 2020(…)" on one line per industry.
  const cap2 = caption(seed, /^\s*表2\s+2018-2020 年全市重点产业龙头企业本地配套目标/, plan.line);
  const h2 = findLine(seed, /^产业$/, cap2.line);
  const e2 = findLine(seed, /^四、重点任务$/, h2);
  const years = ['2018', '2019', '2020'];
  const t2Cols: [string, string][] = [
    ['本地配套率', '%'],
    ['新增本地配套200万以上企业', '户'],
    ['新增本地配套2000万以上企业', '户'],
  ];
  let row2 = 0;
  for (let n = h2; n < e2; n++) {
    const m = /^(\S+) ((?:\d+(?:\.\d+)? ){8}\d+(?:\.\d+)?)$/.exec(seed.lines[n - 1]!.trim());
    if (!m) continue;
    row2++;
    const vals = m[2]!.split(' ');
    t2Cols.forEach(([what, unit], k) => {
      targets.push(
        makeTarget(prov000(seed, PLAN, plan.title, cap2, row2, n), {
          id: `${PLAN}:表2:${row2}:${k + 1}`,
          indicator: `${m[1]} ${what}`,
          unit,
          values: years.map((year, y) => ({ year, printed: vals[y * 3 + k]!, value: Number(vals[y * 3 + k]) })),
        }),
      );
    });
  }
  if (row2 !== 7) throw new Error(`本地配套 表2: ${row2} industry rows, expected 7`);

  // 表3: "企业名称 采购金额 本地采购金额 本地配套率 2018 2019 2020", one line each.
  const cap3 = caption(seed, /^\s*表3\s+2018-2020 年重点企业本地配套提升目标/, plan.line);
  const h3 = findLine(seed, /^2018年 2019年 2020年$/, cap3.line);
  const e3 = findLine(seed, /^（四）开展产业配套招商。$/, h3);
  if (e3 >= end) throw new Error('本地配套 表3 runs past the plan');
  const num = '(\\d+(?:\\.\\d+)?)';
  for (let n = h3 + 1; n < e3; n++) {
    const text = seed.lines[n - 1]!.trim();
    if (text === '') continue;
    const m = new RegExp(`^(\\S+公司) ${num} ${num} ${num} ${num} ${num} ${num}$`).exec(text);
    if (!m) throw new Error(`本地配套 表3 line ${n} is not a row: ${text}`);
    const row = records.length + 1;
    const name = squash(m[1]!);
    const prov = prov000(seed, PLAN, plan.title, cap3, row, n);
    records.push(
      makeRecord(prov, 'local-sourcing', {
        kind: 'enterprise',
        name,
        namePrinted: name,
        extra: {
          '2017年采购金额（万元）': m[2]!,
          '2017年本地采购金额（万元）': m[3]!,
          '2017年本地配套率（%）': m[4]!,
          '配套率提升目标（%）2018年': m[5]!,
          '配套率提升目标（%）2019年': m[6]!,
          '配套率提升目标（%）2020年': m[7]!,
        },
      }),
    );
    targets.push(
      makeTarget(prov, {
        id: `${PLAN}:表3:${row}`,
        list: 'local-sourcing',
        indicator: `${name} 本地配套率`,
        unit: '%',
        values: ['2017', ...years].map((year, y) => ({ year, printed: m[4 + y]!, value: targetNumber(m[4 + y]!) })),
      }),
    );
  }
  if (records.length !== 13) throw new Error(`本地配套 表3: ${records.length} rows, expected 13`);
  findLine(seed, /^\s*表4\s+绵阳市重点产业配套重点方向/, plan.line);

  const lists = [
    listMeta(
      {
        id: 'local-sourcing',
        name: '重点企业本地配套提升目标',
        nameEn: 'Key enterprises: local sourcing targets',
        plan: PLAN,
        planName: '本地配套',
        doc: seed.doc,
        table: cap3.table,
        tableTitle: cap3.tableTitle,
        asOf: DOC000_AS_OF,
      },
      records,
    ),
  ];
  return { lists, records, targets };
}
