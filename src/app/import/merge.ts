// Seed data + imported lists → the AppData the whole app reads, so every view treats an imported list like a seed
// list. Placed records are cached per list object: a rename or a fix makes a new object and only that is redone.
// Each step that grows with the rows is a generator (src/lib/aggregate/slices.ts): run at once for small lists and
// tests, or in slices by the data store so a 1,000,000-row list never holds the main thread (issue 14).
import { toPlaced } from '../../lib/import/records.ts';
import type { ImportedList } from '../../lib/import/types.ts';
import type { ListId } from '../../lib/types.ts';
import { eachRow, runAll, runSliced, type Steps } from '../../lib/aggregate/slices.ts';
import { tallySteps } from '../../lib/aggregate/placement.ts';
import type { AppData, Placed } from '../data.ts';
import { projectSteps, totalsSteps } from '../overlays.ts';

const cache = new WeakMap<ImportedList, Placed[]>();

/**
 * Rows placed per task: each row makes a record and its location, all kept, so the young-generation collections in
 * a slice grow with it; 10,000 rows kept them in tens of ms on 1,000,000 rows.
 */
const PLACE_SLICE = 10_000;

function* placedSteps(list: ImportedList, seed: Pick<AppData, 'counties' | 'parks'>): Steps<Placed[]> {
  const hit = cache.get(list);
  if (hit) return hit;
  const out: Placed[] = [];
  for (let from = 0; from < list.rows.length; from += PLACE_SLICE) {
    for (const p of toPlaced(list, seed.counties, seed.parks, from, from + PLACE_SLICE)) out.push(p);
    if (from + PLACE_SLICE < list.rows.length) yield;
  }
  cache.set(list, out);
  return out;
}

/**
 * A list's placed records and what the map keeps per list (placement tally, projects and their per-place totals),
 * built ahead in slices so the flush that shows the list finds them made.
 */
export async function prepareList(list: ImportedList, seed: Pick<AppData, 'counties' | 'parks'>, pause: () => Promise<unknown>): Promise<void> {
  const placed = await runSliced(placedSteps(list, seed), pause);
  await runSliced(tallySteps(placed), pause);
  if (!list.meta.hasInvestment) return;
  const projects = await runSliced(projectSteps(placed, seed), pause);
  await runSliced(totalsSteps(projects.projects), pause);
}

function* mergeSteps(seed: AppData, imports: readonly ImportedList[]): Steps<AppData> {
  if (imports.length === 0) return seed;
  const placed: Placed[] = [...seed.placed];
  const records = [...seed.records];
  const byList = new Map<ListId, readonly Placed[]>(seed.byList);
  for (const l of imports) {
    const p = yield* placedSteps(l, seed);
    byList.set(l.meta.id, p);
    yield* eachRow(p.length, (i) => {
      placed.push(p[i]!);
      records.push(p[i]!.record);
    });
  }
  return { ...seed, lists: [...seed.lists, ...imports.map((l) => l.meta)], records, placed, byList };
}

export const mergeImports = (seed: AppData, imports: readonly ImportedList[]): AppData => runAll(mergeSteps(seed, imports));

export const mergeImportsSliced = (seed: AppData, imports: readonly ImportedList[], pause: () => Promise<unknown>): Promise<AppData> =>
  runSliced(mergeSteps(seed, imports), pause);
