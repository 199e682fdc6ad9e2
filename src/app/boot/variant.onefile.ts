// The one-file map's side of src/app/boot/variant.ts: its workers, and its own page for "导出离线地图".
// The one-file map (dist/mianyang-map.html) runs from a file:// page. There the page's origin
// is 'null' and Chromium refuses a *module* worker from a blob: URL (an error event, no message), while a *classic*
// worker from a blob: URL runs and may use IndexedDB (../shared/FACTS.md, measured). So both workers are bundled as
// classic scripts and started from blobs. Both are bundled at build time as one classic (IIFE) script each, gzipped and
// in base64 (scripts/build/onefile.config.ts): the import worker so is 117 KB of the page instead of 250 KB.
import maplibreWorkerGzip from 'virtual:maplibre-worker-classic';
import importWorkerGzip from 'virtual:import-worker-classic';
import { DeferredWorker } from './deferredWorker.ts';

/** A blob: URL of a classic script inflated from gzip in base64. */
async function inflatedUrl(gzBase64: string): Promise<string> {
  const gz = Uint8Array.from(atob(gzBase64), (c) => c.charCodeAt(0));
  const source = await new Response(new Blob([gz]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
  return URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
}

/**
 * The one-file map reads CSV, TSV and JSON but not .xlsx: exceljs and its zip reader are about 1 MB of the worker, and
 * without them the file keeps to its 4 MB budget (npm run bench, oneFile.bytes). A workbook gets a message saying to
 * save it as CSV or to use the full app (the import panel checks before reading; scripts/build/noExcel.ts stands in
 * for exceljs in the worker, should a workbook ever reach it).
 */
export const readsXlsx = false;

/**
 * A blob: URL of maplibre's worker, inflated from the gzipped source the build put in the page. maplibre starts a URL
 * ending in ".cjs" as a classic worker; a fragment does not change what a blob: URL names, so "#maplibre-worker.cjs"
 * only tells maplibre which kind to start. Without it, maplibre's own fallback for a 'null' origin re-encodes the
 * worker as a data: URL on every start, which made the first map about 1.2 s slower (FACTS.md).
 */
export async function maplibreWorkerUrl(): Promise<string> {
  return `${await inflatedUrl(maplibreWorkerGzip)}#maplibre-worker.cjs`;
}

/** Inflated once, when the first import starts (not at start-up: most viewers never import). */
let importWorkerUrl: Promise<string> | undefined;

/** The import worker at once; its script follows when inflated, and what is posted meanwhile waits (deferredWorker.ts). */
export function startImportWorker(): Worker {
  importWorkerUrl ??= inflatedUrl(importWorkerGzip);
  return new DeferredWorker(importWorkerUrl, (url) => new Worker(url)) as unknown as Worker;
}

/**
 * The page as it arrived, kept before the app changes it: a file:// page cannot fetch its own file (origin 'null',
 * FACTS.md), and an export from inside the one-file map starts from this. The module scripts run after the document
 * has been parsed, so the whole page is here, and the app has not yet mounted into it.
 */
const PAGE = `<!DOCTYPE html>\n${document.documentElement.outerHTML}`;

export async function oneFilePage(): Promise<string | Blob> {
  return PAGE;
}
