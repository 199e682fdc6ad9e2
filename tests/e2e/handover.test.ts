// "导出离线地图" end to end: the served app (with the one-file map beside it, as npm run build leaves it) imports a
// list, adds a story step and opens a drawer tab; the exported file is then opened from file:// in a fresh browser
// profile with every non-file request refused. It shows the same view, the list and the step, writes nothing to
// that browser until "保存到本浏览器", and a copy edited by hand still opens, naming what it could not read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { RESULTS, ROOT, startHarness, waitForMap, type Harness } from './harness.ts';
import { compactCsvText } from '../../bench/gen.ts';

let h: Harness;
let exported = '';
let listId = '';
const snapshot = (page: Page) => page.evaluate(() => window.__appState);

/** A fresh profile (no storage of the exporting browser) that may only read files, data: and blob: URLs. */
async function offline(): Promise<{ context: BrowserContext; page: Page; outside: string[]; errors: string[] }> {
  const context = await h.browser.newContext({ viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const outside: string[] = [];
  const errors: string[] = [];
  await page.route('**', (route) => {
    const u = route.request().url();
    if (/^(file|data|blob):/.test(u)) return route.continue();
    outside.push(u);
    return route.abort();
  });
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return { context, page, outside, errors };
}

/** How many lists this profile's IndexedDB holds (0 when the database was never created). */
const storedLists = (page: Page) =>
  page.evaluate(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'mianyang-policy-map')) return 0;
    return new Promise<number>((res, rej) => {
      const req = indexedDB.open('mianyang-policy-map');
      req.onsuccess = () => {
        const db = req.result;
        if (!db.objectStoreNames.contains('lists')) return res(0);
        const c = db.transaction('lists').objectStore('lists').count();
        c.onsuccess = () => (db.close(), res(c.result));
        c.onerror = () => rej(c.error);
      };
      req.onerror = () => rej(req.error);
    });
  });

beforeAll(async () => {
  // The run's one build has the one-file map beside index.html, as npm run build leaves it (build.global.ts).
  h = await startHarness();
  await h.page.goto(h.url);
  await waitForMap(h.page);
}, 120_000);

afterAll(async () => {
  await h?.close();
});

describe('export offline map', () => {
  it('downloads one HTML file carrying the view, the imported list and the story step', async () => {
    const page = h.page;
    await page.getByTestId('import-file').setInputFiles(resolve(ROOT, 'tests/fixtures/in/gbk-with-title-row.csv'));
    await page.getByTestId('import-mapping').waitFor({ timeout: 60_000 });
    await page.getByTestId('import-start').click();
    await expect.poll(() => page.getByTestId('import-counts').textContent(), { timeout: 60_000 }).toContain('共 6 行');
    listId = (await snapshot(page)).selection;
    expect(listId).toMatch(/^list:import-/);
    await page.getByTestId('add-step').click();
    await expect.poll(() => page.getByTestId('mystory-steps').locator('li').count()).toBe(1);
    await page.getByTestId('open-ranking').click();
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('tab=ranking');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-offline').click()]);
    expect(download.suggestedFilename()).toMatch(/^绵阳产业政策地图-gbk-with-title-row-\d{4}-\d{2}-\d{2}\.html$/);
    exported = resolve(RESULTS, 'handover-export.html');
    await download.saveAs(exported);
    expect(await page.getByTestId('export-offline-said').textContent()).toContain(download.suggestedFilename());
  });

  it('opens offline in a fresh browser at the same view, with the list and the step, writing nothing until saved', async () => {
    const { context, page, outside, errors } = await offline();
    try {
      await page.goto(pathToFileURL(exported).href);
      await waitForMap(page, 90_000);
      expect((await snapshot(page)).selection).toBe(listId);
      expect(await page.evaluate(() => location.hash)).toContain('tab=ranking');
      await expect.poll(() => page.getByTestId('list-picker').locator('optgroup option').allInnerTexts()).toContain('gbk-with-title-row（6）');
      await expect.poll(() => page.getByTestId('mystory-steps').locator('li').count()).toBe(1);
      const banner = await page.getByTestId('handover-banner').innerText();
      expect(banner).toContain('离线地图');
      expect(banner).toContain('1 份我的名单（共 6 行）、1 个故事步骤');
      expect(await storedLists(page)).toBe(0);
      expect(await page.evaluate(() => localStorage.length)).toBe(0);
      await page.getByTestId('handover-save').click();
      await expect.poll(() => storedLists(page)).toBe(1);
      await expect.poll(() => page.evaluate(() => localStorage.getItem('mianyang-policy-map:my-story'))).toContain('"steps"');
      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('opens a copy edited by hand: the map is drawn and each unreadable field is named', async () => {
    const html = readFileSync(exported, 'utf8');
    // Only the data block is edited (the last thing in <body>): the page's own script, allowed by its hash, is not.
    const at = html.lastIndexOf('<script type="application/json" id="handover">');
    const [head, block] = [html.slice(0, at), html.slice(at)];
    const edited = head + block.replace(/("link":)"[^"]*"/, '$1 42').replace(/("lists":\[)/, '$1{"meta":{"id":"../x"}},');
    expect(edited).not.toBe(html);
    const brokenPath = resolve(RESULTS, 'handover-edited.html');
    writeFileSync(brokenPath, edited);
    const broken = head + block.replace(/(id="handover">)\{/, '$1{{');
    const brokenJsonPath = resolve(RESULTS, 'handover-broken-json.html');
    writeFileSync(brokenJsonPath, broken);
    const { context, page, errors } = await offline();
    try {
      await page.goto(pathToFileURL(brokenPath).href);
      await waitForMap(page, 90_000);
      const notes = await page.getByTestId('handover-notice').allInnerTexts();
      expect(notes).toEqual(['离线地图文件中的“link”无法读取，已忽略。', '离线地图文件中的“lists[0].meta.id”无法读取，已忽略。']);
      // The good list still came through; with no view in the file the page shows the default one.
      await expect.poll(() => page.getByTestId('list-picker').locator('optgroup option').allInnerTexts()).toContain('gbk-with-title-row（6）');
      expect((await snapshot(page)).selection).toBe('all');
      await page.goto(pathToFileURL(brokenJsonPath).href);
      await waitForMap(page, 90_000);
      expect(await page.getByTestId('handover-notice').innerText()).toMatch(/^离线地图文件中的数据已损坏，无法读取/);
      expect((await snapshot(page)).error).toBeNull();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('export offline map while a list is being imported', () => {
  it('waits, says why, and is offered again once the list is in', async () => {
    const page = h.page;
    // Enough rows that the geocoding takes a few seconds in the worker.
    const file = resolve(RESULTS, 'handover-while-importing.csv');
    writeFileSync(file, compactCsvText(40_000));
    await page.getByTestId('import-file').setInputFiles(file);
    await page.getByTestId('import-mapping').waitFor({ timeout: 60_000 });
    await page.getByTestId('import-start').click();
    const button = page.getByTestId('export-offline');
    await expect.poll(() => button.isDisabled()).toBe(true);
    expect(await page.getByTestId('export-offline-wait').textContent()).toBe('正在导入名单：导入完成后才能导出离线地图。');
    await expect.poll(() => page.getByTestId('import-counts').textContent(), { timeout: 120_000 }).toContain('共 40000 行');
    await expect.poll(() => button.isDisabled(), { timeout: 60_000 }).toBe(false);
    expect(await page.getByTestId('export-offline-wait').count()).toBe(0);
  });
});
