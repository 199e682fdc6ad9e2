// A big imported list, exported from the real page: CSV and GeoJSON are written in the import worker with progress
// and cancel, and every row reaches the downloaded file. The longest main-thread tasks are printed (Long Tasks API);
// their 200 ms budget is held by `npm run bench bigexport` on 1,000,000 rows, not here: timings belong in the bench,
// and on CI's two shared cores a budget asserted in a test fails on load rather than on the code.
//
// 200,000 rows, not 1,000,000: the e2e files run two Chromiums at once on CI's 2 shared cores, and 1,000,000 rows
// take ~1.5 min to import, ~1–1.5 min to export and ~1 GB between page, worker and the downloaded files. An export's
// work per task does not grow with the list (the page clones and the worker writes a fixed chunk per task); the end
// of an import does (the map counts every row), so `npm run bench bigexport` measures the 1,000,000-row case.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Download } from 'playwright-core';
import { RESULTS, settle, startHarness, waitForMap, type Harness } from './harness.ts';

const N = 200_000;
const TMP = resolve(RESULTS, 'big-export-e2e');
let h: Harness;
const downloads: Download[] = [];

type LongTask = { start: number; ms: number };
/** Long tasks recorded since the page loaded (window.__longTasks, filled by the observer installed before load). */
const longTasksSince = (from: number) =>
  h.page.evaluate((f) => (window as unknown as { __longTasks: LongTask[] }).__longTasks.filter((t) => t.start + t.ms >= f), from);
const now = () => h.page.evaluate(() => performance.now());

