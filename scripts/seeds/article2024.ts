// Doc 002, a January-2024 news feature ("绵阳 新型工业化绘就高质量发展新蓝图"): the landmark projects it names.
// Running text, not a table, so each project is a row of PROJECTS below, located by the phrase that first names it;
// row = order of first mention. A project mentioned again (巨星 at lines 19 and 112) stays one record, the other
// mentions listed in extra. Every "N亿元" project amount in the text must be claimed by some row (see unclaimedAmounts).
import { findLine, loadSeed, makeRecord, parseInvestmentWan, type Extracted, type SeedText } from './common.ts';
import type { SeedRecord } from '../../src/lib/types.ts';

const PLAN = 'article-2024';
const LIST = 'landmark-project';
/** The text dates itself: "2024年1月的一天", "1月9日 … 今年上半年", and the 2023 plenum "去年7月20日". No day is printed. */
export const AS_OF = '2024-01';

interface ProjectSpec {
  /** Matches the line of first mention; group "p" is the project name as printed. */
  first: RegExp;
  /** Enterprise as printed: a regex whose group "e" captures it somewhere in the text, or the short name inside the project name. */
  enterprise: RegExp | string;
  /** Group "amt": the stated total investment, e.g. "280亿元". */
  investment?: RegExp;
  /** Group "loc": where the text says the project is. */
  location?: RegExp;
  /** 百亿级 class and status as the text gives them. */
  extra: Record<string, string>;
  /** Further mentions of the same project. */
  alsoAt?: RegExp[];
}

const NO_LOCATION = '原文未说明项目所在地，location 留空';

export const PROJECTS: ProjectSpec[] = [
  { first: /(?<p>京东方第6代生产线)、/, enterprise: '京东方', extra: { 规模: '百亿级', 状态: '建成投产', note: NO_LOCATION } },
  { first: /、(?<p>埃克森新能源电池产业园（一期）)、/, enterprise: '埃克森', extra: { 规模: '百亿级', 状态: '建成投产', note: NO_LOCATION } },
  {
    first: /、(?<p>惠科第8\.6代薄膜晶体管液晶显示器件生产线)等百亿级项目建成投产/,
    enterprise: '惠科',
    extra: { 规模: '百亿级', 状态: '建成投产', note: NO_LOCATION },
  },
  {
    first: /(?<p>巨星永磁烧结钕铁硼新材料项目)、/,
    enterprise: /^(?<e>绵阳巨星永磁材料有限公司)$/,
    investment: /总投资(?<amt>280亿元)的“年产10万吨高性能烧结钕铁硼永磁新材料项目”/,
    alsoAt: [/“(年产10万吨高性能烧结钕铁硼永磁新材料项目)”/, /(280亿元的巨星稀土永磁新材料)加快推进/],
    extra: {
      规模: '百亿级',
      状态: '加快建设',
      note: `${NO_LOCATION}（第112行的提及在“绵阳科技城”一节，但未说明位置）；企业全称取自第35行图片说明`,
    },
  },
  { first: /、(?<p>创明新能源电池产业园)、/, enterprise: '创明', extra: { 规模: '百亿级', 状态: '加快建设', note: NO_LOCATION } },
  { first: /、(?<p>炬皓高效单晶电池智能工厂（二期）)等百亿级项目加快建设/, enterprise: '炬皓', extra: { 规模: '百亿级', 状态: '加快建设', note: NO_LOCATION } },
  {
    first: /总投资30亿元的“(?<p>中南高科—绵阳安州擎动未来产业园)”生产基地二期项目/,
    enterprise: '中南高科',
    investment: /总投资(?<amt>30亿元)的“中南高科/,
    location: /位于(?<loc>绵阳安州高新技术产业园区)，总投资30亿元/,
    extra: { 状态: '在建，计划2024年上半年竣工', 建设内容: '生产基地二期项目' },
  },
  {
    first: /总投资100亿元的(?<p>埃克森新能源项目)加速建设/,
    enterprise: '埃克森',
    investment: /总投资(?<amt>100亿元)的埃克森新能源项目/,
    extra: {
      状态: '加速建设',
      note: `${NO_LOCATION}；文末图片说明，可能与第2行“埃克森新能源电池产业园（一期）”为同一项目的全部投资，原文未明示，故分列`,
    },
  },
];

