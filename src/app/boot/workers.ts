// Where the app's two workers come from in the served build: files next to the page, started as module workers.
// The one-file map (scripts/build/onefile.config.ts) swaps this module for workers.onefile.ts, whose workers are
// inlined; both export the same two functions, so nothing else knows which build it is in.
// maplibre-gl 6 is ESM-only and spawns its worker from a separate module; vite must emit it as its own asset.
import maplibreWorker from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';

/** The import worker reads .xlsx workbooks (exceljs is in it). */
export const readsXlsx = true;

/** The URL maplibre's setWorkerUrl is given. */
export function maplibreWorkerUrl(): string {
  return maplibreWorker;
}

/** A new import worker (src/workers/import.worker.ts). */
export function startImportWorker(): Worker {
  return new Worker(new URL('../../workers/import.worker.ts', import.meta.url), { type: 'module' });
}
