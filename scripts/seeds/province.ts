// Docs 003/004: Sichuan province opinions (征求意见稿). They set province-wide numeric goals and name no Mianyang
// enterprise or park (province.test.ts checks the text), so they yield TargetRecords only. Each goal is a row of
// GOALS, found by its printed phrase; a goal without a stated year keeps year "" rather than borrowing 2025.
import { findLine, loadSeed, makeTarget, type Extracted, type SeedText } from './common.ts';
import type { TargetRecord } from '../../src/lib/types.ts';

const PLAN = 'province';

interface Goal {
  /** Matches the printed phrase; group "v" is the value text kept as printed. */
  re: RegExp;
  indicator: string;
  unit: string;
  year: string;
}

/** Values are parsed from "v"; a range such as "3-5个" is left unparsed rather than collapsed to one end. */
export const GOALS: Record<'003' | '004', Goal[]> = {
  '003': [
    { re: /高技术制造业营业收入占规模以上工业比重(?<v>提高5个百分点)/, indicator: '高技术制造业营业收入占规模以上工业比重', unit: '百分点', year: '2025' },
    { re: /制造业劳动生产率达到(?<v>60万元\/人以上)/, indicator: '制造业劳动生产率', unit: '万元/人', year: '2025' },
    { re: /制造业研发经费（R&D）占营业收入比重(?<v>提高0\.5个百分点以上)/, indicator: '制造业研发经费（R&D）占营业收入比重', unit: '百分点', year: '2025' },
    { re: /打造(?<v>3-5个)具有全国影响力的工业互联网平台/, indicator: '具有全国影响力的工业互联网平台', unit: '个', year: '' },
    { re: /工业用地面积(?<v>不低于出让总规模的30%)/, indicator: '年度国有建设用地供应计划中工业用地面积占出让总规模', unit: '%', year: '每年' },
  ],
  '004': [
    { re: /新遴选培育 (?<v>100 家)省级服务型制造示范企业/, indicator: '新遴选培育省级服务型制造示范企业', unit: '家', year: '2025' },
    { re: /^(?<v>50 个)示范项目/, indicator: '新遴选培育省级服务型制造示范项目', unit: '个', year: '2025' },
    { re: /示范项目、(?<v>50 个)示范平台/, indicator: '新遴选培育省级服务型制造示范平台', unit: '个', year: '2025' },
    { re: /培育 (?<v>10 家)国家级服务型制造示范企业（项目、平台）/, indicator: '培育国家级服务型制造示范企业（项目、平台）', unit: '家', year: '2025' },
    { re: /示范企业服务收入占营业收入比重达到 (?<v>30% 以上)/, indicator: '示范企业服务收入占营业收入比重', unit: '%', year: '2025' },
    { re: /开展服务型制造企业比例达到 (?<v>40% 以上)/, indicator: '开展服务型制造企业比例', unit: '%', year: '2025' },
    { re: /力争新增国家级工业设计中心 (?<v>3 家以上)/, indicator: '新增国家级工业设计中心', unit: '家', year: '' },
    { re: /力争提高综合效益(?<v>5%以上)/, indicator: '供应链创新应用试点综合效益提高', unit: '%', year: '' },
    { re: /培育 (?<v>10 家)共享制造解决方案供应商/, indicator: '共享制造解决方案供应商', unit: '家', year: '' },
  ],
};

const TITLES: Record<'003' | '004', RegExp> = {
  '003': /^关于推动制造业高质量发展的意见$/,
  '004': /^# 四川省关于进一步促进服务型制造发展的实施意见$/,
};

export function extract(seeds: Partial<Record<'003' | '004', SeedText>> = {}): Extracted {
  const targets: TargetRecord[] = [];
  for (const key of ['003', '004'] as const) {
    const seed = seeds[key] ?? loadSeed(key);
    const t = findLine(seed, TITLES[key]);
    const draft =
      seed.lines
        .slice(t, t + 4)
        .map((l) => l.trim())
        .find((l) => l !== '') ?? '';
    const title = seed.lines[t - 1]!.replace(/^#\s*/, '').trim() + draft;
    GOALS[key].forEach((g, i) => {
      const line = findLine(seed, g.re);
      const printed = g.re.exec(seed.lines[line - 1]!)!.groups!['v']!;
      const m = /^\D*(\d+(?:\.\d+)?)(?!\s*-\s*\d)/.exec(printed);
      targets.push(
        makeTarget(
          { doc: seed.doc, docTitle: title, plan: PLAN, planTitle: title, table: '', tableTitle: '', row: i + 1, line },
          { id: `${PLAN}:${key}:${i + 1}`, indicator: g.indicator, unit: g.unit, values: [{ year: g.year, printed, ...(m ? { value: Number(m[1]) } : {}) }] },
        ),
      );
    });
  }
  return { lists: [], records: [], targets };
}
