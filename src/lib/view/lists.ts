// The list/plan picker and the sentences every view prints about what it counts.
import type { ListId, ListMeta } from '../types.ts';
import type { Lang, Translate } from '../i18n/index.ts';
import { listLabel, planLabel } from './listLabel.ts';
import type { By } from '../aggregate/types.ts';

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

/** The map's title (legend, PNG, print): names as printed, with their English gloss in English (listLabel.ts). */
export function selectionTitle(lists: readonly ListMeta[], sel: Selection, t: Translate, lang: Lang = 'zh'): string {
  if (sel.kind === 'all') return t('map.title.all', { n: lists.length });
  if (sel.kind === 'plan') {
    const g = lists.filter((l) => l.plan === sel.plan);
    return t('map.title.plan', { plan: planLabel(sel.plan, g[0]?.planName ?? sel.plan, lang), n: g.length });
  }
  const l = lists.find((x) => x.id === sel.list);
  return l ? listLabel(l, lang) : t('map.title.unknown', { id: sel.list });
}

/** The counting rule, stated on every view. */
export function countingRule(opts: { distinct: boolean; by: By }, t: Translate): string {
  return t('map.rule', {
    what: t(opts.distinct ? 'map.rule.distinct' : 'map.rule.designations'),
    where: t(opts.by === 'county' ? 'map.rule.county' : 'map.rule.unit'),
  });
}

/** "名单日期：2019-01-27" or "名单日期：2019-01-27 至 2021-06-30（3 个日期）" (English: "Lists dated …"). */
export function asOfText(lists: readonly Pick<ListMeta, 'asOf'>[], t: Translate): string {
  const dates = [...new Set(lists.map((l) => l.asOf).filter(Boolean))].sort();
  if (dates.length === 0) return t('map.asOf.unknown');
  if (dates.length === 1) return t('map.asOf.one', { date: dates[0]! });
  return t('map.asOf.range', { from: dates[0]!, to: dates[dates.length - 1]!, n: dates.length });
}
