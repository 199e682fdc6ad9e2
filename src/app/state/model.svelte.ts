// What the view shows, derived from the data and the view: the lists in the selection, the area model (counts and
// classes), the legend's words, and the two point layers. Nothing here is set: it is all $derived.
import { buildAreaModel, type AreaModel } from '../../lib/view/areas.ts';
import { classNotes } from '../../lib/classify/index.ts';
import type { Msg } from '../../lib/i18n/index.ts';
import { countByArea } from '../../lib/aggregate/index.ts';
import { sumTallies, tallyOf } from '../../lib/aggregate/placement.ts';
import { asOfText, countingRule, selectedLists, selectionTitle, type Selection } from '../../lib/view/lists.ts';
import { IMPORT_PLAN } from '../../lib/import/types.ts';
import type { ListMeta } from '../../lib/types.ts';
import type { AppData } from '../data.ts';
import { bubbleModel, greenParkModel } from '../overlays.ts';
import { dataState } from './data.svelte.ts';
import { view } from './view.svelte.ts';
import { i18n } from './i18n.svelte.ts';
import type { By } from '../../lib/aggregate/types.ts';

/** "全部名单" means the policy lists: a user's own list is only counted when chosen by itself. */
export function catalogueOf(lists: readonly ListMeta[], sel: Selection): readonly ListMeta[] {
  return sel.kind === 'all' ? lists.filter((l) => l.plan !== IMPORT_PLAN) : lists;
}

/** Area counts of a selection counted one way: the map's and every story slide's (one counting, not two). */
export function countsFor(d: AppData, v: { selection: Selection; by: By; distinct: boolean }) {
  const lists = selectedLists(catalogueOf(d.lists, v.selection), v.selection);
  return countByArea(d.placed, { lists: new Set(lists.map((l) => l.id)), by: v.by, distinct: v.distinct });
}

/** The custom class breaks as typed ("5, 10, 20"): the positive numbers, and each piece that is not one. */
export function parseCustomBreaks(text: string): { values: number[]; bad: string[] } {
  const values: number[] = [];
  const bad: string[] = [];
  for (const piece of text.split(/[,，、;；\s]+/).filter(Boolean)) {
    const n = Number(piece);
    if (Number.isFinite(n) && n > 0) values.push(n);
    else bad.push(piece);
  }
  return { values, bad };
}

export class MapModel {
  catalogue = $derived(dataState.data ? catalogueOf(dataState.data.lists, view.selection) : []);
  lists = $derived(dataState.data ? selectedLists(this.catalogue, view.selection) : []);
  title = $derived(dataState.data ? selectionTitle(this.catalogue, view.selection, i18n.t, i18n.lang) : '');
  rule = $derived(countingRule({ distinct: view.distinct, by: view.by }, i18n.t));
  asOf = $derived(asOfText(this.lists, i18n.t));

  custom = $derived(parseCustomBreaks(view.custom));

  areas = $derived.by((): AreaModel | null => {
    const d = dataState.data;
    if (!d) return null;
    const counts = countsFor(d, view);
    const locked = view.lockedBreaks;
    return buildAreaModel(counts, d, {
      by: view.by,
      method: view.method,
      k: view.k,
      scheme: view.scheme,
      custom: this.custom.values,
      ...(locked ? { locked } : {}),
    });
  });

  /** What the class controls did with what was typed (said beside them): bad custom pieces, fewer classes. */
  classNotes = $derived.by((): Msg[] => {
    const bad =
      view.method === 'custom' && this.custom.bad.length
        ? [{ key: 'map.classes.badCustom', params: { values: this.custom.bad.join('、') } } satisfies Msg]
        : [];
    const c = this.areas?.classification;
    return [...bad, ...(c ? classNotes(c) : [])];
  });

  /** How the selected lists' records were placed: printed, borrowed, unplaced (sums to the number of records). */
  placement = $derived.by(() => {
    if (!dataState.data) return null;
    const byList = dataState.data.byList;
    return sumTallies(this.lists.map((l) => tallyOf(byList.get(l.id) ?? [])));
  });

  /** Bubbles follow the selected lists (those with an investment column); green parks are always list green-park. */
  bubbles = $derived(dataState.data ? bubbleModel(dataState.data, this.lists) : null);
  greenParks = $derived(dataState.data ? greenParkModel(dataState.data) : null);
  /** Mean latitude of the county label points: where the bubble-size key measures metres per pixel. */
  centreLat = $derived.by(() => {
    const cs = dataState.data?.counties ?? [];
    return cs.length ? cs.reduce((s, c) => s + c.point[1], 0) / cs.length : 31.5;
  });
}

export const mapModel = new MapModel();
