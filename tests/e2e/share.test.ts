// Shareable views in a real browser: a copied link reopens the same view, back/forward walk through views, and a
// tampered link falls back field by field with a visible notice instead of a blank page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { pixelStats, RESULTS, settle, startHarness, waitForMap, type Harness } from './harness.ts';

let h: Harness;
const snapshot = (page = h.page) => page.evaluate(() => window.__appState);

beforeAll(async () => {
  h = await startHarness();
  await h.page.goto(h.url);
  await waitForMap(h.page);
}, 120_000);

afterAll(async () => {
  await h?.close();
});

/** The open drawer is on the page and the map's right inset has taken it in (MapCovers measures on the next frame). */
async function drawerFramed(page: Page): Promise<void> {
  await page.getByTestId('gaps').waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => ((window as unknown as { __appState?: { insets: { right: number } } }).__appState?.insets.right ?? 0) > 0, undefined, {
    timeout: 30_000,
  });
}

describe('view state in the URL', () => {
  it('a copied link reopens the same view in a fresh page', async () => {
    await h.page.getByTestId('list-picker').selectOption('list:green-factory');
    await settle(h.page);
    await h.page.getByTestId('open-gaps').click();
    // The drawer loads (its chunk and its strings) and then frames the map beside it: compare once it has.
    await drawerFramed(h.page);
    await settle(h.page);
    const url = h.page.url();
    expect(url).toContain('#sel=list%3Agreen-factory');
    expect(url).toContain('tab=gaps');
    const before = await snapshot();
    const other = await h.browser.newPage({ viewport: { width: 1200, height: 800 } });
    try {
      await other.goto(url);
      await waitForMap(other);
      await drawerFramed(other);
      await settle(other);
      const after = await snapshot(other);
      expect({ ...after, ready: true }).toEqual({ ...before, ready: true });
      await other.getByTestId('gaps').waitFor({ timeout: 5000 });
    } finally {
      await other.close();
    }
  });

  it('back returns to the previous view and forward comes back', async () => {
    expect((await snapshot()).selection).toBe('list:green-factory');
    await h.page.goBack();
    await expect.poll(async () => (await snapshot()).selection).toBe('list:green-factory');
    await h.page.goBack();
    await expect.poll(async () => (await snapshot()).selection).toBe('all');
    await h.page.goForward();
    await expect.poll(async () => (await snapshot()).selection).toBe('list:green-factory');
  });

  it('a tampered link shows the map with defaults and says which parameters were wrong', async () => {
    const base = h.url.replace(/#.*$/, '');
    const page = await h.browser.newPage({ viewport: { width: 1200, height: 800 } });
    try {
      await page.goto(`${base}#sel=list:no-such-list&method=foo&k=99&by=unit`);
      await waitForMap(page);
      const notices = await page.getByTestId('notice').allInnerTexts();
      expect(notices.map((n) => n.replace(/\s*×$/, ''))).toEqual([
        '链接参数“分级方法”的值 "foo" 无效，已使用默认值',
        '链接参数“类数”的值 "99" 无效，已使用默认值',
        '链接中的名单 "list:no-such-list" 不存在，已显示全部名单',
      ]);
      const st = await snapshot(page);
      expect([st.selection, st.method, st.by, st.error]).toEqual(['all', 'nice', 'unit', null]);
    } finally {
      await page.close();
    }
  });

  it('exports a 1920×1080 PNG with the map, legend and source line drawn in', async () => {
    const [download] = await Promise.all([h.page.waitForEvent('download'), h.page.getByTestId('export-png').click()]);
    // <list or plan>_<date>_<size>.png
    expect(download.suggestedFilename()).toMatch(/^绿色工厂重点培育企业_\d{4}-\d{2}-\d{2}_1920x1080\.png$/);
    const path = await download.path();
    const png = readFileSync(path);
    // PNG signature, then the IHDR chunk: width and height as big-endian 32-bit integers at bytes 16 and 20.
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1920, 1080]);
    const stats = await pixelStats(h.page, { png, name: 'export' });
    expect(stats.pixels).toBe(1920 * 1080);
    // White page, text, legend swatches and several choropleth classes: far from blank.
    expect(stats.distinct).toBeGreaterThanOrEqual(6);
    writeFileSync(resolve(RESULTS, 'export-1920x1080.png'), png);
  });

  it('made no request outside 127.0.0.1 and logged no console errors', () => {
    expect(h.external).toEqual([]);
    expect(h.errors).toEqual([]);
  });
});
