// Browser-platform adapter shared by the app and the import worker (IndexedDB exists in both, not in Node), so
// neither reaches into the other: src/lib stays pure and src/workers depends on src/lib and this folder only.
// IndexedDB persistence of imported lists and remembered fixes (idb), so both survive a reload. Every call fails
// soft: private-mode browsers without IndexedDB still import, they just forget on reload (and say so).
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Fix, Fixes, ImportedList } from '../lib/import/types.ts';
import { upgradeStored } from '../lib/import/fix.ts';

interface ImportDB extends DBSchema {
  lists: { key: string; value: ImportedList };
  fixes: { key: string; value: Fix };
}

const DB_NAME = 'mianyang-policy-map';
let db: Promise<IDBPDatabase<ImportDB>> | undefined;

function open(): Promise<IDBPDatabase<ImportDB>> {
  db ??= openDB<ImportDB>(DB_NAME, 1, {
    upgrade(d) {
      d.createObjectStore('lists');
      d.createObjectStore('fixes');
    },
  });
  return db;
}

export async function loadLists(): Promise<ImportedList[]> {
  const d = await open();
  const all = await d.getAll('lists');
  return all.map(upgradeStored).sort((a, b) => (a.importedAt < b.importedAt ? -1 : a.importedAt > b.importedAt ? 1 : 0));
}

/** The list must be plain data (from the worker or $state.raw), never a $state proxy: proxies cannot be cloned. */
export async function saveList(list: ImportedList): Promise<void> {
  await (await open()).put('lists', list, list.meta.id);
}

export async function deleteList(id: string): Promise<void> {
  await (await open()).delete('lists', id);
}

export async function loadFixes(): Promise<Fixes> {
  const d = await open();
  const tx = d.transaction('fixes');
  const out: Fixes = {};
  for (let c = await tx.store.openCursor(); c; c = await c.continue()) out[c.key] = c.value;
  return out;
}

export async function saveFix(text: string, fix: Fix): Promise<void> {
  await (await open()).put('fixes', { ...fix }, text);
}

/** Forget everything imported and every fix. */
export async function clearAll(): Promise<void> {
  const d = await open();
  await Promise.all([d.clear('lists'), d.clear('fixes')]);
}
