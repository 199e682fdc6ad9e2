// The one-file map: `npm run build` runs this config after the normal build and writes dist/mianyang-map.html, the
// whole app (script, styles, boundaries, data, both workers) in one HTML file that opens by double-click from a
// file:// URL with no network. For a presenter on a borrowed laptop, or a map sent by e-mail or on a USB stick.
//
// vite-plugin-singlefile (2.3.4, maintained, declares vite ^8 as a peer) does the inlining: it turns code splitting
// off, inlines the assets as data: URLs (fetch reads them) and the chunks into the page. What it cannot do, this
// config does (measured on these machines, ../shared/FACTS.md "One self-contained HTML file"):
// - Workers. From file:// the page's origin is 'null', and only a *classic* worker from a blob: URL both runs and may
//   use IndexedDB. The app's worker module (src/app/boot/variant.ts) is swapped for variant.onefile.ts. Both workers
//   (the import worker and maplibre's) are bundled here as one classic script each, gzipped, and handed over as text
//   (classicWorkerGzip). Vite's own `?worker&inline` (plugin issue #100: a plain `?worker` is not inlined) did the
//   import worker until it was 250 KB of escaped script in the page; gzipped it is 117 KB.
// - The page's Content-Security-Policy. Everything is inline, so 'self' means nothing; the policy names the page's
//   own script and style by their SHA-256 instead (scripts/build/csp.ts, oneFileCsp), so an injected script still
//   does not run.
// - The file name. The plugin writes index.html; this build writes to a scratch folder, checks that nothing was
//   left outside the page (a leftover file would mean the page needs it), and moves the page to its name.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { build, defineConfig, type InlineConfig, type Plugin, type PluginOption } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import base from '../../vite.config.ts';
import { oneFileCsp } from './csp.ts';
import { compactJsonDataUrls } from './compactJson.ts';

const ROOT = resolve(import.meta.dirname, '../..');
export const ONE_FILE_NAME = 'mianyang-map.html';

/**
 * A worker's entry rebundled as one classic (IIFE) script and exported gzipped, as a base64 string: a virtual module
 * `id`. Gzipped and in base64, a script as a string literal shrinks to under half (maplibre's worker 520 → ~190 KB,
 * the import worker 250 → 117 KB), which keeps the file within its 4 MB budget with room to grow; the page inflates it
 * with DecompressionStream (src/app/boot/variant.onefile.ts). Dynamic imports in the worker are inlined (one script).
 */
function classicWorkerGzip(id: string, entry: () => string, alias: { find: RegExp; replacement: string }[] = []): Plugin {
  return {
    name: `classic-worker:${id}`,
    resolveId: (x) => (x === id ? `\0${id}` : undefined),
    async load(x) {
      if (x !== `\0${id}`) return undefined;
      const out = await build({
        configFile: false,
        root: ROOT,
        logLevel: 'warn',
        resolve: { alias },
        build: {
          write: false,
          minify: true,
          target: base.build?.target,
          lib: { entry: entry(), formats: ['iife'], name: 'worker' },
          rolldownOptions: { output: { codeSplitting: false } },
        },
      });
      const chunk = (Array.isArray(out) ? out[0]! : (out as Extract<typeof out, { output: unknown }>)).output[0];
      return `export default ${JSON.stringify(gzipSync(chunk.code, { level: 9 }).toString('base64'))};`;
    },
  };
}

/** The workbook reader is left out of the one-file map (variant.onefile.ts, readsXlsx). */
const NO_EXCEL = { find: /^exceljs$/, replacement: resolve(ROOT, 'scripts/build/noExcel.ts') };

/** Moves the page to <outDir>/mianyang-map.html with its CSP; fails the build if the page is not alone. */
function finishOneFile(outDir: string, scratch: string): Plugin {
  return {
    name: 'one-file-finish',
    apply: 'build',
    // writeBundle, not closeBundle: it says which bundle was written. Only the page's bundle (the one with
    // index.html) is finished here; under vitest the hook also ran for a bundle written elsewhere.
    writeBundle(options, bundle) {
      if (!('index.html' in bundle) || options.dir !== scratch) return;
      const left = readdirSync(scratch, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name !== 'index.html');
      if (left.length) throw new Error(`one-file build: not inlined, the page would need them: ${left.map((e) => e.name).join(', ')}`);
      // Before the hashes: the CSP names the page's script as it is written.
      const html = compactJsonDataUrls(readFileSync(resolve(scratch, 'index.html'), 'utf8'));
      const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
      const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => sha(m[1]!));
      const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => sha(m[1]!));
      const meta = `<meta http-equiv="Content-Security-Policy" content="${oneFileCsp(scripts, styles)}">`;
      // head-prepend, so the policy governs everything after it.
      const page = html.replace(/<head>/, `<head>\n    ${meta}`);
      // Written beside, then renamed: a page half-written by an interrupted build never carries the final name.
      const tmp = resolve(scratch, `${ONE_FILE_NAME}.part`);
      writeFileSync(tmp, page, 'utf8');
      renameSync(tmp, resolve(outDir, ONE_FILE_NAME));
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}

/** The served build's plugins that do not apply to a page with nothing beside it. */
const SERVED_ONLY = new Set(['preload-first-map-data', 'content-security-policy']);
const keep = (p: PluginOption): boolean => !(p && typeof p === 'object' && 'name' in p && SERVED_ONLY.has(p.name));

/** The one-file build writing <outDir>/mianyang-map.html (tests build into their own folder). */
export function oneFileConfig(outDir = resolve(ROOT, 'dist')): InlineConfig {
  const scratch = resolve(outDir, '.onefile');
  return {
    ...base,
    root: ROOT,
    configFile: false,
    plugins: [
      ...(base.plugins ?? []).flat().filter(keep),
      // createRequire, not import.meta.resolve: vitest's module runner (the e2e build runs in it) has none.
      classicWorkerGzip('virtual:maplibre-worker-classic', () => createRequire(import.meta.url).resolve('maplibre-gl/dist/maplibre-gl-worker.mjs')),
      classicWorkerGzip('virtual:import-worker-classic', () => resolve(ROOT, 'src/workers/import.worker.ts'), [NO_EXCEL]),
      viteSingleFile({ removeViteModuleLoader: true }),
      finishOneFile(outDir, scratch),
    ],
    resolve: {
      alias: [{ find: /^(.*)\/boot\/variant\.ts$/, replacement: resolve(ROOT, 'src/app/boot/variant.onefile.ts') }, NO_EXCEL],
    },
    build: { ...base.build, outDir: scratch, emptyOutDir: true },
  };
}

export default defineConfig(oneFileConfig());
