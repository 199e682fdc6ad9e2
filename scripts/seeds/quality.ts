// 质量品牌 plan of doc 000: 表2 驰名商标培育对象 (list famous-brand) and 表5 产业集群区域品牌 (list regional-brand);
// 表1 (2017 brand statistics of 7 cities), 表2, 表3, 表4 as TargetRecords. Here 表3's body precedes the 表3/表2/表4
// captions, and 表2's body sits under the "（一）总体目标" prose before all three.
import { findLine, loadSeed, makeRecord, makeTarget, type Extracted, type SeedText } from './common.ts';
import type { SeedRecord, TargetRecord } from '../../src/lib/types.ts';
import { caption, DOC000_AS_OF, listMeta, planTitle, prov000, squash, targetNumber } from './rows-util.ts';

const PLAN = 'quality';

export function extract(seed: SeedText = loadSeed('000')): Extracted {
  const plan = planTitle(seed, /^\s*绵阳市制造业质量品牌培育行动计划\s*$/);
  const end = findLine(seed, /^\s*绵阳市制造业单项冠军企业培育“登峰计划”/, plan.line);
  const records: SeedRecord[] = [];
  const targets: TargetRecord[] = [];
  const cap = (re: RegExp) => caption(seed, re, plan.line);
  const cap1 = cap(/^\s*表1\s+2017年省内部分地市质量品牌情况统计表/);
  const cap2 = cap(/^\s*表2\s+绵阳市工业产品品牌培育目标/);
  const cap3 = cap(/^\s*表3\s+绵阳市工业产品品牌培育年度分解目标/);
  const cap4 = cap(/^\s*表4\s+绵阳市工业产品标准体系培育年度分解目标/);
  const cap5 = cap(/^\s*表5\s+绵阳市产业集群区域品牌培育任务/);
  if (cap5.line >= end) throw new Error('质量品牌 表5 is past the plan');

  // 表1: "城市 数量 排位 数量 排位 数量 排位"; 绵阳市 wraps "14（工业" / "13件）" etc. over ten lines.
  const h1 = findLine(seed, /^数量 排位 数量 排位 数量 排位$/, plan.line);
  const e1 = findLine(seed, /^截止 2017 年底，绵阳市工业企业/, h1);
  const cell = '(\\d+(?:（工业?\\d+件）)?)';
  // Ranks among seven cities are one digit, which is what separates "14（工业13件）" from a following "5".
  const rowRe = new RegExp(`^(\\S+市)${cell}([1-7])${cell}([1-7])${cell}([1-7])$`);
  const cities: { city: string; line: number; vals: string[] }[] = [];
  let pending = '';
  let pendingLine = 0;
  for (let n = h1 + 1; n < e1; n++) {
    const text = seed.lines[n - 1]!.trim();
    if (text === '' || /^表\d/.test(text)) continue;
    if (pending === '' && !/^\S+市/.test(text)) throw new Error(`质量品牌 表1 line ${n}: unexpected ${text}`);
    const parts = text.split(' ');
    if (pending === '' && parts.length === 7) {
      cities.push({ city: parts[0]!, line: n, vals: parts.slice(1) });
      continue;
    }
    if (pending === '') pendingLine = n;
    pending += squash(text);
    const hit = rowRe.exec(pending);
    if (hit) {
      cities.push({ city: hit[1]!, line: pendingLine, vals: hit.slice(2, 8) });
      pending = '';
    }
  }
  if (pending !== '' || cities.length !== 7) throw new Error(`质量品牌 表1: ${cities.length} cities (expected 7), unread "${pending}"`);
  const mianyang = cities.find((c) => c.city === '绵阳市')!;
  ['驰名商标 数量', '驰名商标 排位', '省著名商标 数量', '省著名商标 排位', '四川名牌产品 数量', '四川名牌产品 排位'].forEach((indicator, k) => {
    targets.push(
      makeTarget(prov000(seed, PLAN, plan.title, cap1, k + 1, h1), {
        id: `${PLAN}:表1:${k + 1}`,
        indicator,
        unit: k % 2 === 0 ? '个' : '位',
        values: [{ year: '2017', printed: mianyang.vals[k]!, value: targetNumber(mianyang.vals[k]!) }],
        byUnit: cities.map((c) => ({ unit: c.city, printed: c.vals[k]!, value: targetNumber(c.vals[k]!) })),
      }),
    );
  });

  // 表2: 中国驰名商标 | 2017年 数量 | 2020年 数量 | 培育对象 (a wrapped cell listing enterprises, 、-separated).
  const h2 = findLine(seed, /^中国驰名商标$/, plan.line);
  const v2 = findLine(seed, /^\d+ \d+$/, h2);
  const [y2017, y2020] = seed.lines[v2 - 1]!.trim().split(' ') as [string, string];
  const e2 = findLine(seed, /^鼓励企业 \( 机构 \)/, v2);
  const holders = seed.lines
    .slice(v2, e2 - 1)
    .map(squash)
    .join('');
  targets.push(
    makeTarget(prov000(seed, PLAN, plan.title, cap2, 1, h2), {
      id: `${PLAN}:表2:1`,
      list: 'famous-brand',
      indicator: '中国驰名商标',
      unit: '个',
      values: [
        { year: '2017', printed: y2017, value: Number(y2017) },
        { year: '2020', printed: y2020, value: Number(y2020) },
      ],
    }),
  );
  holders.split('、').forEach((name, i) => {
    if (!/公司$/.test(name)) throw new Error(`质量品牌 表2 培育对象 "${name}" is not a company name`);
    records.push(
      makeRecord(prov000(seed, PLAN, plan.title, cap2, i + 1, findLine(seed, /\S/, v2 + 1)), 'famous-brand', {
        kind: 'enterprise',
        name,
        namePrinted: name,
        extra: { 培育目标: '中国驰名商标' },
      }),
    );
  });
  if (records.length !== 2) throw new Error(`质量品牌 表2: ${records.length} 培育对象, expected 2`);

  // 表3: one row with a single printed number. The extraction lost which of the 2018/2019/2020 columns holds it,
  // so the value is recorded for the table's whole span rather than guessed.
  const h3 = findLine(seed, /^培育项目 2018 年 2019 年 2020 年$/, v2);
  const r3 = findLine(seed, /^中国驰名商标 \d+$/, h3);
  const v3 = seed.lines[r3 - 1]!.trim().split(' ')[1]!;
  targets.push(
    makeTarget(prov000(seed, PLAN, plan.title, cap3, 1, r3), {
      id: `${PLAN}:表3:1`,
      list: 'famous-brand',
      indicator: '中国驰名商标',
      unit: '个',
      values: [{ year: '2018-2020', printed: v3, value: Number(v3) }],
    }),
  );

  // 表4: three rows "参与制修订X标准 v2018 v2019 v2020".
  const h4 = findLine(seed, /^培育项目 2018 年 2019 年 2020 年$/, r3 + 1);
  for (let k = 0; k < 3; k++) {
    const n = findLine(seed, /^参与制修订\S+标准 \d+ \d+ \d+$/, k === 0 ? h4 : targets.at(-1)!.line + 1);
    const [indicator, ...vals] = seed.lines[n - 1]!.trim().split(' ');
    targets.push(
      makeTarget(prov000(seed, PLAN, plan.title, cap4, k + 1, n), {
        id: `${PLAN}:表4:${k + 1}`,
        indicator: indicator!,
        unit: '个',
        values: vals.map((printed, y) => ({ year: String(2018 + y), printed, value: Number(printed) })),
      }),
    );
  }

  // 表5: no header row is printed; each line is "XX产业集群区域品牌 园区". The park is what gets placed on the map.
  const first5 = findLine(seed, /^\S+产业集群区域品牌 \S+$/, plan.line);
  for (let n = first5, row = 1; ; n++) {
    const text = seed.lines[n - 1]!.trim();
    if (text === '') continue;
    const m = /^(\S+产业集群区域品牌) (\S+)$/.exec(text);
    if (!m) break;
    records.push(
      makeRecord(prov000(seed, PLAN, plan.title, cap5, row++, n), 'regional-brand', {
        kind: 'park',
        name: m[2]!,
        namePrinted: m[2]!,
        location: m[2]!,
        locationPrinted: m[2]!,
        extra: { 区域品牌: m[1]! },
      }),
    );
  }
  const brandRows = records.filter((r) => r.list === 'regional-brand').length;
  if (brandRows !== 10) throw new Error(`质量品牌 表5: ${brandRows} rows, expected 10`);

  const base = { plan: PLAN, planName: '质量品牌', doc: seed.doc, asOf: DOC000_AS_OF };
  const lists = [
    listMeta(
      {
        ...base,
        id: 'famous-brand',
        name: '中国驰名商标培育对象',
        nameEn: 'China well-known trademark candidates',
        table: cap2.table,
        tableTitle: cap2.tableTitle,
      },
      records,
    ),
    listMeta(
      {
        ...base,
        id: 'regional-brand',
        name: '产业集群区域品牌培育任务',
        nameEn: 'Industrial-cluster regional brands',
        table: cap5.table,
        tableTitle: cap5.tableTitle,
      },
      records,
    ),
  ];
  return { lists, records, targets };
}
