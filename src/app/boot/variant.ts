// What differs between the served build and the one-file map, in one place. Here, the served build: the two workers
// are files next to the page, started as module workers, and the one-file map is a file beside index.html. The
// one-file map (scripts/build/onefile.config.ts) swaps this module for variant.onefile.ts, which exports the same
// names, so nothing else knows which build it is in.
import { OneFileMissing } from './oneFileMissing.ts';
// maplibre-gl 6 is ESM-only and spawns its worker from a separate module; vite must emit it as its own asset.
import maplibreWorker from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';

/** The import worker reads .xlsx workbooks (exceljs is in it). */
export const readsXlsx = true;

/** The URL maplibre's setWorkerUrl is given (a promise: the one-file map inflates its worker first). */
export async function maplibreWorkerUrl(): Promise<string> {
  return maplibreWorker;
}

/** A new import worker (src/workers/import.worker.ts). */
export function startImportWorker(): Worker {
  return new Worker(new URL('../../workers/import.worker.ts', import.meta.url), { type: 'module' });
}

/** The one-file map is built next to index.html (npm run build); "导出离线地图" starts from it. */
export async function oneFilePage(): Promise<string | Blob> {
  let r: Response;
  try {
    r = await fetch(new URL('./mianyang-map.html', location.href));
  } catch {
    throw new OneFileMissing();
  }
  if (!r.ok) throw new OneFileMissing();
  // Bytes, not text: decoding the 4 MB page took 0.47 s of main thread (src/lib/handover/pageBlob.ts splits it).
  return r.blob();
}
