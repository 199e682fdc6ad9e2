import { beforeAll, describe, expect, it } from 'vitest';
import type { ListMeta } from '../types.ts';
import { asOfText, countingRule, groupByPlan, parseSelection, selectedLists, selectionKey, selectionTitle } from './lists.ts';
import { formatWan } from './format.ts';
import { loadLang, translator } from '../i18n/index.ts';

const zh = translator('zh');
const en = translator('en');
beforeAll(() => loadLang('en'));

const meta = (id: string, name: string, plan: string, planName: string, asOf: string): ListMeta => ({
  id,
  name,
  nameEn: id,
  plan,
  planName,
  doc: 'x',
  table: '表1',
  tableTitle: '',
  kind: 'enterprise',
  hasLocation: true,
  hasInvestment: false,
  asOf,
  rows: 1,
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
    expect(selectionTitle(lists, { kind: 'plan', plan: 'smart' }, zh)).toBe('智能化 全部名单（2 份）');
    expect(selectionTitle(lists, { kind: 'list', list: 'green-factory' }, zh)).toBe('绿色工厂');
    expect(selectionTitle(lists, { kind: 'all' }, zh)).toBe('全部名单（3 份）');
  });
  it("titles in English: the chrome translated, a list's printed name kept", () => {
    expect(selectionTitle(lists, { kind: 'all' }, en)).toBe('All lists (3)');
    expect(selectionTitle(lists, { kind: 'plan', plan: 'smart' }, en)).toBe('智能化: all lists (2)');
    expect(selectionTitle(lists, { kind: 'list', list: 'green-factory' }, en)).toBe('绿色工厂');
    expect(selectionTitle(lists, { kind: 'list', list: 'nope' }, en)).toBe('Unknown list nope');
  });
  it('states the counting rule and the as-of dates', () => {
    expect(countingRule({ distinct: true, by: 'unit' }, zh)).toBe('按企业去重计数（同一企业在所选名单中只计一次）；园区单独显示，不再计入所在区县');
    expect(countingRule({ distinct: false, by: 'county' }, zh)).toBe('按入选次数计数（同一企业入选多份名单计多次）；园区并入所在区县');
    expect(asOfText(lists.slice(0, 1), zh)).toBe('名单日期：2019-01-27');
    expect(asOfText(lists, zh)).toBe('名单日期：2019-01-27 至 2019-03-01（2 个日期）');
    expect(asOfText([], zh)).toBe('名单日期：未知');
  });
  it('states the counting rule and the as-of dates in English', () => {
    expect(countingRule({ distinct: true, by: 'unit' }, en)).toBe(
      'Counting distinct enterprises (an enterprise counts once across the selected lists); parks shown on their own, not counted in their county',
    );
    expect(countingRule({ distinct: false, by: 'county' }, en)).toBe(
      'Counting designations (an enterprise on several lists counts once per list); parks counted in their county',
    );
    expect(asOfText(lists.slice(0, 1), en)).toBe('Lists dated 2019-01-27');
    expect(asOfText(lists, en)).toBe('Lists dated 2019-01-27 to 2019-03-01 (2 dates)');
    expect(asOfText([], en)).toBe('List date unknown');
  });
  it('formats 万元 and 亿元', () => {
    expect(formatWan(21559)).toBe('2.16 亿元');
    expect(formatWan(2_800_000)).toBe('280 亿元');
    expect(formatWan(20000)).toBe('2 亿元');
    expect(formatWan(8000)).toBe('8000 万元');
    expect(formatWan(12.5)).toBe('12.5 万元');
    // Trailing zeros go only after the decimal point: 150.4 亿 is "150 亿元", not "15 亿元".
    expect(formatWan(1_504_000)).toBe('150 亿元');
    expect(formatWan(100.001)).toBe('100 万元');
  });
  it('formats the same amounts in yuan for English', () => {
    expect(formatWan(21559, 'en')).toBe('216 million yuan');
    expect(formatWan(188064, 'en')).toBe('1.88 billion yuan');
    expect(formatWan(2_800_000, 'en')).toBe('28 billion yuan');
    expect(formatWan(8000, 'en')).toBe('80 million yuan');
    expect(formatWan(350, 'en')).toBe('3.5 million yuan');
    expect(formatWan(12.5, 'en')).toBe('125,000 yuan');
  });
});
