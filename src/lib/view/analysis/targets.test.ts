import { describe, expect, it } from 'vitest';
import records from '../../../../data/records.json' with { type: 'json' };
import lists from '../../../../data/lists.json' with { type: 'json' };
import targets from '../../../../data/targets.json' with { type: 'json' };
import counties from '../../../../geo/counties.json' with { type: 'json' };
import type { County, ListMeta, SeedRecord, TargetRecord } from '../../types.ts';
import { buildRegistry } from '../../registry/index.ts';
import { locateAll } from '../../aggregate/index.ts';
import { loadLang, translator } from '../../i18n/index.ts';
import { goalOf, levelOf, rowRanges, targetOutcomes } from './targets.ts';

const recs = records as SeedRecord[];
const located = locateAll(recs, buildRegistry(recs));
const groups = targetOutcomes(targets as TargetRecord[], lists as ListMeta[], located, counties as County[], translator('zh'));
const find = (id: string) => groups.flatMap((g) => g.outcomes).find((o) => o.id === id)!;

describe('rowRanges / goalOf / levelOf', () => {
  it('cites printed rows as ranges', () => {
    expect(rowRanges([5, 1, 2, 3, 7, 8, 3])).toBe('1–3、5、7–8');
    expect(rowRanges([4])).toBe('4');
    expect(rowRanges([])).toBe('');
  });
  it('takes 合计, else the last year, never the 现有基础 baseline', () => {
    expect(
      goalOf([
        { year: '2017', printed: '5', value: 5 },
        { year: '合计', printed: '12', value: 12 },
        { year: '2020', printed: '2', value: 2 },
      ])?.year,
    ).toBe('合计');
    expect(
      goalOf([
        { year: '现有基础', printed: '3', value: 3 },
        { year: '2020', printed: '8', value: 8 },
      ])?.printed,
    ).toBe('8');
    expect(goalOf([{ year: '现有基础', printed: '3', value: 3 }])).toBeUndefined();
  });
  it('reads the level from either way the tables print it', () => {
    expect(levelOf('绿色园区（国家级）')).toBe('国家级');
    expect(levelOf('省级工业设计中心(企业)')).toBe('省级');
    expect(levelOf('智能工厂')).toBeUndefined();
  });
});

