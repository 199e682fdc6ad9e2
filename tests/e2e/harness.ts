// E2E harness: the production build that tests/e2e/build.global.ts made and serves once for the whole run, opened in
// Debian's Chromium (scripts/chromium.ts, the launcher the bench and the screenshot script use too).
// Chromium must exist: a missing browser FAILS the run with a clear message (never skipped).
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const RESULTS = resolve(ROOT, 'test-results');

export interface Harness {
  browser: Browser;
  page: Page;
  url: string;
  /** Every request to a host other than 127.0.0.1/localhost (aborted). Must stay empty. */
  external: string[];
  /** console.error messages and uncaught page errors. */
  errors: string[];
  close(): Promise<void>;
}

/** A browser of its own (own profile: IndexedDB and localStorage start empty) on the shared build. */
export async function startHarness(opts: { path?: string; viewport?: { width: number; height: number } } = {}): Promise<Harness> {
  mkdirSync(RESULTS, { recursive: true });
  const base = inject('e2eUrl');
  if (!base) throw new Error("no e2e build: run the e2e tests through vitest (the e2e project's globalSetup builds and serves the app)");
  const url = new URL(opts.path ?? '/', base).href;
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: opts.viewport ?? { width: 1200, height: 800 }, deviceScaleFactor: 1 });
  const external: string[] = [];
  const errors: string[] = [];
  await page.route('**', (route) => {
    const u = new URL(route.request().url());
    const local = u.hostname === '127.0.0.1' || u.hostname === 'localhost' || u.protocol === 'data:' || u.protocol === 'blob:';
    if (local) return route.continue();
    external.push(route.request().url());
    return route.abort();
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return {
    browser,
    page,
    url,
    external,
    errors,
    async close() {
      await browser.close().catch(() => {});
    },
  };
}

/** Waits for window.__mapReady; on timeout reports what the page shows instead (error banner text). */
export async function waitForMap(page: Page, timeoutMs = 60_000): Promise<void> {
  try {
    await page.waitForFunction(() => window.__mapReady === true, undefined, { timeout: timeoutMs, polling: 200 });
  } catch (e) {
    const banner = await page
      .locator('[data-testid=error]')
      .textContent()
      .catch(() => null);
    throw new Error(`map never became ready${banner ? `; page shows: ${banner}` : ''} (${(e as Error).message.split('\n')[0]})`);
  }
}

/** startHarness, then its page opened at the app and waited on until the map is drawn and idle: a test file's setup. */
export async function startAtMap(opts: Parameters<typeof startHarness>[0] = {}): Promise<Harness> {
  const h = await startHarness(opts);
  await h.page.goto(h.url);
  await waitForMap(h.page);
  await settle(h.page);
  return h;
}

/**
 * Waits until the map and its overlay have drawn everything (window.__mapIdle, MapView.svelte: maplibre idle, no
 * change pending, deck.gl's latest layers drawn). Two animation frames first: a change that reaches the map from a
 * promise (a chunk loaded, a worker's answer) is handed over within them, so "idle" is not the state from before it.
 */
export async function settle(page: Page, timeoutMs = 30_000): Promise<void> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  try {
    await page.waitForFunction(() => window.__mapIdle?.() === true, undefined, { timeout: timeoutMs, polling: 'raf' });
  } catch (e) {
    throw new Error(`the map never went idle (window.__mapIdle) within ${timeoutMs} ms (${(e as Error).message.split('\n')[0]})`);
  }
}

export interface Shot {
  png: Buffer;
  name: string;
}

/** Screenshot of the map area, saved to test-results/<name>.png for a human to look at. */
export async function shot(page: Page, name: string): Promise<Shot> {
  const box = await page.locator('[data-testid=map]').boundingBox();
  if (!box) throw new Error('map element has no box');
  const png = await page.screenshot({ path: resolve(RESULTS, `${name}.png`), clip: box });
  return { png, name };
}

/**
 * Pixel statistics computed inside the page (the browser decodes the PNG; no image library needed in Node):
 * number of distinct colours (quantised to 4 bits per channel, counted when ≥ 0.2 % of the pixels) and, with a
 * second image, the number of pixels that differ by more than 24 in any channel.
 */
export async function pixelStats(page: Page, a: Shot, b?: Shot): Promise<{ distinct: number; pixels: number; differing: number }> {
  // Kept as source text: transpilers may wrap named inner functions in helpers (__name) that do not exist in the page.
  const arg = JSON.stringify([a.png.toString('base64'), b?.png.toString('base64') ?? null]);
  return page.evaluate(`(${PIXEL_STATS_SRC})(${arg})`) as Promise<{ distinct: number; pixels: number; differing: number }>;
}

/**
 * Source of an in-page function (b64, rect?) → { data, width, height }: a base64 PNG's RGBA pixels, of `rect`
 * ({x, y, w, h}) or the whole image, decoded by the browser. Every in-page pixel check starts from it; kept as
 * source text (see above) and spliced into theirs.
 */
