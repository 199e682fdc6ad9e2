// Modules that exist only in the one-file build (scripts/build/onefile.config.ts makes them).
declare module 'virtual:maplibre-worker-classic' {
  /** maplibre-gl's worker bundled as one classic (IIFE) script, gzip-compressed, in base64. */
  const source: string;
  export default source;
}
declare module 'virtual:import-worker-classic' {
  /** src/workers/import.worker.ts bundled as one classic (IIFE) script, without exceljs, gzip-compressed, in base64. */
  const source: string;
  export default source;
}
