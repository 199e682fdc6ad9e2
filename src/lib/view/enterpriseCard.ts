// One enterprise as a search hit opens it: every list row that names it (each cited as printed), the places those
// rows print or borrow (and whether they disagree), its investments, and the points the map marks. Pure: it reads
// the same located records the map counts, so the card, the drawer and the choropleth cannot disagree.
import type { LocatedRecord } from '../aggregate/index.ts';
import { citeMsg } from '../cite.ts';
import type { Msg } from '../i18n/index.ts';
import type { ListMeta } from '../types.ts';
import { placeOf, type RowPlace } from './placeOf.ts';

export interface CardRow {
  id: string;
  /** The name as this row prints it (after corrections): spellings differ between lists. */
  name: string;
  project?: string;
  /** The location cell as printed; absent when the table has no location column. */
  locationPrinted?: string;
  /** Where the row is placed (park short name or county), borrowed or printed; absent when unplaced. */
  unit?: string;
  source: 'printed' | 'borrowed' | 'none';
  conflict: boolean;
  /** Why the row is borrowed or unplaced (the registry's message). */
  note?: Msg;
  investmentWan?: number;
  investmentPrinted?: string;
  period?: string;
  /** The printed row (绵府办发〔2019〕5号 智能化 表4 第10行), worded where shown. */
  cite: Msg;
}

export interface CardList {
  list: string;
  name: string;
  planName: string;
  rows: CardRow[];
}

/** A place the enterprise's rows put it: a park or a county, with the rows that print or borrow it. */
export interface CardPlace extends RowPlace {
  /** Where the map marks it (the park's point, else the county's). */
  point?: [number, number];
  /** Rows that print this place themselves. */
  printedBy: Msg[];
  /** Rows that borrow it from another row of the same enterprise. */
  borrowedBy: Msg[];
}

export interface EnterpriseCard {
  key: string;
  /** The first spelling met, and every other spelling the lists print. */
  name: string;
  names: string[];
  lists: CardList[];
  places: CardPlace[];
  /** The printed places disagree (two counties, or two parks): the registry flags every row. */
  conflict: boolean;
  /** Rows that could not be placed (no location of their own and none to borrow). */
  unplaced: number;
  /** Rows with an amount, in list order (shown with 万元/亿元). */
  investments: CardRow[];
  /** Sum of the amounts that could be read (万元). */
  investmentWan: number;
}

type Located = LocatedRecord & { point?: [number, number] };

/**
 * The card of the enterprise with registry key `key`, or undefined when no row has that key. Lists are in catalogue
 * order; rows of a list in printed order; places in order of first appearance.
 */
export function enterpriseCard(located: readonly Located[], lists: readonly ListMeta[], key: string): EnterpriseCard | undefined {
  const mine = located.filter((l) => l.key === key);
  if (mine.length === 0) return undefined;
  const meta = new Map(lists.map((l) => [l.id, l]));
  const byList = new Map<string, CardList>();
  const places = new Map<string, CardPlace>();
  const names: string[] = [];
  const investments: CardRow[] = [];
  let unplaced = 0;
  let investmentWan = 0;
  let conflict = false;
  for (const l of mine) {
    const r = l.record;
    const m = meta.get(r.list);
    if (!names.includes(r.name)) names.push(r.name);
    const cite = citeMsg(r, m?.planName);
    const row: CardRow = {
      id: r.id,
      name: r.name,
      ...(r.project ? { project: r.project } : {}),
      ...(r.locationPrinted !== undefined ? { locationPrinted: r.locationPrinted } : {}),
      ...(l.loc.unit ? { unit: l.loc.unit } : {}),
      source: l.loc.source,
      conflict: l.loc.conflict === true,
      ...(l.loc.note ? { note: l.loc.note } : {}),
      ...(r.investmentWan !== undefined ? { investmentWan: r.investmentWan } : {}),
      ...(r.investmentPrinted ? { investmentPrinted: r.investmentPrinted } : {}),
      ...(r.period ? { period: r.period } : {}),
      cite,
    };
    let group = byList.get(r.list);
    if (!group) byList.set(r.list, (group = { list: r.list, name: m?.name ?? r.list, planName: m?.planName ?? '', rows: [] }));
    group.rows.push(row);
    if (row.conflict) conflict = true;
    if (r.investmentWan !== undefined || r.investmentPrinted) {
      investments.push(row);
      investmentWan += r.investmentWan ?? 0;
    }
    const at = placeOf(l.loc);
    if (!at) {
      unplaced++;
      continue;
    }
    let p = places.get(at.id);
    if (!p) places.set(at.id, (p = { ...at, ...(l.point ? { point: l.point } : {}), printedBy: [], borrowedBy: [] }));
    (l.loc.source === 'printed' ? p.printedBy : p.borrowedBy).push(cite);
  }
  const order = new Map(lists.map((l, i) => [l.id, i]));
  const rank = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  return {
    key,
    name: names[0]!,
    names,
    lists: [...byList.values()].sort((a, b) => rank(a.list) - rank(b.list)),
    places: [...places.values()],
    conflict,
    unplaced,
    investments,
    investmentWan,
  };
}

/** The counties an enterprise's places fall in, once each, in order: the card's "go to its district" buttons. */
export function cardCounties(card: EnterpriseCard): { code: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const p of card.places) if (!seen.has(p.countyCode)) seen.set(p.countyCode, p.county);
  return [...seen].map(([code, name]) => ({ code, name }));
}
