import { configDefaults, defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Plugin } from 'vite';
import { CSP } from './scripts/build/csp.ts';
import { SEED_TESTS, seedsGate } from './scripts/seeds/source.ts';

const seeds = seedsGate();

/**
 * The files the first map cannot do without (src/app/data.ts fetches them): the boundaries, the lists, the records and
 * their build-time places (data/placed.json), and the targets the same load returns. They are data, not code: assets
 * fetched and JSON.parse'd, which is cheaper than parsing the same objects as script and keeps them out of the
 * initial-JS budget. A preload link each lets the browser fetch them while the main bundle is still being parsed,
 * instead of after it (≈0.9 s later for the boundaries on the bench machine; see browser.startup.* in npm run bench).
 */
const FIRST_MAP_DATA = /(?:^|\/)(?:geo\/(?:mianyang\.topo|parks)|data\/(?:lists|records|placed|targets))\.json$/;

function preloadFirstMapData(): Plugin {
  return {
    name: 'preload-first-map-data',
    apply: 'build',
    // Written for people (indented, one record a line), served for machines: the JSON assets are minified as they
    // are emitted (records.json 188 → about 120 KB; the one-file map carries them in base64).
    generateBundle(_options, bundle) {
      for (const a of Object.values(bundle))
        if (a.type === 'asset' && a.originalFileNames.some((f) => FIRST_MAP_DATA.test(f)) && typeof a.source !== 'undefined')
          a.source = JSON.stringify(JSON.parse(typeof a.source === 'string' ? a.source : new TextDecoder().decode(a.source)));
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const assets = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'asset' && c.originalFileNames.some((f) => FIRST_MAP_DATA.test(f)));
        // crossorigin: fetch() requests are CORS-mode, and a preload is only reused by a request of the same mode.
        return assets.map((a) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'fetch', crossorigin: '', href: `./${a.fileName}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

/**
 * The built page carries its Content-Security-Policy (scripts/build/csp.ts) as a <meta>, so a copy served by any
 * static server is protected too. Only in the build: the dev server injects inline styles for hot reload.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
  };
}

export default defineConfig({
  plugins: [svelte(), preloadFirstMapData(), contentSecurityPolicy()],
  // Relative base so the built app also works from a file share or a sub-path on a presenter's laptop.
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    // The first paint's code in two files: maplibre (large, changes only with its version) and everything else the
    // page imports statically. Left to itself, rolldown split the latter into ~20 chunks along the lazy imports' shared
    // modules, each gzipped on its own and each with its import/export glue: one chunk is ~5 KB smaller gzipped
    // (344.4 → 339 KB initial JS, `npm run bench bundle`). Lazy chunks are unchanged. Rolldown's `codeSplitting`
    // groups (rollup's manualChunks) with the `$initial` tag: modules in the entry's static import chain.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'maplibre-gl', test: /node_modules[\\/]maplibre-gl/, priority: 2 },
            { name: 'app', tags: ['$initial'], priority: 1 },
          ],
        },
      },
    },
  },
  worker: { format: 'es' },
  test: {
    // Two projects: `unit` (src, scripts, tests/cli; no browser, seconds: npm run test:unit) and `e2e` (Chromium on
    // one production build that tests/e2e/build.global.ts makes once for every e2e file). npm test runs both.
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/cli/**/*.test.ts'],
          // A clone without the source documents leaves out the checks that read them (scripts/source-documents.test.ts
          // prints the one line that says so); with REQUIRE_SEEDS set (CI) they stay in and fail instead.
          exclude: [...configDefaults.exclude, ...(seeds.present || seeds.required ? [] : [SEED_TESTS])],
          // The app fetches its data files (src/app/data.ts); in Node their URLs are file: URLs, read from disk here.
          setupFiles: ['tests/unit/fileFetch.setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/build.global.ts'],
          // Some e2e files load the app's data in Node too (park-scale compares the page with it): fetch of file: URLs.
          setupFiles: ['tests/unit/fileFetch.setup.ts'],
        },
      },
    ],
    // Generous: an e2e test may load a second page with software WebGL on a busy 2-core machine (and the data
    // checks under scripts/ share those cores with it in npm test).
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each e2e file runs its own Chromium: two at a time on these 2-core machines.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
