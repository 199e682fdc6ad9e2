// The Content-Security-Policy of the built app: as strict as the app allows, measured (tests/e2e/csp.test.ts runs the
// app under it and fails on any violation). The same text goes into the built index.html as a <meta> and into the
// README as the header for servers (a header can also carry frame-ancestors, which a <meta> cannot).
//
// - script-src 'self': no inline script, no eval (maplibre, deck.gl and zod/mini need neither).
// - worker-src 'self' blob:: the import worker and maplibre's worker are files; blob: is for a build that inlines
//   its workers (a page opened from file:// can only start a classic worker from a blob: URL).
// - style-src 'self': every style is in the built CSS; Svelte's style: directives and maplibre set element.style
//   through the CSSOM, which CSP does not restrict, while style="" attributes and <style> elements are blocked.
// - img-src data: blob:: the printed map is a data: URL of the captured canvas.
// - connect-src 'self' data:: the data files are fetched; a build that inlines them reads data: URLs.
// - object-src 'none', base-uri 'none', form-action 'none': nothing of the kind is used.
export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'worker-src': "'self' blob:",
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'font-src': "'self' data:",
  'connect-src': "'self' data:",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
};

export const CSP = Object.entries(CSP_DIRECTIVES)
  .map(([k, v]) => `${k} ${v}`)
  .join('; ');

/**
 * The policy of the one-file map (dist/mianyang-map.html, scripts/build/onefile.config.ts). Its script and styles are
 * inline, so they are allowed by their hashes rather than by 'self' (a file:// page's origin is 'null'), and nothing
 * else may run. Its workers start from blob: URLs; its data are data: URLs; no request leaves the file.
 */
export function oneFileCsp(scriptHashes: readonly string[], styleHashes: readonly string[]): string {
  const directives: Record<string, string> = {
    ...CSP_DIRECTIVES,
    'default-src': "'none'",
    'script-src': scriptHashes.join(' ') || "'none'",
    'worker-src': 'blob:',
    'style-src': styleHashes.join(' ') || "'none'",
    'img-src': 'data: blob:',
    'font-src': 'data:',
    'connect-src': 'data: blob:',
  };
  return Object.entries(directives)
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');
}
