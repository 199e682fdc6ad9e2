// The data the map shows: the bundled policy lists (seed) and the user's imported lists, merged into one AppData.
// The one source of `data`; imported lists are kept in IndexedDB (src/platform/importStore.ts).
import { loadData, type AppData } from '../data.ts';
import type { ImportedList } from '../../lib/import/types.ts';
import type { Msg } from '../../lib/i18n/index.ts';
import { notices } from './notices.svelte.ts';
import { areaById } from '../../lib/view/areaById.ts';
import { prepareCounts } from '../../lib/aggregate/index.ts';
import { SLICE } from '../../lib/aggregate/slices.ts';

/** A macrotask boundary: the browser may draw a frame and handle input between two slices of work. */
const nextTask = () => new Promise<void>((r) => setTimeout(r, 0));

/**
 * Merging imported lists (src/app/import/merge.ts, which places their records through the registry's name key) loads
 * with the first imported list, not with the first map: the bundled lists arrive placed (data/placed.json).
 */
let merge: typeof import('../import/merge.ts') | undefined;
const loadMerge = async () => (merge ??= await import('../import/merge.ts'));

/** IndexedDB and its wrapper load with the stored lists, not with the first map. */
const readStoredLists = async () => (await import('../../platform/importStore.ts')).loadLists();

export class DataState {
  /** The bundled lists alone; `data` = these plus the user's imported lists (see setImports). */
  seed = $state.raw<AppData | null>(null);
  imports = $state.raw<ImportedList[]>([]);
  data = $state.raw<AppData | null>(null);
  loading = $state(true);
  /**
   * True once the lists kept in this browser have been read (or could not be): until then a link that names an
   * imported list cannot be told apart from one naming a list that is gone.
   */
  storedLoaded = $state(false);
  /**
   * Changes to the imported lists under way (an import being geocoded, a list being merged in slices): what the map
   * shows is about to change, so a hand-over export waits until this is 0 (src/app/export/OfflineMapExport.svelte).
   */
  pending = $state(0);
  /** Why the stored lists could not be read (no IndexedDB in a private window, say); shown by the import panel. */
  storeProblem = $state.raw<Msg | null>(null);

  async load(): Promise<void> {
    try {
      const seed = await loadData();
      this.seed = seed;
      this.data = this.imports.length ? (await loadMerge()).mergeImports(seed, this.imports) : seed;
    } catch (e) {
      notices.fail({ key: 'map.err.data', params: { error: e instanceof Error ? e.message : String(e) } });
    } finally {
      this.loading = false;
    }
  }

  /** Reads the lists kept in this browser and joins them to the data (after load). Never throws. */
  async loadStored(read: () => Promise<ImportedList[]> = readStoredLists): Promise<void> {
    try {
      const lists = await read();
      // Lists imported while the store was opening are kept too.
      const ids = new Set(lists.map((l) => l.meta.id));
      await this.changeImports(() => [...lists, ...this.imports.filter((l) => !ids.has(l.meta.id))]);
    } catch (e) {
      this.storeProblem = { key: 'import.notice.noStore', params: { error: e instanceof Error ? e.message : String(e) } };
    } finally {
      this.storedLoaded = true;
    }
  }

  /**
   * Replace the imported lists (after an import, rename, fix or removal; the stored lists at start-up), with the
   * work that grows with the rows done first in slices, a task each (issue 14: no task over 200 ms): each new list's
   * records placed with its tally, projects and totals (prepareList), the lists merged, and the count columns
   * interned (prepareCounts). Done in the one flush that sets `data`, that work was a 2 s task for 1,000,000 rows.
   * next: the lists to set, asked for again after the slices so a change made meanwhile (a removal) is not undone.
   */
  async changeImports(next: () => ImportedList[]): Promise<void> {
    return this.track(() => this.change(next));
  }

  /** Counts `work` in `pending` while it runs. */
  async track<T>(work: () => Promise<T>): Promise<T> {
    this.pending++;
    try {
      return await work();
    } finally {
      this.pending--;
    }
  }

  private async change(next: () => ImportedList[]): Promise<void> {
    const seed = this.seed;
    if (!seed) return this.setImports(next());
    const { mergeImportsSliced, prepareList } = await loadMerge();
    for (const l of next()) await prepareList(l, seed, nextTask);
    const lists = next();
    const data = await mergeImportsSliced(seed, lists, nextTask);
    await prepareCounts(data.placed, nextTask, SLICE);
    const now = next();
    if (now.length === lists.length && now.every((l, i) => l === lists[i])) {
      this.imports = now;
      this.data = data;
    } else await this.change(() => now); // changed meanwhile (a removal, a rename): set what is current
  }

  /**
   * Replace the imported lists at once, in one task (small lists, tests; the page uses changeImports). `data` follows
   * at once when the merge is loaded, which it is once any list has been added (changeImports); otherwise as soon as
   * it has loaded, unless the lists changed again meanwhile.
   */
  setImports(lists: ImportedList[]): void {
    this.imports = lists;
    const seed = this.seed;
    if (!seed) return;
    if (lists.length === 0) this.data = seed;
    else if (merge) this.data = merge.mergeImports(seed, lists);
    else
      void loadMerge().then((m) => {
        if (this.imports === lists && this.seed === seed) this.data = m.mergeImports(seed, lists);
      });
  }

  /** Does this selection key's list or plan exist in the data (seed or imported)? */
  knows(sel: { kind: 'all' } | { kind: 'plan'; plan: string } | { kind: 'list'; list: string }): boolean {
    const d = this.data;
    if (!d || sel.kind === 'all') return true;
    return sel.kind === 'plan' ? d.lists.some((l) => l.plan === sel.plan) : d.lists.some((l) => l.id === sel.list);
  }

  /** Is this id a county code or a park id? (Everything is, before the data has loaded.) */
  isArea(id: string): boolean {
    const d = this.data;
    return !d || areaById(id, d) !== undefined;
  }
}

export const dataState = new DataState();
