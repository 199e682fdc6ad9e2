// The map in a real browser: renders offline, choropleth reacts to the list picker, layers toggle, CJK labels draw.
// One browser and one page load for all the checks of this file (keeps the e2e run short).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { County, ListMeta, Park } from '../../src/lib/types.ts';
import { pixelStats, ROOT, settle, shot, type Harness, startAtMap } from './harness.ts';

let h: Harness;
const state = () => h.page.evaluate(() => window.__appState);
const legendText = () => h.page.locator('[data-testid=legend]').innerText();

beforeAll(async () => {
  h = await startAtMap();
}, 120_000);

afterAll(async () => {
  await h?.close();
});

describe('map page', () => {
  it('renders the choropleth with several distinct colours and a legend that states its rule', async () => {
    const s = await shot(h.page, 'map-all-lists');
    const stats = await pixelStats(h.page, s);
    expect(stats.distinct).toBeGreaterThanOrEqual(6);
    const st = await state();
    expect(st.error).toBeNull();
    expect(st.selection).toBe('all');
    expect(Object.keys(st.countyColors)).toHaveLength(9);
    // At least three different county colours: the counts differ across the nine counties.
    expect(new Set(Object.values(st.countyColors)).size).toBeGreaterThanOrEqual(3);
    const text = await legendText();
    expect(text).toContain('按入选次数计数');
    expect(text).toContain('园区并入所在区县');
    expect(text).toMatch(/名单日期：\d{4}-\d{2}-\d{2}/);
    expect(text).toMatch(/取整自然断点：\d+( \| \d+)*/);
    expect(st.legend.at(-1)!.label).toBe('无数据');
  });

  it('draws the Chinese county labels (labels off → pixels change around the label points)', async () => {
    const on = await shot(h.page, 'labels-on');
    await h.page.getByTestId('layer-labels').uncheck();
    await settle(h.page);
    const off = await shot(h.page, 'labels-off');
    await h.page.getByTestId('layer-labels').check();
    await settle(h.page);
    const { differing } = await pixelStats(h.page, on, off);
    // Nine two-line labels of 14-px CJK text: thousands of pixels.
    expect(differing).toBeGreaterThan(1500);
  });

  it('the readiness flag tests wait on (settle) turns false the moment a change reaches the map, true once drawn', async () => {
    await settle(h.page);
    // Change and question in one evaluate, so no frame can be drawn in between: the checkbox's handler runs, Svelte
    // flushes its effects in a microtask (deck.gl gets the new layers, maplibre the new paint), then the flag is read.
    const read = (testId: string) =>
      h.page.evaluate(async (id) => {
        (document.querySelector(`[data-testid=${id}]`) as HTMLInputElement).click();
        await Promise.resolve();
        await Promise.resolve();
        return window.__mapIdle!();
      }, testId);
    // Labels are deck.gl's; the choropleth's fill colours are maplibre's: each half of the flag is seen busy.
    for (const layer of ['layer-labels', 'layer-choropleth']) {
      expect(await read(layer), `${layer} off`).toBe(false);
      await settle(h.page);
      expect(await h.page.evaluate(() => window.__mapIdle!()), `${layer} off, drawn`).toBe(true);
      expect(await read(layer), `${layer} on`).toBe(false);
      await settle(h.page);
    }
    expect((await state()).layers).toEqual({ choropleth: true, labels: true, parks: true, bubbles: true });
  });

  it('selecting another list changes the choropleth colours and the legend text', async () => {
    const before = await state();
    const beforeShot = await shot(h.page, 'before-list-change');
    const beforeText = await legendText();
    const lists = JSON.parse(readFileSync(resolve(ROOT, 'data/lists.json'), 'utf8')) as ListMeta[];
    const pick = lists.find((l) => l.id === 'green-factory') ?? lists.find((l) => l.hasLocation)!;
    await h.page.getByTestId('list-picker').selectOption(`list:${pick.id}`);
    await settle(h.page);
    const after = await state();
    expect(after.selection).toBe(`list:${pick.id}`);
    expect(after.title).toBe(pick.name);
    expect(after.countyColors).not.toEqual(before.countyColors);
    expect(await legendText()).not.toBe(beforeText);
    expect(await legendText()).toContain(`名单日期：${pick.asOf}`);
    const afterShot = await shot(h.page, `list-${pick.id}`);
    expect((await pixelStats(h.page, beforeShot, afterShot)).differing).toBeGreaterThan(5000);
    await h.page.getByTestId('list-picker').selectOption('all');
    await settle(h.page);
  });

  it('toggling the bubble and green-park layers changes pixels', async () => {
    const base = await shot(h.page, 'layers-all-on');
    await h.page.getByTestId('layer-bubbles').uncheck();
    await settle(h.page);
    const noBubbles = await shot(h.page, 'layers-no-bubbles');
    await h.page.getByTestId('layer-parks').uncheck();
    await settle(h.page);
    const noParks = await shot(h.page, 'layers-no-bubbles-no-parks');
    expect((await pixelStats(h.page, base, noBubbles)).differing).toBeGreaterThan(500);
    expect((await pixelStats(h.page, noBubbles, noParks)).differing).toBeGreaterThan(300);
    await h.page.getByTestId('layer-bubbles').check();
    await h.page.getByTestId('layer-parks').check();
    await settle(h.page);
    expect((await state()).layers).toEqual({ choropleth: true, labels: true, parks: true, bubbles: true });
  });

  it('unit mode draws parks as their own circles and says so', async () => {
    const county = await shot(h.page, 'mode-county');
    await h.page.getByTestId('by-unit').check();
    await settle(h.page);
    const unit = await shot(h.page, 'mode-unit');
    expect((await state()).rule).toBe('按入选次数计数（同一企业入选多份名单计多次）；园区单独显示，不再计入所在区县');
    expect((await pixelStats(h.page, county, unit)).differing).toBeGreaterThan(300);
  });

  it('hovering a county shows its name and count as text', async () => {
    const counties = JSON.parse(readFileSync(resolve(ROOT, 'geo/counties.json'), 'utf8')) as County[];
    const pingwu = counties.find((c) => c.code === '510727')!;
    // A little south-west of the label point, so the label itself is not what we hover.
    const lngLat: [number, number] = [pingwu.point[0] - 0.05, pingwu.point[1] - 0.08];
    const [x, y] = await h.page.evaluate((p) => window.__mapProject!(p), lngLat);
    const box = (await h.page.locator('[data-testid=map]').boundingBox())!;
    await h.page.mouse.move(box.x + x, box.y + y);
    const tip = h.page.getByTestId('tooltip');
    await tip.waitFor({ timeout: 5000 });
    const st = await state();
    const n = st.legend.length ? (await tip.innerText()).split('\n') : [];
    expect(n[0]).toBe('平武县');
    expect(n[1]).toMatch(/^\d+ 项入选$/);
    await h.page.mouse.move(box.x + 2, box.y + 2);
  });

  it('outlines the hovered county without redrawing the map: the outline follows the pointer, the map stays idle', async () => {
    const counties = JSON.parse(readFileSync(resolve(ROOT, 'geo/counties.json'), 'utf8')) as County[];
    const box = (await h.page.locator('[data-testid=map]').boundingBox())!;
    await h.page.mouse.move(box.x + 2, box.y + 2);
    await settle(h.page);
    const outline = h.page.locator('[data-testid=hover-outline] path');
    for (const code of ['510727', '510781', '510726']) {
      const c = counties.find((x) => x.code === code)!;
      const [x, y] = await h.page.evaluate((p) => window.__mapProject!(p), [c.point[0] - 0.05, c.point[1] - 0.08] as [number, number]);
      await h.page.mouse.move(box.x + x, box.y + y);
      await expect
        .poll(() =>
          h.page
            .getByTestId('tooltip')
            .innerText()
            .then((t) => t.split('\n')[0]),
        )
        .toBe(c.name);
      // The outline is this county's: its box holds the pointer and the county's label point.
      const b = (await outline.boundingBox())!;
      const [lx, ly] = await h.page.evaluate((p) => window.__mapProject!(p), c.point);
      for (const [px, py] of [
        [x, y],
        [lx, ly],
      ] as const) {
        expect(box.x + px).toBeGreaterThan(b.x);
        expect(box.x + px).toBeLessThan(b.x + b.width);
        expect(box.y + py).toBeGreaterThan(b.y);
        expect(box.y + py).toBeLessThan(b.y + b.height);
      }
      // Nothing was redrawn for it: maplibre's last frame is still its idle one, and deck.gl has nothing to draw.
      expect(await h.page.evaluate(() => window.__mapIdle!())).toBe(true);
    }
    await h.page.mouse.move(box.x + 2, box.y + 2);
    await expect.poll(() => outline.getAttribute('d')).toBe('');
  });

  it('hovering a green park shows its full name, level, year and source row', async () => {
    const parks = JSON.parse(readFileSync(resolve(ROOT, 'geo/parks.json'), 'utf8')) as Park[];
    const jiangyou = parks.find((p) => p.id === 'jiangyou-gongye')!;
    const [x, y] = await h.page.evaluate((p) => window.__mapProject!(p), jiangyou.point);
    const box = (await h.page.locator('[data-testid=map]').boundingBox())!;
    // Ring symbols (省级) are picked on their stroke and fill alike; aim a few pixels off-centre.
    await h.page.mouse.move(box.x + x + 4, box.y + y);
    const tip = h.page.getByTestId('tooltip');
    await tip.waitFor({ timeout: 5000 });
    const lines = (await tip.innerText()).split('\n');
    expect(lines.slice(0, 4)).toEqual(['江油工业园区', '区县：江油市', '级别：省级', '目标年份：2020']);
    expect(lines[4]).toMatch(/^来源：绵府办发〔2019〕5号 绿色化 表7 第\d+行$/);
    await h.page.mouse.move(box.x + 2, box.y + 2);
  });

  it('made no request outside 127.0.0.1 and logged no console errors', () => {
    expect(h.external).toEqual([]);
    expect(h.errors).toEqual([]);
  });
});
