// Investment per place: when a selection has more projects than the bubble layout can draw one by one, the map
// draws one bubble per place (park or county point) sized by the sum of its projects. A cartographer's answer to
// 5,000 projects: thousands of overlapping circles say nothing, twelve totals say where the money goes.
import { eachRow, runAll, type Steps } from '../../aggregate/slices.ts';

/**
 * Above this many projects with an amount the map draws one bubble per place instead of one per project: on a
 * crowded point every new bubble walks a longer spiral (bubbles.ts), so 1,000 projects on five to eight points take
 * ~0.1–0.4 s to lay out, 5,000 ~1.5–3 s, 100,000 would freeze the page; and past a thousand circles overlap anyway.
 */
export const MAX_PROJECT_BUBBLES = 1000;

export interface TotalInput {
  id: string;
  /** The place the project is drawn at, as named to the reader (park or county); one key = one bubble. */
  place: string;
  /** [lon, lat] of the place. */
  anchor: [number, number];
  investmentWan?: number;
  /** Where the row is printed (the imported file's name, or the document): a total says what it adds up. */
  source: string;
}

export interface PlaceTotal<T extends TotalInput = TotalInput> {
  /** `total:` + place: the same place keeps its id whatever the input order or the other places. */
  id: string;
  place: string;
  anchor: [number, number];
  /** Sum of the members' amounts, 万元. */
  investmentWan: number;
  /** Projects summed (members with a usable amount). */
  count: number;
  /** Rows per source, most rows first (then by name), summing to `count`. */
  sources: { source: string; rows: number }[];
  /** The projects summed, in input order (the same objects, not copies). */
  items: T[];
}

export interface Totals<T extends TotalInput> {
  /** Ordered by id. */
  totals: PlaceTotal<T>[];
  /** Items left out because their amount is missing, zero, negative or not a number. */
  skipped: number;
}

const usable = (wan: number | undefined): wan is number => wan !== undefined && Number.isFinite(wan) && wan > 0;

/**
 * One total per place. The anchor is the first member's: every project of a place sits on the place's one point,
 * so any member's anchor is the place's. Does not mutate its input.
 */
export const aggregateBubbles = <T extends TotalInput>(items: readonly T[]): Totals<T> => runAll(aggregateSteps(items));

/** aggregateBubbles as steps (src/lib/aggregate/slices.ts): a 1,000,000-row list's totals took ~100–200 ms in one task. */
export function* aggregateSteps<T extends TotalInput>(items: readonly T[]): Steps<Totals<T>> {
  const byPlace = new Map<string, { total: PlaceTotal<T>; comp: number; sources: Map<string, number> }>();
  let skipped = 0;
  yield* eachRow(items.length, (i) => {
    const item = items[i]!;
    const wan = item.investmentWan;
    if (!usable(wan)) {
      skipped++;
      return;
    }
    let g = byPlace.get(item.place);
    if (!g) {
      const total: PlaceTotal<T> = {
        id: `total:${item.place}`,
        place: item.place,
        anchor: [item.anchor[0], item.anchor[1]],
        investmentWan: 0,
        count: 0,
        sources: [],
        items: [],
      };
      byPlace.set(item.place, (g = { total, comp: 0, sources: new Map() }));
    }
    // Neumaier's compensated sum: thousands of amounts like 2.5 or 0.1 万元 add up to the printed total, not to
    // 1249.9999999998, whatever their order.
    const s = g.total.investmentWan;
    const next = s + wan;
    g.comp += Math.abs(s) >= Math.abs(wan) ? s - next + wan : wan - next + s;
    g.total.investmentWan = next;
    g.total.count++;
    g.total.items.push(item);
    g.sources.set(item.source, (g.sources.get(item.source) ?? 0) + 1);
  });
  const totals = [...byPlace.values()].map(({ total, comp, sources }) => ({
    ...total,
    investmentWan: total.investmentWan + comp,
    sources: [...sources].map(([source, rows]) => ({ source, rows })).sort((a, b) => b.rows - a.rows || cmp(a.source, b.source)),
  }));
  totals.sort((a, b) => cmp(a.id, b.id));
  return { totals, skipped };
}

// Code-unit order, not localeCompare: ids must sort the same in Node, every browser and the worker.
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
