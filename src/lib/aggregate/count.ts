// countByArea on typed arrays. The located rows change rarely (on import) while the list selection changes on
// every click, so the rows are interned once into integer columns (cached per array in a WeakMap) and each
// recount is a tight loop with no string hashing: ~20 ms for 100k rows became ~1 ms (src/lib/aggregate/bench.ts).
import type { ListId } from '../types.ts';
import type { ResolvedLocation } from '../registry/index.ts';
import { UNPLACED, type By, type LocatedRecord } from './types.ts';

// An area's count is two numbers. It once carried the names of its enterprises too, which nothing read: for a
// 1,000,000-row list that was a million pushes on every recount, in the one flush that shows the list (issue 14).
export interface AreaCount {
  count: number;
  investmentWan?: number;
}

export interface CountOptions {
  lists: ReadonlySet<ListId> | readonly ListId[];
  by: By;
  /** Count an enterprise (registry key) once per area across the chosen lists, instead of once per designation. */
  distinct: boolean;
}

/**
 * Area id = county code; with by 'unit', a park's id (or its short name when the gazetteer has no id) for
 * records placed at a park. Unplaced records go to 未定位.
 */
export function areaIdOf(loc: ResolvedLocation, by: By): string {
  if (loc.countyCode === undefined) return UNPLACED;
  if (by === 'unit' && loc.kind === 'park') return loc.parkId ?? loc.unit ?? loc.countyCode;
  return loc.countyCode;
}

interface Interned {
  listIds: Map<ListId, number>;
  areaNames: string[];
  list: Int32Array;
  area: { county: Int32Array; unit: Int32Array };
  key: Int32Array;
  keyCount: number;
  /** NaN = investment unknown. */
  investment: Float64Array;
  /** The row objects interned, to notice an array edited in place (a pointer compare per row, ~0.1 ms). */
  rows: LocatedRecord[];
}

const cache = new WeakMap<readonly LocatedRecord[], Interned>();

function intern(located: readonly LocatedRecord[]): Interned {
  const hit = cache.get(located);
  if (hit && sameRows(hit.rows, located)) return hit;
  const b = interner(located);
  b.fill(0, located.length);
  return b.finish();
}

/**
 * The interning of countByArea done ahead, slice rows at a time with `pause` awaited between slices, so the first
 * count of a 1,000,000-row array (~2–3 s in one go) never holds the main thread: the page calls it before the array
 * reaches the map. Same result as countByArea's own interning (same helper), cached the same way.
 */
export async function prepareCounts(located: readonly LocatedRecord[], pause: () => Promise<unknown>, slice = 50_000): Promise<void> {
  const hit = cache.get(located);
  if (hit && sameRows(hit.rows, located)) return;
  const b = interner(located);
  for (let from = 0; from < located.length; from += slice) {
    b.fill(from, Math.min(from + slice, located.length));
    await pause();
  }
  b.finish();
}

/** Interns located[from, to) into the columns, in any slices as long as they are filled in order. */
function interner(located: readonly LocatedRecord[]): { fill: (from: number, to: number) => void; finish: () => Interned } {
  const n = located.length;
  const listIds = new Map<ListId, number>();
  const areaIds = new Map<string, number>();
  const keyIds = new Map<string, number>();
  const out: Interned = {
    listIds,
    areaNames: [],
    list: new Int32Array(n),
    area: { county: new Int32Array(n), unit: new Int32Array(n) },
    key: new Int32Array(n),
    keyCount: 0,
    investment: new Float64Array(n),
    rows: [...located],
  };
  const idOf = <K>(m: Map<K, number>, k: K, onNew?: () => void): number => {
    let v = m.get(k);
    if (v === undefined) (m.set(k, (v = m.size)), onNew?.());
    return v;
  };
  return {
    fill(from, to) {
      for (let i = from; i < to; i++) {
        const { record, key, loc } = located[i]!;
        out.list[i] = idOf(listIds, record.list);
        const county = areaIdOf(loc, 'county');
        const unit = areaIdOf(loc, 'unit');
        out.area.county[i] = idOf(areaIds, county, () => out.areaNames.push(county));
        out.area.unit[i] = idOf(areaIds, unit, () => out.areaNames.push(unit));
        out.key[i] = idOf(keyIds, key);
        out.investment[i] = record.investmentWan ?? NaN;
      }
    },
    finish() {
      out.keyCount = keyIds.size;
      cache.set(located, out);
      return out;
    },
  };
}

function sameRows(a: readonly LocatedRecord[], b: readonly LocatedRecord[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Rows are treated as immutable values: replace a row object rather than editing its fields.
 * Investment is summed over every record even when distinct, because each designation is its own project.
 * Areas appear in the map in order of first counted record.
 */
export function countByArea(located: readonly LocatedRecord[], opts: CountOptions): Map<string, AreaCount> {
  const ix = intern(located);
  const selected = new Uint8Array(ix.listIds.size);
  for (const l of opts.lists) {
    const id = ix.listIds.get(l);
    if (id !== undefined) selected[id] = 1;
  }
  const areaOf = opts.by === 'county' ? ix.area.county : ix.area.unit;
  const nAreas = ix.areaNames.length;
  const count = new Float64Array(nAreas);
  const invest = new Float64Array(nAreas);
  const hasInvest = new Uint8Array(nAreas);
  const seen = new Uint8Array(nAreas);
  const order: number[] = [];
  // Most enterprises sit in one area: remember that area per key (+1, 0 = unseen) and fall back to a Set only
  // for the few keys counted in a second area. Per designation, no key is looked at.
  const firstArea = opts.distinct ? new Int32Array(ix.keyCount) : null;
  const more = new Set<number>();
  const { list, key, investment } = ix;
  for (let i = 0; i < list.length; i++) {
    if (!selected[list[i]!]) continue;
    const a = areaOf[i]!;
    if (!seen[a]) ((seen[a] = 1), order.push(a));
    if (firstArea === null) count[a]!++;
    else {
      const k = key[i]!;
      const fa = firstArea[k]!;
      if (fa === 0) ((firstArea[k] = a + 1), count[a]!++);
      else if (fa !== a + 1) {
        const pair = k * nAreas + a;
        if (!more.has(pair)) (more.add(pair), count[a]!++);
      }
    }
    const v = investment[i]!;
    if (v === v) ((invest[a]! += v), (hasInvest[a] = 1));
  }
  const out = new Map<string, AreaCount>();
  for (const a of order) out.set(ix.areaNames[a]!, { count: count[a]!, ...(hasInvest[a] ? { investmentWan: invest[a]! } : {}) });
  return out;
}
