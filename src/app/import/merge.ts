// Seed data + imported lists → the AppData the whole app reads, so every view treats an imported list like a seed
// list. Placed records are cached per list object: a fix makes a new object and only that is redone; a rename keeps
// the rows, and its records are the old ones re-titled.
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
/** The same cache by rows: a renamed list is a new object with its old rows (ImportedLists.svelte, rename). */
const byRows = new WeakMap<ImportedList['rows'], { list: ImportedList; placed: Placed[] }>();

/** Everything toRecord reads from a list, except its name: equal means its records differ only in planTitle. */
const sameButName = (a: ImportedList, b: ImportedList): boolean =>
  a.rows === b.rows &&
  a.mapping === b.mapping &&
  a.headers === b.headers &&
  a.fileName === b.fileName &&
  a.meta.id === b.meta.id &&
  a.meta.plan === b.meta.plan &&
  a.meta.table === b.meta.table &&
  a.meta.tableTitle === b.meta.tableTitle &&
  a.meta.kind === b.meta.kind;

/**
 * Rows placed per task: each row makes a record and its location, all kept, so the young-generation collections in
 * a slice grow with it; 10,000 rows kept them in tens of ms on 1,000,000 rows.
 */
const PLACE_SLICE = 10_000;

function* placedSteps(list: ImportedList, seed: Pick<AppData, 'counties' | 'parks'>): Steps<Placed[]> {
  const hit = cache.get(list);
  if (hit) return hit;
  const prev = byRows.get(list.rows);
  if (prev && sameButName(prev.list, list)) {
    // A rename: the old list's records are re-titled in place rather than made again. Making 1,000,000 records anew
    // (two objects a row) filled the heap, and the collections that followed were the page's longest tasks (~300 ms,
    // bigexport.renameLongestTaskMs in npm run bench). The old list object is being replaced and nothing counts by
    // planTitle (count.ts interns list, area and key), so editing this one field of its records is safe.
    for (let from = 0; from < prev.placed.length; from += RETITLE_SLICE) {
      const to = Math.min(from + RETITLE_SLICE, prev.placed.length);
      for (let i = from; i < to; i++) prev.placed[i]!.record.planTitle = list.meta.name;
      if (to < prev.placed.length) yield;
    }
    return remember(list, prev.placed);
  }
  const out: Placed[] = [];
  for (let from = 0; from < list.rows.length; from += PLACE_SLICE) {
    for (const p of toPlaced(list, seed.counties, seed.parks, from, from + PLACE_SLICE)) out.push(p);
    if (from + PLACE_SLICE < list.rows.length) yield;
  }
  return remember(list, out);
}

/** Rows re-titled per task on a rename: one field each, no allocation. */
const RETITLE_SLICE = 200_000;

function remember(list: ImportedList, placed: Placed[]): Placed[] {
  cache.set(list, placed);
  byRows.set(list.rows, { list, placed });
  return placed;
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
