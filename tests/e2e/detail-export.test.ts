// The detail view of the main urban area leaves the screen with the map: the PNG export draws it in a column right of
// the map with its park-circle size key (pixels in its frame, its title, key and park names in the file's Keys
// text), the printout draws it into the printed picture at its lower right (the live inset is hidden on paper), and
// on stage it sits in the free room of the left column, clear of the title, caption, legend and buttons.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readPngText } from '../../src/lib/present/pngText.ts';
import { countColours as countIn, RESULTS, settle, shot, startHarness, waitForMap, type Harness } from './harness.ts';

let h: Harness;

type Rect = { x: number; y: number; w: number; h: number };
const countColours = (b64: string, rect: Rect, colours: number[][], tol = 4) => countIn(h.page, b64, rect, colours, tol);
const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
/** The park circles' ring (DetailView.svelte, drawDetail.ts). */
const RING = rgb('#e6550d');

/** 涪城区's class colour on this view: the inset is mostly 涪城区. */
const fuchengColour = async () => rgb(await h.page.evaluate(() => window.__appState.countyColors['510703']!));

const disjoint = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;

beforeAll(async () => {
  h = await startHarness({ viewport: { width: 1366, height: 768 } });
  // Parks on their own (园区单列): the detail view is on.
  await h.page.goto(`${h.url}#by=unit`);
  await waitForMap(h.page);
  await settle(h.page);
  await h.page.getByTestId('detail-view').waitFor();
  await h.page.evaluate(() => {
    window.print = () => void document.body.setAttribute('data-printed', String(Number(document.body.dataset.printed ?? 0) + 1));
  });
}, 120_000);

afterAll(async () => {
  await h?.close();
});

describe('the detail view in exports and on stage', () => {
  it('PNG: the inset beside the map, its parks named and keyed in the Keys text', async () => {
    const [d] = await Promise.all([h.page.waitForEvent('download', { timeout: 150_000 }), h.page.getByTestId('export-png').click()]);
    const png = readFileSync(await d.path());
    writeFileSync(resolve(RESULTS, 'detail-export.png'), png);
    const keys = readPngText(png).Keys!.split('\n');
    const line = keys[keys.length - 1]!;
    // Its title, its size key (parkKey of the largest count, 45: 20 and 5), then every park it names.
    expect(line.startsWith('主城区放大 | 园区圆点（面积 ∝ 计数）: 20 / 5 | ')).toBe(true);
    for (const park of ['高新区 45', '经开区 35', '科创区 23', '安州工业园区 2', '江油工业园区 2']) expect(line.split(' | ')).toContain(park);
    // The column between the map and the legend (exportPng.ts: 1920 less the 460 px legend column, the 32 px margin
    // and the 420 px inset): 涪城区's colour fills its square and the park circles' rings are drawn there.
    const column: Rect = { x: 1000, y: 90, w: 436, h: 1000 - 90 };
    const [fucheng, ring] = await countColours(png.toString('base64'), column, [await fuchengColour(), RING]);
    // The square is 420 × 420 px, mostly 涪城区; the rings of eight parks and the key's two circles.
    expect(fucheng).toBeGreaterThan(50_000);
    expect(ring).toBeGreaterThan(1_000);
  }, 200_000);

  it('print: the picture carries the inset at its lower right; on paper the live inset is hidden', async () => {
    await h.page.getByTestId('print').click();
    await h.page.waitForSelector('body[data-printed="1"]', { timeout: 60_000 });
    const img = h.page.getByTestId('print-map');
    expect(await img.getAttribute('alt')).toMatch(/\n主城区放大 \| 园区圆点（面积 ∝ 计数）: 20 \/ 5 \| .*高新区 45/);
    const [x, y, w, hh] = (await img.getAttribute('data-detail-frame'))!.split(',').map(Number) as [number, number, number, number];
    // The printed box is 745 × 567 CSS px: the inset's 280 px square sits at its right edge, above its key.
    expect(x + w).toBeCloseTo(745, 0);
    expect(y + hh).toBeLessThan(567);
    const b64 = (await img.getAttribute('src'))!.replace(/^data:image\/png;base64,/, '');
    const frame: Rect = { x: Math.round(x * 3), y: Math.round(y * 3), w: Math.round(w * 3), h: Math.round(hh * 3) };
    const [fucheng, ring] = await countColours(b64, frame, [await fuchengColour(), RING]);
    expect(fucheng).toBeGreaterThan(0.3 * frame.w * frame.h);
    expect(ring).toBeGreaterThan(500);
    await h.page.emulateMedia({ media: 'print' });
    try {
      expect(await img.isVisible()).toBe(true);
      expect(await h.page.getByTestId('detail-view').isVisible()).toBe(false);
      const pdf = await h.page.pdf({ format: 'A4', landscape: true, printBackground: true });
      writeFileSync(resolve(RESULTS, 'detail-print.pdf'), pdf);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    } finally {
      await h.page.emulateMedia({ media: 'screen' });
      await h.page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    }
  }, 200_000);

  it('on stage: the slide comparing the three zones shows the inset, every park named, clear of the panels', async () => {
    await h.page.getByTestId('play-story').click();
    await h.page.getByTestId('story-title').waitFor();
    // The zones slide is the story's last: End is not a story key, so step there.
    for (let i = 0; i < 6; i++) await h.page.keyboard.press('ArrowRight');
    await expect.poll(() => h.page.getByTestId('story-title').locator('h2').innerText()).toBe('三个园区：高新区、经开区、科创区');
    await settle(h.page);
    const inset = h.page.getByTestId('detail-view');
    expect(await inset.isVisible()).toBe(true);
    const box = (await inset.boundingBox())!;
    for (const part of ['story-title', 'story-caption', 'story-legend', 'story-nav']) {
      const other = (await h.page.getByTestId(part).boundingBox())!;
      expect(disjoint(box, other), `${part} ${JSON.stringify(other)} vs ${JSON.stringify(box)}`).toBe(true);
    }
    expect(box.y + box.height).toBeLessThanOrEqual(768);
    const labels = (await h.page.getByTestId('detail-park-label').allTextContents()).map((s) => s.trim());
    for (const park of ['高新区 45', '经开区 35', '科创区 23']) expect(labels).toContain(park);
    // The three compared zones are ringed in the comparison's colours, not the park ring's orange.
    const rings = await h.page
      .locator('[data-testid=detail-park]')
      .evaluateAll((els) => els.map((e) => [e.getAttribute('data-park'), e.querySelector('circle')?.getAttribute('stroke')] as const));
    const ringOf = new Map(rings);
    for (const id of ['gaoxin', 'jingkai', 'kechuang']) expect(ringOf.get(id)).not.toBe('#e6550d');
    await shot(h.page, 'detail-stage');
    await h.page.keyboard.press('Escape');
  }, 120_000);

  it('made no request outside 127.0.0.1 and logged no console errors', () => {
    expect(h.external).toEqual([]);
    expect(h.errors).toEqual([]);
  });
});