export function extract(seed: SeedText = loadSeed('002')): Extracted {
  const docTitle = seed.lines[findLine(seed, /新型工业化绘就高质量发展新蓝图/) - 1]!.trim();
  const records: SeedRecord[] = [];
  PROJECTS.forEach((spec, i) => {
    const line = findLine(seed, spec.first);
    const project = spec.first.exec(seed.lines[line - 1]!)!.groups!['p']!;
    let name: string;
    if (typeof spec.enterprise === 'string') {
      if (!project.includes(spec.enterprise)) throw new Error(`002: enterprise ${spec.enterprise} not in project name ${project}`);
      name = spec.enterprise;
    } else {
      const re = spec.enterprise;
      name = re.exec(seed.lines[findLine(seed, re) - 1]!.trim())!.groups!['e']!;
    }
    const grab = (re: RegExp | undefined, group: string) => {
      if (!re) return undefined;
      const n = findLine(seed, re);
      return { n, text: re.exec(seed.lines[n - 1]!)!.groups![group]! };
    };
    const inv = grab(spec.investment, 'amt');
    const loc = grab(spec.location, 'loc');
    const extra: Record<string, string> = { ...spec.extra };
    if (typeof spec.enterprise === 'string') extra['企业'] = '原文未单列企业名称，取项目名称中的企业简称';
    if (spec.alsoAt) extra['其他提及'] = spec.alsoAt.map((re) => `第${findLine(seed, re)}行：${re.exec(seed.lines[findLine(seed, re) - 1]!)![1]}`).join('；');
    if (inv) extra['投资出处'] = `第${inv.n}行`;
    const investmentWan = inv ? parseInvestmentWan(inv.text) : undefined;
    if (inv && investmentWan === undefined) throw new Error(`002: unparsable investment ${inv.text}`);
    records.push(
      makeRecord({ doc: seed.doc, docTitle, plan: PLAN, planTitle: docTitle, table: '', tableTitle: '', row: i + 1, line }, LIST, {
        kind: 'project',
        name,
        namePrinted: name,
        project,
        ...(loc ? { location: loc.text, locationPrinted: loc.text } : {}),
        ...(inv ? { investmentPrinted: inv.text, investmentWan } : {}),
        extra,
      }),
    );
  });
  const missed = unclaimedAmounts(seed);
  if (missed.length) throw new Error(`002: project amounts not extracted: ${missed.join('; ')}`);
  return {
    lists: [
      {
        id: LIST,
        name: '2024年报道中的重大项目',
        nameEn: 'Landmark projects named in the 2024 article',
        plan: PLAN,
        planName: '2024年新型工业化报道',
        doc: seed.doc,
        table: '',
        tableTitle: '',
        kind: 'project',
        hasLocation: records.some((r) => r.location !== undefined),
        hasInvestment: true,
        asOf: AS_OF,
        rows: records.length,
      },
    ],
    records,
    targets: [],
  };
}

/** "总投资N亿元" / "N亿元的<project>" phrases not claimed by any PROJECTS row: none may be left. */
export function unclaimedAmounts(seed: SeedText): string[] {
  const claimed = PROJECTS.flatMap((p) => [p.investment, ...(p.alsoAt ?? [])]).filter((r): r is RegExp => r !== undefined);
  const out: string[] = [];
  seed.lines.forEach((l, i) => {
    for (const m of l.matchAll(/(?:总投资)?\d+(?:\.\d+)?亿元的\S{0,12}/g)) if (!claimed.some((re) => re.test(l))) out.push(`line ${i + 1}: ${m[0]}`);
  });
  return out;
}
