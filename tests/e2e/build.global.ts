// One production build for the whole e2e run, served once on a free 127.0.0.1 port; every test file opens pages on
// it (inject('e2eUrl') in harness.ts). Each file used to run its own `vite build`: sixteen builds fighting over two
// cores, and a preview server that now and then failed a navigation while another file was building.
// Build + preview rather than the dev server: no dependency optimiser racing between files (it rewrites
// node_modules/.vite and reloads the page mid-test), and it tests what is shipped.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { oneFileConfig } from '../../scripts/build/onefile.config.ts';

const ROOT = resolve(import.meta.dirname, '../..');

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built app, served: "http://127.0.0.1:PORT/". */
    e2eUrl: string;
    /** The directory the build was written to (removed when the run ends). */
    e2eDist: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // A fresh directory per run: two runs at once (two worktrees, CI retries) never serve each other's files.
  const outDir = mkdtempSync(join(tmpdir(), 'mianyang-e2e-dist-'));
  const configFile = resolve(ROOT, 'vite.config.ts');
  const started = Date.now();
  await build({ root: ROOT, configFile, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  // What npm run build leaves: the one-file map beside index.html (the served app's "导出离线地图" starts from it).
  await build({ ...oneFileConfig(outDir), logLevel: 'error' });
  const server = await preview({
    root: ROOT,
    configFile,
    logLevel: 'error',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const addr = server.httpServer.address();
  if (!addr || typeof addr === 'string') throw new Error('vite preview did not report a TCP address');
  console.log(`e2e: built once in ${((Date.now() - started) / 1000).toFixed(1)} s, served from ${outDir}`);
  project.provide('e2eUrl', `http://127.0.0.1:${addr.port}/`);
  project.provide('e2eDist', outDir);
  return async () => {
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}
