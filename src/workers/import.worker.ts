// Parsing and geocoding of a user's file off the main thread: the page stays responsive on 100,000 rows.
// The table stays here between "read" and "import" so the bytes cross the boundary once (transferred).
import { geocode } from '../lib/geocode/index.ts';
import { memoGeocoder } from '../lib/geocode-table.ts';
import { readTable, type Table } from '../lib/read/index.ts';
import { countRows, finishImport, importRows, withFixes } from '../lib/import/build.ts';
import { guessMapping } from '../lib/import/mapping.ts';
import { errorMessage, type FromWorker, type ToWorker } from '../lib/import/protocol.ts';
import type { ImportedList, ImportRow } from '../lib/import/types.ts';
import { saveList } from '../platform/importStore.ts';
import { exportParts, type ExportParts } from '../lib/import/export.ts';
import { loadLang, translator } from '../lib/i18n/index.ts';

const CHUNK = 2000;
let table: Table | undefined;
let fileName = '';
let cancelled = false;
/**
 * The export under way. Each chunk's text goes straight into a Blob of its own: the file lives in blob storage, not
 * as 1,000,000 rows of JS strings (a GeoJSON of that size is ~0.5 GB of UTF-8, twice that as UTF-16 strings).
 */
let exporting: { parts: ExportParts; out: Blob[]; done: number; total: number } | undefined;
/** The list being stored (saveStart), its rows gathered from the exportRows chunks. */
let saving: { list: ImportedList; total: number } | undefined;

const post = (m: FromWorker) => postMessage(m);
// A macrotask between chunks lets a "cancel" message in.
const yieldToEvents = () => new Promise<void>((r) => setTimeout(r, 0));

async function run(msg: ToWorker): Promise<void> {
  if (msg.type === 'cancel') {
    cancelled = true;
    return;
  }
  if (msg.type === 'read') {
    table = undefined;
    fileName = msg.fileName;
    const t = await readTable(new Uint8Array(msg.bytes), msg.fileName, msg.sheet !== undefined ? { sheet: msg.sheet } : {});
    table = t;
    post({
      type: 'table',
      summary: {
        fileName,
        format: t.format,
        encoding: t.encoding,
        ...(t.delimiter !== undefined ? { delimiter: t.delimiter } : {}),
        ...(t.sheet !== undefined ? { sheet: t.sheet } : {}),
        ...(t.sheetNames ? { sheetNames: t.sheetNames } : {}),
        headers: t.headers,
        preview: t.rows.slice(0, 8),
        rowCount: t.rows.length,
        skippedTitleRows: t.skippedTitleRows,
        titleRows: t.titleRows,
        trailingBlankRows: t.trailingBlankRows,
        guess: guessMapping(t.headers),
      },
    });
    return;
  }
  if (msg.type === 'exportStart') {
    exporting = undefined;
    saving = undefined;
    // The app's own words in the file (problems, fix notes) are in the UI's language; English is loaded on first use.
    await loadLang(msg.lang);
    const parts = exportParts(msg.format, msg.list, msg.counties, msg.parks, translator(msg.lang));
    exporting = { parts, out: [new Blob([parts.head])], done: 0, total: msg.total };
    post({ type: 'exportProgress', done: 0, total: msg.total });
    return;
  }
  if (msg.type === 'saveStart') {
    exporting = undefined;
    saving = { list: { ...msg.list, rows: [] }, total: msg.total };
    post({ type: 'exportProgress', done: 0, total: msg.total });
    return;
  }
  if (msg.type === 'exportRows' && saving) {
    const sv = saving;
    for (const r of msg.rows) sv.list.rows.push(r);
    post({ type: 'exportProgress', done: sv.list.rows.length, total: sv.total });
    if (!msg.last) return;
    saving = undefined;
    const error = await saveList(sv.list).then(
      () => undefined,
      (e: unknown) => (e instanceof Error ? e.message : String(e)),
    );
    post({ type: 'saved', ...(error !== undefined ? { error } : {}) });
    return;
  }
  if (msg.type === 'exportRows') {
    const e = exporting;
    if (!e) throw new Error('no export has been started');
    e.out.push(new Blob([e.parts.rows(msg.rows, e.done === 0)]));
    e.done += msg.rows.length;
    post({ type: 'exportProgress', done: e.done, total: e.total });
    if (!msg.last) return;
    e.out.push(new Blob([e.parts.tail]));
    exporting = undefined;
    post({ type: 'exported', blob: new Blob(e.out, { type: e.parts.mime }) });
    return;
  }
  if (!table) throw new Error('no file has been read');
  cancelled = false;
  const t = table;
  const g = withFixes(memoGeocoder(geocode), msg.fixes);
  const rows: ImportRow[] = [];
  for (let from = 0; from < t.rows.length; from += CHUNK) {
    const chunk = importRows(t, msg.mapping, g, from, from + CHUNK);
    for (const r of chunk) rows.push(r);
    post({ type: 'progress', done: rows.length, total: t.rows.length, counts: countRows(rows), rows: chunk });
    await yieldToEvents();
    if (cancelled) {
      post({ type: 'cancelled' });
      return;
    }
  }
  const list = finishImport(t, msg.mapping, rows, msg.info);
  // Stored from here: cloning 100,000 rows into IndexedDB takes ~0.5 s that the page would otherwise freeze for.
  let saveError: string | undefined;
  if (msg.store) await saveList(list).catch((e: unknown) => (saveError = e instanceof Error ? e.message : String(e)));
  post({ type: 'done', list: { ...list, rows: [] }, ...(saveError !== undefined ? { saveError } : {}) });
}

onmessage = (e: MessageEvent<ToWorker>) => {
  run(e.data).catch((err: unknown) => post({ type: 'error', message: errorMessage(err) }));
};
