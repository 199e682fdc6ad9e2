// The one-file map (dist/mianyang-map.html, scripts/build/onefile.config.ts) opened the way its users open it: by
// double-click, a file:// URL, with no network. Every request that is not the file itself, a data: or a blob: URL is
// refused and recorded, and must not happen. In it: the map is drawn with its county names, a link's hash chooses a
// list, story mode plays, a PNG is exported, a CSV is imported through the inlined worker, and a workbook gets the
// message that this file does not read them. No console error and no CSP violation on the way.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { ONE_FILE_NAME } from '../../scripts/build/onefile.config.ts';
import { launchChromium } from '../../scripts/chromium.ts';
import { ROOT, shot } from './harness.ts';

/** The run's one build (tests/e2e/build.global.ts), which writes the one-file map as npm run build does. */
const OUT = inject('e2eDist');
let browser: Browser;
let page: Page;
let fileUrl: string;
const outside: string[] = [];
const errors: string[] = [];
const state = () => page.evaluate(() => window.__appState);

beforeAll(async () => {
  fileUrl = pathToFileURL(resolve(OUT, ONE_FILE_NAME)).href;
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1, acceptDownloads: true });
  await page.route('**', (route) => {
    const u = route.request().url();
    if (/^(file|data|blob):/.test(u)) return route.continue();
    outside.push(u);
    return route.abort();
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await page.goto(`${fileUrl}#sel=list:green-factory`);
  await page.waitForFunction(() => window.__mapReady === true, undefined, { timeout: 90_000, polling: 200 });
}, 240_000);

afterAll(async () => {
  await browser?.close();
});

describe('the one-file map from file://', () => {
  it('is one file within its 4 MB budget, with a CSP that names its own script and styles', () => {
    const html = readFileSync(resolve(OUT, ONE_FILE_NAME), 'utf8');
    expect(statSync(resolve(OUT, ONE_FILE_NAME)).size).toBeLessThanOrEqual(4_000_000);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-/);
    // Nothing is loaded from beside the file.
    expect(html).not.toMatch(/<(script|link)\b[^>]*\b(src|href)="(?!data:)/);
  });

  it('draws the map for the list the link names, with the county names', async () => {
    const st = await state();
    expect(st.error).toBeNull();
    expect(st.selection).toBe('list:green-factory');
    expect(Object.keys(st.countyColors)).toHaveLength(9);
    const on = await shot(page, 'onefile-labels-on');
    await page.getByTestId('layer-labels').uncheck();
    await expect.poll(async () => Buffer.compare((await shot(page, 'onefile-labels-off')).png, on.png)).not.toBe(0);
    await page.getByTestId('layer-labels').check();
  });

  it('plays story mode and exports a PNG', async () => {
    await page.getByTestId('play-story').click();
    await expect.poll(() => page.getByTestId('story-title').locator('h2').innerText()).not.toBe('');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.panel').isVisible()).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    const png = readFileSync((await download.path())!);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThan(1000);
  });

  it('imports a CSV through its inlined worker, and says a workbook needs CSV or the full app', async () => {
    await page.getByTestId('import-file').setInputFiles(resolve(ROOT, 'tests/fixtures/in/gbk-with-title-row.csv'));
    await page.getByTestId('import-mapping').waitFor({ timeout: 60_000 });
    await page.getByTestId('import-start').click();
    await expect.poll(() => page.getByTestId('import-counts').textContent(), { timeout: 60_000 }).toContain('共 6 行');
    expect((await state()).selection).toMatch(/^list:import-/);
    await page.getByTestId('import-file').setInputFiles(resolve(ROOT, 'tests/fixtures/in/xlsx-with-title-row.xlsx'));
    await expect.poll(() => page.getByTestId('import-error').textContent()).toContain('另存为 CSV');
  });

  it('made no request outside the file and logged no error or CSP violation', () => {
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });
});