describe('targetOutcomes on the seeds', () => {
  it('groups the count goals by list in catalogue order; percent goals (本地配套率) are left out', () => {
    expect(groups.map((g) => [g.list, g.rows, g.outcomes.length])).toEqual([
      ['smart-factory', 12, 2],
      ['green-product', 19, 6],
      ['green-factory', 48, 6],
      ['green-park', 5, 6],
      ['green-supply-chain', 20, 6],
      ['green-tech', 14, 6],
      ['design-center', 12, 3],
      ['service-enterprise', 28, 1],
      ['service-project', 10, 1],
      ['service-platform', 6 + 3, 1],
      ['famous-brand', 2, 2],
    ]);
    // Every goal that names a list and is a count appears exactly once.
    const expected = (targets as TargetRecord[])
      .filter((t) => t.list && t.unit !== '%')
      .map((t) => t.id)
      .sort();
    expect(groups.flatMap((g) => g.outcomes.map((o) => o.id)).sort()).toEqual(expected);
  });

  it('sets the 国家级 green-park goal against the one 国家级 row of 表7, not all five', () => {
    expect(find('green-t1:3:国家级')).toEqual({
      id: 'green-t1:3:国家级',
      indicator: '绿色园区（国家级）',
      unit: '个',
      values: [
        { year: '现有基础', printed: '0', value: 0 },
        { year: '2020', printed: '1', value: 1 },
      ],
      goal: { year: '2020', printed: '1', value: 1 },
      match: 'level',
      level: '国家级',
      listed: 1,
      listRows: [1],
      ratio: 1,
      caveat: '只计名单中国家级的 1 行（名单共 5 行）',
      byCounty: [{ code: '510704', name: '游仙区', count: 1 }],
      targetSource: '绵府办发〔2019〕5号 绿色化 表1 第3行',
      listSource: '绵府办发〔2019〕5号 绿色化 表7 第1行',
    });
    expect(find('green-t6:2')).toMatchObject({
      level: '省级',
      listed: 4,
      listRows: [2, 3, 4, 5],
      ratio: 4,
      listSource: '绵府办发〔2019〕5号 绿色化 表7 第2–5行',
    });
    expect(find('green-t1:3:市级')).toMatchObject({ listed: 0, ratio: 0, byCounty: [], listSource: '绵府办发〔2019〕5号 绿色化 表7：无市级行' });
  });

  it('splits the design-center goals by level (服务化 表2 合计 against 表3)', () => {
    expect(
      ['service:表2:1', 'service:表2:2', 'service:表2:3'].map((id) => {
        const o = find(id);
        return [o.level, o.goal?.printed, o.listed, rowRanges(o.listRows)];
      }),
    ).toEqual([
      ['国家级', '2', 1, '1'],
      ['省级', '10', 5, '2–6'],
      ['市级', '5', 6, '7–12'],
    ]);
    const prov = find('service:表2:2');
    expect(prov.byCounty.reduce((s, c) => s + c.count, 0)).toBe(5);
    expect(prov.targetSource).toBe('绵府办发〔2019〕5号 服务化 表2 第2行');
  });

  it('says so when the list cannot be split: all rows are compared and a dash goal has no ratio', () => {
    expect(find('smart-t1:4')).toMatchObject({
      match: 'all',
      listed: 12,
      ratio: 0.6,
      goal: { year: '2020', printed: '20', value: 20 },
      caveat: '按名单全部 12 行比较',
      listSource: '绵府办发〔2019〕5号 智能化 表3 第1–12行',
    });
    const o = find('green-t1:1:省级');
    expect(o).toMatchObject({ match: 'all', level: '省级', listed: 19, caveat: '名单未标级别：按全部 19 行比较，不只是省级' });
    expect(o.goal).toEqual({ year: '2020', printed: '-' });
    expect(o.ratio).toBeUndefined();
    // 19 rows of every level against a 国家级 goal of 8: compared, but no percentage is claimed.
    expect(find('green-t1:1:国家级')).toMatchObject({ match: 'all', listed: 19, goal: { year: '2020', printed: '8', value: 8 } });
    expect(find('green-t1:1:国家级').ratio).toBeUndefined();
  });

  it('places every counted row in a county or 未定位, largest first, 未定位 last', () => {
    for (const o of groups.flatMap((g) => g.outcomes)) expect(o.byCounty.reduce((s, c) => s + c.count, 0)).toBe(o.listed);
    const gf = find('green-t4:1').byCounty;
    expect(gf.map((c) => c.count)).toEqual([...gf.map((c) => c.count)].sort((a, b) => b - a));
    expect(gf.reduce((s, c) => s + c.count, 0)).toBe(48);
  });

  it('words the caveats in English, keeping sources and levels as printed', async () => {
    await loadLang('en');
    const en = targetOutcomes(targets as TargetRecord[], lists as ListMeta[], located, counties as County[], translator('en')).flatMap((g) => g.outcomes);
    const get = (id: string) => en.find((o) => o.id === id)!;
    expect(get('green-t1:3:国家级').caveat).toBe('Only the list’s 1 国家级 row(s) counted (5 rows in all)');
    expect(get('green-t1:1:省级').caveat).toBe('The list gives no level: compared with all 19 rows, not only 省级');
    expect(get('smart-t1:4')).toMatchObject({ caveat: 'Compared with all 12 rows of the list', listSource: '绵府办发〔2019〕5号 智能化 表3 第1–12行' });
    expect(get('green-t1:3:市级').listSource).toBe('绵府办发〔2019〕5号 绿色化 表7: no 市级 rows');
  });
});
