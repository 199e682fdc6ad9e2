// npm run bench: measures, prints a table, writes bench/results.json, exits non-zero when a budget is missed.
// Figures that are compared (import vs PapaParse alone, app vs bare maplibre page) are measured side by side in
// the same run, so their ratio is stable even when the machine is noisy. Not part of npm test.
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { cpus, totalmem, platform, release } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { measureBundle } from './bundle.ts';
import { measureFirstMaps, measurePages, median, quantile, type PageTiming } from './browser.ts';
import { oneFileConfig, ONE_FILE_NAME } from '../scripts/build/onefile.config.ts';
import { serveStatic } from './static-server.ts';
import { measureData } from './data.ts';
import { measureBigExport } from './bigexport.ts';
import { benchChoropleth } from './choropleth.ts';
import { measurePlacement } from './placement.ts';

const ROOT = resolve(import.meta.dirname, '..');

export interface Figure {
  key: string;
  value: number;
  unit: string;
  note?: string;
}

interface Budget {
  min?: number;
  max?: number;
  unit: string;
}

const figures: Figure[] = [];
const add = (key: string, value: number, unit: string, note?: string) =>
  figures.push({ key, value: Math.round(value * 100) / 100, unit, ...(note ? { note } : {}) });

async function buildAll(): Promise<{ appDist: string; bareDist: string; echartsDist: string }> {
  // All are build output, rewritten by every run: dist/, bench/.bare-dist/ and bench/.echarts-dist/ are in .gitignore
  // and must stay untracked (.ci/run fails on a tracked ignored file).
  const appDist = resolve(ROOT, 'dist');
  const bareDist = resolve(ROOT, 'bench/.bare-dist');
  const echartsDist = resolve(ROOT, 'bench/.echarts-dist');
  await build({ root: ROOT, configFile: resolve(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir: appDist, emptyOutDir: true } });
  // As npm run build does: the one-file map beside index.html.
  await build({ ...oneFileConfig(appDist), logLevel: 'warn' });
  await build({ root: resolve(ROOT, 'bench/bare'), configFile: false, base: './', logLevel: 'warn', build: { outDir: bareDist, emptyOutDir: true } });
  // The app's default classes and colours, computed here from data/ and handed to the page as a constant.
  await build({
    root: resolve(ROOT, 'bench/echarts'),
    configFile: false,
    base: './',
    logLevel: 'warn',
    define: { __CHOROPLETH__: JSON.stringify(benchChoropleth()) },
    build: { outDir: echartsDist, emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  });
  return { appDist, bareDist, echartsDist };
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const want = (section: string) => only.length === 0 || only.includes(section);

  if (want('data')) for (const f of await measureData()) figures.push(f);

  if (want('bundle') || want('browser') || want('bigexport') || want('placement')) {
    const { appDist, bareDist, echartsDist } = await buildAll();
    if (want('bundle')) {
      const b = measureBundle(appDist);
      add('bundle.initial_js_gzip_kb', b.initialJsGzipKb, 'KB', 'JS that index.html loads before any lazy import');
      // The comparison pages bundle the boundaries into their script (36 KB gzip); the app fetches them as data.
      add('bundle.initial_js_gzip_kb.bare', measureBundle(bareDist).initialJsGzipKb, 'KB', 'bare maplibre page, boundaries included');
      add(
        'bundle.initial_js_gzip_kb.echarts',
        measureBundle(echartsDist).initialJsGzipKb,
        'KB',
        'ECharts page (map series + visualMap, canvas), boundaries included',
      );
      add('bundle.total_js_gzip_kb', b.totalJsGzipKb, 'KB');
      add('onefile.bytes', statSync(resolve(appDist, ONE_FILE_NAME)).size, 'bytes', `${ONE_FILE_NAME}: the whole app in one file`);
      for (const c of b.chunks) add(`bundle.chunk.${c.file}`, c.gzipBytes / 1024, 'KB gzip', c.initial ? 'initial' : 'lazy');
    }
    if (want('browser')) {
      const app = await serveStatic(appDist);
      const bare = await serveStatic(bareDist);
      const echartsPage = await serveStatic(echartsDist);
      try {
        const t = await measurePages({ app: app.url, bare: bare.url, echarts: echartsPage.url });
        const ms = (p: PageTiming) => `median of ${p.firstPaintMs.length}: ${p.firstPaintMs.map(Math.round).join(', ')}`;
        const a = median(t.app.firstPaintMs);
        const b = median(t.bare.firstPaintMs);
        const e = median(t.echarts.firstPaintMs);
        add('browser.first_choropleth_ms.app', a, 'ms', ms(t.app));
        add('browser.first_choropleth_ms.bare', b, 'ms', ms(t.bare));
        add('browser.first_choropleth_ms.echarts', e, 'ms', `${ms(t.echarts)} (canvas 2D, no WebGL)`);
        add('browser.first_choropleth_ratio', a / b, '×', 'app ÷ bare maplibre page drawing the same counties');
        add('browser.first_choropleth_ratio.echarts', a / e, '×', 'app ÷ ECharts page drawing the same counties in the same classes');
        // Taken in turns with the served app, so the ratio compares like with like on a noisy machine.
        const one = await measureFirstMaps(pathToFileURL(resolve(appDist, ONE_FILE_NAME)).href, app.url);
        add('onefile.first_choropleth_ms', median(one.a), 'ms', `from file://, median of ${one.a.length}: ${one.a.map(Math.round).join(', ')}`);
        add(
          'onefile.first_choropleth_ratio',
          median(one.a) / median(one.b),
          '×',
          `one-file map from file:// ÷ the served app taken in turns (${median(one.b).toFixed(0)} ms)`,
        );
        // Where the app's time goes (medians): read these before guessing what to speed up.
        for (const [k, v] of Object.entries(t.app.marks).sort((x, y) => median(x[1]) - median(y[1])))
          add(`browser.startup.${k}`, median(v), 'ms', 'since navigation');
        add('browser.js_heap_mb', t.app.heapMb, 'MB', 'after load and a forced GC');
        add('browser.js_heap_mb.bare', t.bare.heapMb, 'MB');
        add('browser.js_heap_mb.echarts', t.echarts.heapMb, 'MB');
        const f = t.app.hoverFramesMs;
        add('browser.hover_frame_ms.p50', quantile(f, 0.5), 'ms', `${f.length} frames while the pointer sweeps the map (software WebGL)`);
        add('browser.hover_frame_ms.p95', quantile(f, 0.95), 'ms');
        add('browser.hover_frame_ms.p95.bare', quantile(t.bare.hoverFramesMs, 0.95), 'ms', 'same sweep over the bare page');
        add('browser.hover_frame_ms.p95.echarts', quantile(t.echarts.hoverFramesMs, 0.95), 'ms', 'same sweep over the ECharts page (its hover highlight)');
        add('browser.hover_p95_ratio', quantile(f, 0.95) / quantile(t.bare.hoverFramesMs, 0.95), '×', 'app ÷ bare page, p95 frame time of the same sweep');
        add(
          'browser.settle_ms',
          t.app.settleMs,
          'ms',
          `first choropleth → page quiet (map idle, no long task for 500 ms; panels, deck.gl, detail view loaded): the sweep starts then`,
        );
      } finally {
        await app.close();
        await bare.close();
        await echartsPage.close();
      }
    }
    if (want('placement')) {
      const app = await serveStatic(appDist);
      try {
        const p = await measurePlacement(app.url);
        add(
          'placement.view_change.max_ms',
          Math.max(...p.changesMs),
          'ms',
          `${p.views} view changes: every list and all lists, folded and on their own, 1366×768 and 1920×1080`,
        );
        add('placement.view_change.p50_ms', quantile(p.changesMs, 0.5), 'ms', 'main map + detail view placed on one view change');
      } finally {
        await app.close();
      }
    }
    if (want('bigexport')) {
      const app = await serveStatic(appDist);
      try {
        const b = await measureBigExport(app.url);
        const n = `${b.rows.toLocaleString('en')} rows`;
        add('bigexport.import_ms', b.importMs, 'ms', `${n} (${b.fileMb.toFixed(1)} MB CSV): start → every row counted in the report`);
        add('bigexport.import.longest_task_ms', b.importLongestTaskMs, 'ms', 'longest main-thread task from the start of the import until the map is idle');
        add('bigexport.rename.longest_task_ms', b.renameLongestTaskMs, 'ms', 'longest main-thread task from renaming the list until the map is idle');
        add('bigexport.csv_ms', b.csvMs, 'ms', `click → download, ${b.csvMb.toFixed(1)} MB`);
        add('bigexport.csv.longest_task_ms', b.csvLongestTaskMs, 'ms', 'longest main-thread task during the CSV export');
        add('bigexport.geojson_ms', b.geojsonMs, 'ms', `click → download, ${b.geojsonMb.toFixed(1)} MB`);
        add('bigexport.geojson.longest_task_ms', b.geojsonLongestTaskMs, 'ms', 'longest main-thread task during the GeoJSON export');
        const h = `${b.handoverRows.toLocaleString('en')}-row list`;
        add('bigexport.handover_ms', b.handoverMs, 'ms', `offline map of a ${h}: click → download, ${b.handoverMb.toFixed(1)} MB`);
        add('bigexport.handover.longest_task_ms', b.handoverLongestTaskMs, 'ms', `longest main-thread task while the offline map of a ${h} is written`);
        add(
          'bigexport.longest_task_ms',
          Math.max(b.importLongestTaskMs, b.renameLongestTaskMs, b.csvLongestTaskMs, b.geojsonLongestTaskMs, b.handoverLongestTaskMs),
          'ms',
          'longest main-thread task while the list is imported, exported and renamed',
        );
      } finally {
        await app.close();
      }
    }
  }

  const budgets = JSON.parse(readFileSync(resolve(ROOT, 'bench/budgets.json'), 'utf8')) as Record<string, Budget | string>;
  const misses: string[] = [];
  const rows = figures.map((f) => {
    const b = budgets[f.key];
    let verdict = '';
    if (b && typeof b === 'object') {
      const ok = (b.min === undefined || f.value >= b.min) && (b.max === undefined || f.value <= b.max);
      verdict = `${ok ? 'ok  ' : 'MISS'} ${b.min !== undefined ? `≥ ${b.min}` : `≤ ${b.max}`}`;
      if (!ok) misses.push(`${f.key} = ${f.value} ${f.unit} (budget ${b.min !== undefined ? `≥ ${b.min}` : `≤ ${b.max}`})`);
    }
    return [f.key, `${f.value} ${f.unit}`, verdict, f.note ?? ''];
  });
  const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length), 6));
  for (const r of rows) console.log(`${r[0]!.padEnd(w[0]!)}  ${r[1]!.padStart(w[1]!)}  ${r[2]!.padEnd(w[2]!)}  ${r[3]}`);

  let commit = 'unknown';
  try {
    commit = execSync('git rev-parse --short HEAD', { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    /* not a checkout */
  }
  mkdirSync(resolve(ROOT, 'bench'), { recursive: true });
  const results = {
    date: new Date().toISOString(),
    commit,
    machine: {
      cpus: cpus().length,
      cpu: cpus()[0]?.model ?? '',
      memGiB: Math.round(totalmem() / 2 ** 30),
      os: `${platform()} ${release()}`,
      node: process.version,
    },
    figures,
    misses,
  };
  writeFileSync(resolve(ROOT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
  console.log(`\nwrote bench/results.json (${figures.length} figures)`);
  if (misses.length) {
    console.error(`budget missed:\n  ${misses.join('\n  ')}`);
    process.exit(1);
  }
}

main().catch((e) => {
  console.error(`bench failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(2);
});
