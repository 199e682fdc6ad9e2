// Callouts pinned to an enterprise, on the shipped lists as placed (data/placed.json): where each points, which of
// several places, and what the editor says when the data no longer knows the enterprise or cannot place it.
import { beforeAll, describe, expect, it } from 'vitest';
import records from '../../../data/records.json' with { type: 'json' };
import placements from '../../../data/placed.json' with { type: 'json' };
import { joinPlacements, type SeedPlacement } from '../aggregate/seedPlacement.ts';
import type { SeedRecord } from '../types.ts';
import { loadLang, translateMsg } from '../i18n/index.ts';
import { enterpriseNote, enterpriseTarget, selectionEnterprises } from './calloutEnterprise.ts';

const located = joinPlacements(records as SeedRecord[], placements as SeedPlacement[]);

beforeAll(() => loadLang('en'));

describe('enterpriseTarget', () => {
  it('points at the park its rows place it in (长虹模塑科技: 高新区)', () => {
    expect(enterpriseTarget(located, '长虹模塑科技')).toEqual({
      key: '长虹模塑科技',
      name: '四川长虹模塑科技有限公司',
      places: [{ id: 'gaoxin', unit: '高新区', countyCode: '510703', county: '涪城区', parkId: 'gaoxin', printed: 1, rows: 1 }],
      unplaced: 0,
    });
  });

  it('of several printed places, points at the one most rows print (长虹电器: 高新区 ×3 before 经开区 ×1)', () => {
    expect(enterpriseTarget(located, '长虹电器')!.places.map((p) => [p.id, p.printed, p.rows])).toEqual([
      ['gaoxin', 3, 3],
      ['jingkai', 1, 1],
    ]);
  });

  it('breaks a tie of printed rows by all rows placed there (华丰企业: 经开区 printed once and borrowed once, before 涪城区 printed once)', () => {
    expect(enterpriseTarget(located, '华丰企业')!.places.map((p) => [p.id, p.printed, p.rows])).toEqual([
      ['jingkai', 1, 2],
      ['510703', 1, 1],
    ]);
  });

  it('breaks a full tie by the row met first (华祥机械制造: 安州区, then 游仙区)', () => {
    expect(enterpriseTarget(located, '华祥机械制造')!.places.map((p) => p.unit)).toEqual(['安州区', '游仙区']);
  });

  it('an enterprise no row names is undefined; one whose rows are all unplaced has no place and counts them', () => {
    expect(enterpriseTarget(located, '不存在的企业')).toBeUndefined();
    const t = enterpriseTarget(located, '西南科技大学')!;
    expect(t.places).toEqual([]);
    expect(t.unplaced).toBe(located.filter((l) => l.key === '西南科技大学').length);
    expect(t.unplaced).toBeGreaterThan(0);
  });
});

describe('enterpriseNote', () => {
  it('says why a callout is not drawn (gone from the data, or never placed) and which of several places it uses', () => {
    const say = (key: string) => {
      const m = enterpriseNote(enterpriseTarget(located, key), key);
      return m && [translateMsg('zh', m), translateMsg('en', m)];
    };
    expect(say('长虹模塑科技')).toBeNull();
    expect(say('不存在的企业')).toEqual([
      '数据中已无企业“不存在的企业”：此标注不会显示，请删除或改标他处',
      'The data no longer has the enterprise “不存在的企业”: this callout is not shown; remove it or pin it elsewhere',
    ]);
    expect(say('西南科技大学')![0]).toBe('“西南科技大学”的名单行均未定位：此标注无处可指，不会显示');
    expect(say('长虹电器')).toEqual([
      '指向高新区（印此处的名单行最多）；名单另印有经开区',
      'Points at 高新区 (printed by most of its rows); its lists also print 经开区',
    ]);
  });
});

describe('selectionEnterprises', () => {
  it("offers each enterprise of the step's lists once, by name in pinyin order, with the place a callout would point at", () => {
    const smart = selectionEnterprises(located, new Set(['smart-factory']));
    const rows = located.filter((l) => l.record.list === 'smart-factory');
    expect(smart.map((e) => e.key).sort()).toEqual([...new Set(rows.map((l) => l.key))].sort());
    expect(smart.find((e) => e.key === '长虹模塑科技')).toEqual({ key: '长虹模塑科技', name: '四川长虹模塑科技有限公司', unit: '高新区' });
    const names = smart.map((e) => e.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('zh').compare));
    // Lists not chosen are not offered.
    expect(selectionEnterprises(located, new Set())).toEqual([]);
  });
});
