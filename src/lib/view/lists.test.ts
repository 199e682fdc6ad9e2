import { describe, expect, it } from 'vitest';
import type { ListMeta } from '../types.ts';
import { asOfText, countingRule, groupByPlan, parseSelection, selectedLists, selectionKey, selectionTitle } from './lists.ts';
import { formatWan } from './format.ts';

const meta = (id: string, name: string, plan: string, planName: string, asOf: string): ListMeta => ({
  id, name, nameEn: id, plan, planName, doc: 'x', table: '表1', tableTitle: '', kind: 'enterprise', hasLocation: true, hasInvestment: false, asOf, rows: 1,
});
const lists = [
  meta('smart-factory', '智能制造试点示范工厂（车间）', 'smart', '智能化', '2019-01-27'),
  meta('green-factory', '绿色工厂', 'green', '绿色化', '2019-03-01'),
  meta('smart-tech', '智能化技术改造', 'smart', '智能化', '2019-01-27'),
];

describe('lists', () => {
  it('groups by plan in catalogue order', () => {
    expect(groupByPlan(lists).map((g) => [g.planName, g.lists.map((l) => l.id)])).toEqual([
      ['智能化', ['smart-factory', 'smart-tech']],
      ['绿色化', ['green-factory']],
    ]);
  });
  it('selections round-trip through the picker value', () => {
    for (const k of ['all', 'plan:smart', 'list:green-factory']) expect(selectionKey(parseSelection(k))).toBe(k);
    expect(selectedLists(lists, { kind: 'plan', plan: 'smart' }).map((l) => l.id)).toEqual(['smart-factory', 'smart-tech']);
    expect(selectionTitle(lists, { kind: 'plan', plan: 'smart' })).toBe('智能化 全部名单（2 份）');
    expect(selectionTitle(lists, { kind: 'list', list: 'green-factory' })).toBe('绿色工厂');
    expect(selectionTitle(lists, { kind: 'all' })).toBe('全部名单（3 份）');
  });
  it('states the counting rule and the as-of dates', () => {
    expect(countingRule({ distinct: true, by: 'unit' })).toBe('按企业去重计数（同一企业在所选名单中只计一次）；园区单独显示，不再计入所在区县');
    expect(countingRule({ distinct: false, by: 'county' })).toBe('按入选次数计数（同一企业入选多份名单计多次）；园区并入所在区县');
    expect(asOfText(lists.slice(0, 1))).toBe('名单日期：2019-01-27');
    expect(asOfText(lists)).toBe('名单日期：2019-01-27 至 2019-03-01（2 个日期）');
    expect(asOfText([])).toBe('名单日期：未知');
  });
  it('formats 万元 and 亿元', () => {
    expect(formatWan(21559)).toBe('2.16 亿元');
    expect(formatWan(2_800_000)).toBe('280 亿元');
    expect(formatWan(20000)).toBe('2 亿元');
    expect(formatWan(8000)).toBe('8000 万元');
    expect(formatWan(12.5)).toBe('12.5 万元');
  });
});