/** Samples the export progress bar on every frame: the values the user saw. */
async function watchProgress(): Promise<void> {
  await h.page.evaluate(() => {
    const w = window as unknown as { __seen: number[]; __watch: boolean };
    w.__seen = [];
    w.__watch = true;
    const tick = () => {
      const p = document.querySelector<HTMLProgressElement>('[data-testid=export-progress] progress');
      if (p && w.__seen.at(-1) !== p.value) w.__seen.push(p.value);
      if (w.__watch) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}
const progressSeen = () =>
  h.page.evaluate(() => {
    const w = window as unknown as { __seen: number[]; __watch: boolean };
    w.__watch = false;
    return w.__seen;
  });

beforeAll(async () => {
  mkdirSync(TMP, { recursive: true });
  // 序号 is the row number: the exports are checked for every one of 1..N. Places cycle through resolved, parks,
  // unresolved (火星) and empty, so rows with and without geometry and with problems are all in the files.
  const places = ['涪城区', '高新区', '游仙区', '江油市', '三台县', '北川', '经开区', '永兴镇', '火星', ''];
  const lines = ['序号,企业名称,属地,总投资（万元）'];
  for (let i = 1; i <= N; i++) lines.push(`${i},绵阳测试企业${i}有限公司,${places[i % places.length]},${i % 13 === 0 ? 'abc' : (i % 997) * 10}`);
  writeFileSync(resolve(TMP, 'big.csv'), lines.join('\n') + '\n');
  h = await startHarness();
  // Installed before any page script, so every long task of the page is seen (buffered: also those before it ran).
  await h.page.addInitScript(() => {
    const w = window as unknown as { __longTasks: { start: number; ms: number }[]; __longTaskApi: boolean };
    w.__longTasks = [];
    w.__longTaskApi = PerformanceObserver.supportedEntryTypes.includes('longtask');
    if (w.__longTaskApi)
      new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__longTasks.push({ start: e.startTime, ms: e.duration }))).observe({
        type: 'longtask',
        buffered: true,
      });
  });
  h.page.on('download', (d) => downloads.push(d));
  await h.page.goto(h.url);
  await waitForMap(h.page);
}, 120_000);

afterAll(async () => {
  await h?.close();
});

describe(`a ${N.toLocaleString('en')}-row imported list`, () => {
  it('imports every row, through the end (list placed, map redrawn)', async () => {
    await h.page.getByTestId('import-file').setInputFiles(resolve(TMP, 'big.csv'));
    await h.page.getByTestId('import-mapping').waitFor({ timeout: 60_000 });
    const from = await now();
    await h.page.getByTestId('import-start').click();
    await h.page.waitForFunction((n) => document.querySelector('[data-testid=import-counts]')?.textContent?.includes(`共 ${n} 行`), N, { timeout: 120_000 });
    await settle(h.page, 60_000);
    const tasks = await longTasksSince(from);
    console.log(`import of ${N} rows: ${tasks.length} long tasks, longest ${Math.round(Math.max(0, ...tasks.map((t) => t.ms)))} ms`);
    expect(await h.page.getByTestId('imported-list').count()).toBe(1);
  }, 180_000);

  it('a cancelled export downloads nothing, says so, and the page stays usable', async () => {
    await h.page.getByTestId('export-csv').click();
    // Cancelled once some rows are written, so it is an export under way that is stopped.
    await h.page.waitForFunction(() => (document.querySelector<HTMLProgressElement>('[data-testid=export-progress] progress')?.value ?? 0) > 0, undefined, {
      timeout: 60_000,
    });
    await h.page.getByTestId('export-cancel').click();
    expect(await h.page.getByTestId('export-said').innerText()).toBe('已取消导出，没有下载任何文件。');
    expect(await h.page.getByTestId('export-progress').count()).toBe(0);
    // Usable: the buttons are back and the list can be shown and exported again (the next test's downloads are
    // counted: a late file from the cancelled export would be one too many).
    expect(await h.page.getByTestId('export-csv').isEnabled()).toBe(true);
    expect(downloads).toHaveLength(0);
  });

  it('exports CSV in the worker: progress shown, every row in the file', async () => {
    await watchProgress();
    const from = await now();
    const [d] = await Promise.all([h.page.waitForEvent('download', { timeout: 120_000 }), h.page.getByTestId('export-csv').click()]);
    const tasks = await longTasksSince(from);
    const seen = await progressSeen();
    expect(downloads).toEqual([d]);
    expect(d.suggestedFilename()).toBe('big-geocoded.csv');
    const lines = readFileSync((await d.path())!, 'utf8').split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFF序号,企业名称,属地,总投资（万元）,geo_status,geo_county_code,geo_county,geo_park,geo_town,geo_confidence,geo_note,source_line,import_problems',
    );
    expect(lines.at(-1)).toBe('');
    const rows = lines.slice(1, -1);
    expect(rows).toHaveLength(N);
    // Every row, in order: 序号 i on source line i + 1.
    const bad = rows.findIndex((l, i) => !l.startsWith(`${i + 1},绵阳测试企业${i + 1}有限公司,`) || !l.includes(`,${i + 2},`));
    expect(bad).toBe(-1);
    // A row with a problem carries it, in the UI's language, quoted as CSV.
    expect(rows[12]).toMatch(/^13,绵阳测试企业13有限公司,江油市,abc,resolved,510781,江油市,.*,14,"第 14 行：金额 ""abc"" 不是数字"$/);
    // Progress was drawn at values between none and all.
    expect(seen.filter((v) => v > 0 && v < N).length).toBeGreaterThanOrEqual(3);
    console.log(
      `CSV export: ${tasks.length} long tasks, longest ${Math.round(Math.max(0, ...tasks.map((t) => t.ms)))} ms; progress drawn at ${seen.length} values`,
    );
  }, 180_000);

  it('exports GeoJSON in the worker: one feature per row, progress shown', async () => {
    await watchProgress();
    const from = await now();
    const [d] = await Promise.all([h.page.waitForEvent('download', { timeout: 120_000 }), h.page.getByTestId('export-geojson').click()]);
    const tasks = await longTasksSince(from);
    const seen = await progressSeen();
    expect(downloads).toHaveLength(2);
    expect(d.suggestedFilename()).toBe('big-geocoded.geojson');
    const gj = JSON.parse(readFileSync((await d.path())!, 'utf8')) as {
      type: string;
      name: string;
      features: { geometry: unknown; properties: Record<string, string | number | null> }[];
    };
    expect([gj.type, gj.name]).toEqual(['FeatureCollection', 'big']);
    expect(gj.features).toHaveLength(N);
    expect(gj.features.findIndex((f, i) => f.properties['序号'] !== String(i + 1) || f.properties.source_line !== i + 2)).toBe(-1);
    // 火星 (i % 10 === 8) and blank places (i % 10 === 9) have no point; every other row has one.
    expect(gj.features.filter((f) => f.geometry === null)).toHaveLength(N / 5);
    expect(seen.filter((v) => v > 0 && v < N).length).toBeGreaterThanOrEqual(3);
    console.log(
      `GeoJSON export: ${tasks.length} long tasks, longest ${Math.round(Math.max(0, ...tasks.map((t) => t.ms)))} ms; progress drawn at ${seen.length} values`,
    );
    expect(await h.page.getByTestId('export-progress').count()).toBe(0);
  }, 180_000);
});