export const DECODE_PNG_SRC = `async function (b64, rect) {
  var bmp = await createImageBitmap(await (await fetch('data:image/png;base64,' + b64)).blob());
  var c = new OffscreenCanvas(bmp.width, bmp.height);
  var ctx = c.getContext('2d');
  ctx.drawImage(bmp, 0, 0);
  var r = rect || { x: 0, y: 0, w: bmp.width, h: bmp.height };
  return { data: ctx.getImageData(r.x, r.y, r.w, r.h).data, width: r.w, height: r.h };
}`;

const COUNT_COLOURS_SRC = `async function (args) {
  var px = (await (${DECODE_PNG_SRC})(args.b64, args.rect)).data;
  return args.colours.map(function (c) {
    var n = 0;
    for (var i = 0; i < px.length; i += 4) {
      if (Math.abs(px[i] - c[0]) <= args.tol && Math.abs(px[i + 1] - c[1]) <= args.tol && Math.abs(px[i + 2] - c[2]) <= args.tol) n++;
    }
    return n;
  });
}`;

/** Pixels within `tol` (each channel) of each of `colours` ([r, g, b]) inside `rect` of a PNG, decoded in the page. */
export function countColours(
  page: import('playwright-core').Page,
  png: Buffer | string,
  rect: { x: number; y: number; w: number; h: number },
  colours: number[][],
  tol: number,
): Promise<number[]> {
  const b64 = typeof png === 'string' ? png : png.toString('base64');
  return page.evaluate(`(${COUNT_COLOURS_SRC})(${JSON.stringify({ b64, rect, colours, tol })})`) as Promise<number[]>;
}

const PIXEL_STATS_SRC = `async function (args) {
  var ia = args[0], ib = args[1];
  var decode = ${DECODE_PNG_SRC};
  var da = (await decode(ia)).data;
  var hist = new Map();
  for (var i = 0; i < da.length; i += 4) {
    var key = ((da[i] >> 4) << 8) | ((da[i + 1] >> 4) << 4) | (da[i + 2] >> 4);
    hist.set(key, (hist.get(key) || 0) + 1);
  }
  var pixels = da.length / 4;
  var distinct = 0;
  hist.forEach(function (n) { if (n >= pixels * 0.002) distinct++; });
  var differing = 0;
  if (ib) {
    var db = (await decode(ib)).data;
    for (var j = 0; j < Math.min(da.length, db.length); j += 4) {
      if (Math.abs(da[j] - db[j]) > 24 || Math.abs(da[j + 1] - db[j + 1]) > 24 || Math.abs(da[j + 2] - db[j + 2]) > 24) differing++;
    }
  }
  return { distinct: distinct, pixels: pixels, differing: differing };
}`;

/**
 * Reload, retrying once when the navigation itself fails (net::ERR_HTTP_RESPONSE_CODE_FAILURE was seen from vite
 * preview while other test files built on the same two cores; the build is now made once, before any file runs,
 * but a loaded machine can still drop a response). A second failure is a real one.
 */
export async function reload(page: Page): Promise<void> {
  try {
    await page.reload();
  } catch (e) {
    if (!/net::ERR_/.test((e as Error).message)) throw e;
    await page.reload();
  }
}

/** Page coordinates of a [lng, lat] on the map (the app exposes its projection as window.__mapProject). */
export async function pagePointOf(page: Page, lngLat: readonly [number, number]): Promise<[number, number]> {
  const [x, y] = await page.evaluate((p) => window.__mapProject!(p), [lngLat[0], lngLat[1]] as [number, number]);
  const box = (await page.locator('[data-testid=map]').boundingBox())!;
  return [box.x + x, box.y + y];
}

/**
 * Click a county on the map. Off its label point (≈ 10 km south-east), so the click lands on the fill and not on a label,
 * bubble or park circle. South-east because it stays ≥ 3.9 km inside each of the nine counties from their label points
 * (polylabel poles; south-west left 涪城区).
 */
export async function clickCounty(page: Page, code: string): Promise<void> {
  const counties = JSON.parse(readFileSync(resolve(ROOT, 'geo/counties.json'), 'utf8')) as { code: string; point: [number, number] }[];
  const c = counties.find((x) => x.code === code);
  if (!c) throw new Error(`clickCounty: no county ${code} in geo/counties.json`);
  // The camera may still be moving (a panel such as the detail view appearing re-frames it): project once still.
  await settle(page);
  const [x, y] = await pagePointOf(page, [c.point[0] + 0.05, c.point[1] - 0.08]);
  await page.mouse.click(x, y);
}

/** The counties' pinyin as pinyin-pro gives it in English (map labels, table area names), by name as tables print it. */
export const COUNTY_PINYIN: Record<string, string> = {
  涪城区: 'Fúchéngqū',
  游仙区: 'Yóuxiānqū',
  安州区: 'Ānzhōuqū',
  江油市: 'Jiāngyóushì',
  三台县: 'Sāntáixiàn',
  盐亭县: 'Yántíngxiàn',
  梓潼县: 'Zǐtóngxiàn',
  北川: 'Běichuān',
  平武县: 'Píngwǔxiàn',
};
