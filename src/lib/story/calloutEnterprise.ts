// A callout pinned to an enterprise points at the place its list rows put it: its park when the rows place it in one,
// else its county — the same place the map counts it in (the registry's answer, data/placed.json). Pure: it reads the
// located records the map counts, so the callout and the choropleth cannot disagree.
//
// An enterprise whose lists print two places (长虹 in 高新区 on one list and in 经开区 on another) gets ONE leader line,
// to the place most of its rows print, and the editor names the other places. One box with several lines would cross
// the map (the places can be counties apart), and a box per place repeats the same text; the reader learns where the
// enterprise mostly is, and the presenter, from the editor, that there is more.
import type { LocatedRecord } from '../aggregate/types.ts';
import type { Msg } from '../i18n/index.ts';
import { placeOf, type RowPlace } from '../view/placeOf.ts';

/** A place an enterprise's rows put it: a park (its id) or a county (its code). */
export interface EnterprisePlace extends RowPlace {
  /** Rows that print this place themselves, and all rows placed here (printed or borrowed). */
  printed: number;
  rows: number;
}

/** What a callout to an enterprise can point at. */
export interface EnterpriseTarget {
  key: string;
  /** The first spelling its rows print. */
  name: string;
  /** Most printed rows first, then most rows, then first met: `places[0]` is where the callout points. */
  places: EnterprisePlace[];
  /** Rows of it that could not be placed. */
  unplaced: number;
}

type Located = Pick<LocatedRecord, 'key' | 'loc'> & { record: Pick<LocatedRecord['record'], 'name' | 'list'> };

/** The enterprise with registry key `key` and its places, or undefined when no row has that key (any more). */
export function enterpriseTarget(located: readonly Located[], key: string): EnterpriseTarget | undefined {
  let name: string | undefined;
  let unplaced = 0;
  const places = new Map<string, EnterprisePlace & { first: number }>();
  for (const l of located) {
    if (l.key !== key) continue;
    name ??= l.record.name;
    const at = placeOf(l.loc);
    if (!at) {
      unplaced++;
      continue;
    }
    let p = places.get(at.id);
    if (!p) places.set(at.id, (p = { ...at, printed: 0, rows: 0, first: places.size }));
    p.rows++;
    if (l.loc.source === 'printed') p.printed++;
  }
  if (name === undefined) return undefined;
  const ordered = [...places.values()].sort((a, b) => b.printed - a.printed || b.rows - a.rows || a.first - b.first).map(({ first: _, ...p }) => p);
  return { key, name, places: ordered, unplaced };
}

/** An enterprise a callout may be pinned to, as the step editor offers it. */
export interface EnterpriseOption {
  key: string;
  name: string;
  /** Where a callout to it points (park short name or county), absent when none of its rows is placed. */
  unit?: string;
}

/**
 * The enterprises on the lists `lists` (ids), one per registry key, by name in Chinese collation (拼音 order): the
 * choices for a callout on a step showing those lists.
 */
export function selectionEnterprises(located: readonly Located[], lists: ReadonlySet<string>): EnterpriseOption[] {
  // One pass to group the rows by key: an imported list of 100,000 rows is not scanned once per enterprise.
  const byKey = new Map<string, Located[]>();
  for (const l of located) {
    if (!lists.has(l.record.list)) continue;
    const group = byKey.get(l.key);
    if (group) group.push(l);
    else byKey.set(l.key, [l]);
  }
  const collator = new Intl.Collator('zh');
  return [...byKey]
    .map(([key, rows]): EnterpriseOption => {
      const t = enterpriseTarget(rows, key)!;
      return { key, name: t.name, ...(t.places[0] ? { unit: t.places[0].unit } : {}) };
    })
    .sort((a, b) => collator.compare(a.name, b.name) || collator.compare(a.key, b.key));
}

/**
 * What the editor says beside a callout to enterprise `key`: that the data no longer knows it, that none of its rows
 * is placed (both: the callout is not drawn), or which of several places it points at; null for one plain place.
 */
export function enterpriseNote(target: EnterpriseTarget | undefined, key: string): Msg | null {
  if (!target) return { key: 'present.calloutGone', params: { name: key } };
  const [used, ...others] = target.places;
  if (!used) return { key: 'present.calloutUnplaced', params: { name: target.name } };
  if (others.length) return { key: 'present.calloutPlaces', params: { place: used.unit, others: others.map((p) => p.unit).join('、') } };
  return null;
}
