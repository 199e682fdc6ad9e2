// Seed data + imported lists → the AppData the whole app reads, so every view treats an imported list like a seed
// list. Placed records are cached per list object: a rename or a fix makes a new object and only that is redone.
import { toPlaced } from '../../lib/import/records.ts';
import type { ImportedList } from '../../lib/import/types.ts';
import type { AppData, Placed } from '../data.ts';

const cache = new WeakMap<ImportedList, Placed[]>();

/** Placed records of a big list built in slices with a yield between them, so the page keeps drawing frames. */
export async function preparePlaced(list: ImportedList, seed: Pick<AppData, 'counties' | 'parks'>, slice = 10_000): Promise<void> {
  if (cache.has(list)) return;
  const out: Placed[] = [];
  for (let from = 0; from < list.rows.length; from += slice) {
    for (const p of toPlaced(list, seed.counties, seed.parks, from, from + slice)) out.push(p);
    await new Promise((r) => setTimeout(r, 0));
  }
  cache.set(list, out);
}

export function mergeImports(seed: AppData, imports: readonly ImportedList[]): AppData {
  if (imports.length === 0) return seed;
  const placed: Placed[] = [...seed.placed];
  const records = [...seed.records];
  for (const l of imports) {
    let p = cache.get(l);
    if (!p) cache.set(l, (p = toPlaced(l, seed.counties, seed.parks)));
    for (const x of p) {
      placed.push(x);
      records.push(x.record);
    }
  }
  return { ...seed, lists: [...seed.lists, ...imports.map((l) => l.meta)], records, placed };
}
