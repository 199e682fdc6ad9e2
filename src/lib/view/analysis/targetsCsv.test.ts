import { beforeAll, describe, expect, it } from 'vitest';
import records from '../../../../data/records.json' with { type: 'json' };
import lists from '../../../../data/lists.json' with { type: 'json' };
import targets from '../../../../data/targets.json' with { type: 'json' };
import counties from '../../../../geo/counties.json' with { type: 'json' };
import type { County, ListMeta, SeedRecord, TargetRecord } from '../../types.ts';
import { buildRegistry } from '../../registry/index.ts';
import { locateAll } from '../../aggregate/index.ts';
import { loadLang, translator } from '../../i18n/index.ts';
import { targetOutcomes } from './targets.ts';
import { ratioText, readingLine, targetsCsv } from './targetsCsv.ts';

const recs = records as SeedRecord[];
const groups = targetOutcomes(targets as TargetRecord[], lists as ListMeta[], locateAll(recs, buildRegistry(recs)), counties as County[]);
const line = (indicator: string) => groups.flatMap((g) => g.outcomes).find((o) => o.indicator === indicator)!;
const zh = translator('zh');
beforeAll(() => loadLang('en'));

describe('readingLine', () => {
  it('shows increments as increments and the sum they reach, cumulative figures as printed', () => {
    const [t1, t6] = line('绿色园区（省级）').readings;
    expect(readingLine(t1!, zh)).toBe('表1（到年底累计）：2020 2');
    expect(readingLine(t6!, zh)).toBe('表6（逐年新增）：2018 +0 · 2019 +1 · 2020 +1；合计 2');
    expect(readingLine(line('绿色产品（国家级）').readings[1]!, zh)).toBe('表2（逐年新增）：2018 +0 · 2019 +2 · 2020 +3；现有基础 3 + 新增 5 = 8');
  });
  it('keeps the printed headings of 服务化 表2: the existing column is not an increment', () => {
    expect(readingLine(line('省级工业设计中心(企业)').readings[0]!, zh)).toBe(
      '表2（逐年新增）：2017年(现有) 7 · 2018年(新增) +2 · 2019年(新增) +0 · 2020年(新增) +1；合计 10',
    );
  });
  it('in English', () => {
    expect(readingLine(line('绿色园区（省级）').readings[1]!, translator('en'))).toBe('表6 (yearly increments): 2018 +0 · 2019 +1 · 2020 +1; sum 2');
  });
});

describe('targetsCsv', () => {
  it('one row per indicator, with the goal, the list size, 名单规模 ÷ 目标 and every source', () => {
    const { headers, rows } = targetsCsv(groups, zh);
    expect(headers).toEqual(['培育名单', '指标', '目标（累计）', '目标年份', '目标所据表', '名单规模', '名单规模 ÷ 目标', '各表读数', '比较方式', '名单来源']);
    expect(rows).toHaveLength(groups.reduce((n, g) => n + g.outcomes.length, 0));
    const park = rows.find((r) => r[1] === '绿色园区（省级）')!;
    expect(park.slice(0, 7)).toEqual(['绿色园区创建培育', '绿色园区（省级）', '2', '2020', '表1', '4', '4 ÷ 2 = 2.00']);
    expect(park[7]).toContain('表6（逐年新增）：2018 +0 · 2019 +1 · 2020 +1；合计 2 (绵府办发〔2019〕5号 绿色化 表6 第2行)');
    expect(park[9]).toBe('绵府办发〔2019〕5号 绿色化 表7 第2–5行');
    // The disagreement is in the export too.
    expect(rows.find((r) => r[1] === '绿色工厂（国家级）')![7]).toContain('两张表不一致：表1 5、表4 6');
  });
  it('ratioText says what is divided by what', () => {
    expect(ratioText(4, 2, 2)).toBe('4 ÷ 2 = 2.00');
  });
});
