// The list/plan picker and the sentences every view prints about what it counts.
import type { ListId, ListMeta } from '../types.ts';

export type Selection = { kind: 'all' } | { kind: 'plan'; plan: string } | { kind: 'list'; list: ListId };

export interface PlanGroup {
  plan: string;
  planName: string;
  lists: ListMeta[];
}

/** Lists grouped by plan, plans and lists in catalogue order (the order of data/lists.json). */
export function groupByPlan(lists: readonly ListMeta[]): PlanGroup[] {
  const groups = new Map<string, PlanGroup>();
  for (const l of lists) {
    let g = groups.get(l.plan);
    if (!g) groups.set(l.plan, (g = { plan: l.plan, planName: l.planName, lists: [] }));
    g.lists.push(l);
  }
  return [...groups.values()];
}

export function selectedLists(lists: readonly ListMeta[], sel: Selection): ListMeta[] {
  if (sel.kind === 'all') return [...lists];
  if (sel.kind === 'plan') return lists.filter((l) => l.plan === sel.plan);
  return lists.filter((l) => l.id === sel.list);
}

/** Round-trips through a <select> value: "all", "plan:smart", "list:smart-factory". */
export function selectionKey(sel: Selection): string {
  return sel.kind === 'all' ? 'all' : sel.kind === 'plan' ? `plan:${sel.plan}` : `list:${sel.list}`;
}

export function parseSelection(key: string): Selection {
  if (key.startsWith('plan:')) return { kind: 'plan', plan: key.slice(5) };
  if (key.startsWith('list:')) return { kind: 'list', list: key.slice(5) };
  return { kind: 'all' };
}

export function selectionTitle(lists: readonly ListMeta[], sel: Selection): string {
  if (sel.kind === 'all') return `全部名单（${lists.length} 份）`;
  if (sel.kind === 'plan') {
    const g = lists.filter((l) => l.plan === sel.plan);
    return `${g[0]?.planName ?? sel.plan} 全部名单（${g.length} 份）`;
  }
  const l = lists.find((x) => x.id === sel.list);
  return l ? l.name : `未知名单 ${sel.list}`;
}

/** The counting rule, stated on every view. */
export function countingRule(opts: { distinct: boolean; by: 'county' | 'unit' }): string {
  const what = opts.distinct ? '按企业去重计数（同一企业在所选名单中只计一次）' : '按入选次数计数（同一企业入选多份名单计多次）';
  const where = opts.by === 'county'
    ? '园区并入所在区县'
    : '园区单独显示，不再计入所在区县';
  return `${what}；${where}`;
}

/** "名单日期：2019-01-27" or "名单日期：2019-01-27 至 2021-06-30（3 个文件）". */
export function asOfText(lists: readonly ListMeta[]): string {
  const dates = [...new Set(lists.map((l) => l.asOf).filter(Boolean))].sort();
  if (dates.length === 0) return '名单日期：未知';
  if (dates.length === 1) return `名单日期：${dates[0]}`;
  return `名单日期：${dates[0]} 至 ${dates[dates.length - 1]}（${dates.length} 个日期）`;
}
