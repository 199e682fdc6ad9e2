// Navigation → first drawn choropleth, built app vs a bare maplibre page and an ECharts page drawing the same counties,
// in one run. Runs alternate (app, bare, ECharts, app, …) in fresh contexts so drift on a noisy machine hits all equally.
import type { Browser } from 'playwright-core';
// The same browser and flags as the e2e tests and the screenshot script.
import { launchChromium } from '../scripts/chromium.ts';

export interface PageTiming {
  firstPaintMs: number[];
  heapMb: number;
  /** Frame intervals (ms) while the mouse sweeps across the map, hover tooltips and highlights updating. */
  hoverFramesMs: number[];
  /** From the first choropleth until the page is quiet (settle()), in the round that sweeps. */
  settleMs: number;
  /** The app's start-up marks (performance.mark 'app:…'), ms since navigation, one array per mark over the runs. */
  marks: Record<string, number[]>;
}

/** How long after its first choropleth a page goes quiet: its map idle and no long task for QUIET_MS. */
const QUIET_MS = 500;

/**
 * Wait until the page is quiet; ms from the first choropleth (__mapReadyAt) until then. The app loads its panels'
 * code, deck.gl and the detail view after the first choropleth (the first paint does not wait for them): a hover
 * sweep started meanwhile timed that start-up work, not hover. The bare and ECharts pages are quiet at once.
 */
async function settle(page: import('playwright-core').Page): Promise<number> {
  await page.evaluate(`(() => {
    window.__lastLong = performance.now();
    new PerformanceObserver((l) => l.getEntries().forEach((e) => (window.__lastLong = Math.max(window.__lastLong, e.startTime + e.duration)))).observe({ type: 'longtask', buffered: true });
  })()`);
  // A function, not source text: waitForFunction evals text in the page, which the app's CSP refuses.
  await page.waitForFunction(
    (quiet) => {
      const w = window as unknown as { __mapIdle?: () => boolean; __lastLong: number };
      return (!w.__mapIdle || w.__mapIdle()) && performance.now() - w.__lastLong >= quiet;
    },
    QUIET_MS,
    { polling: 100, timeout: 60_000 },
  );
  return page.evaluate(`Math.max(0, window.__lastLong - (window.__mapReadyAt ?? window.__lastLong))`) as Promise<number>;
}

/** Sweep the pointer over the map for ~2 s and record every requestAnimationFrame interval meanwhile. */
async function hoverFrames(page: import('playwright-core').Page): Promise<number[]> {
  // The app's map element, or the bare page's #map: the sweep covers the same screen area on both.
  const box = await page.locator('[data-testid=map], #map').first().boundingBox();
  if (!box) return [];
  // Source text, not a function: tsx's keepNames would wrap the named callback in a __name helper the page lacks.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__sweeping = true;
    let last = performance.now();
    const tick = (t) => {
      window.__frames.push(t - last);
      last = t;
      if (window.__sweeping) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  for (let i = 0; i <= 120; i++) {
    const f = i / 120;
    await page.mouse.move(box.x + box.width * (0.2 + 0.6 * f), box.y + box.height * (0.25 + 0.5 * Math.sin(f * Math.PI)));
    // Pacing, not waiting for anything: one pointer move per 60 Hz frame, as a hand moves a mouse.
    await page.waitForTimeout(16);
  }
  return page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __sweeping: boolean };
    w.__sweeping = false;
    return w.__frames.slice(2);
  });
}

async function timeOnce(
  browser: Browser,
  url: string,
  withHeap: boolean,
): Promise<{ ms: number; heapMb?: number; frames?: number[]; settleMs?: number; marks: Record<string, number> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  // Nothing may leave the machine, in the bench as in the app.
  // file: for the one-file map, which is opened as a file.
  await page.route('**', (route) => (/^(https?:\/\/127\.0\.0\.1[:/]|data:|blob:|file:)/.test(route.request().url()) ? route.continue() : route.abort()));
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __mapReady?: boolean }).__mapReady === true, undefined, { timeout: 60_000 });
  const ms = await page.evaluate(() => (window as unknown as { __mapReadyAt?: number }).__mapReadyAt ?? performance.now());
  const marks = Object.fromEntries(
    await page.evaluate(() => [
      ...performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('app:'))
        .map((m) => [m.name, m.startTime] as [string, number]),
      // The entry script and the boundaries file: when they finished downloading.
      ...performance
        .getEntriesByType('resource')
        .filter((r) => /\/assets\/(index-[^/]*\.js|(mianyang\.topo|lists|records|placed|targets)-[^/]*\.json)$/.test(r.name))
        .map((r) => [`fetched:${r.name.replace(/^.*\/assets\/([a-z.]+)-.*$/, '$1')}`, (r as PerformanceResourceTiming).responseEnd] as [string, number]),
    ]),
  );
  let heapMb: number | undefined;
  if (withHeap) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    heapMb = Math.round((usedSize / 1024 / 1024) * 10) / 10;
  }
  const settleMs = withHeap ? await settle(page) : undefined;
  const frames = withHeap ? await hoverFrames(page) : undefined;
  await context.close();
  return { ms, heapMb, frames, settleMs, marks };
}

/**
 * The app and the comparison pages (the bare maplibre page, the ECharts page) taken in turns, `runs` rounds after one
 * warm-up of each. The first round also takes the JS heap and the hover sweep of every page.
 */
export async function measurePages<K extends string>(urls: Record<K, string>, runs = 5): Promise<Record<K, PageTiming>> {
  const browser = await launchChromium();
  try {
    const names = Object.keys(urls) as K[];
    const blank = (): PageTiming => ({ firstPaintMs: [], heapMb: 0, hoverFramesMs: [], settleMs: 0, marks: {} });
    const out = Object.fromEntries(names.map((k) => [k, blank()])) as Record<K, PageTiming>;
    // One warm-up of each so the first measured run does not pay for the disk cache alone.
    for (const k of names) await timeOnce(browser, urls[k], false);
    for (let i = 0; i < runs; i++)
      for (const k of names) {
        const r = await timeOnce(browser, urls[k], i === 0);
        const t = out[k];
        t.firstPaintMs.push(r.ms);
        for (const [m, v] of Object.entries(r.marks)) (t.marks[m] ??= []).push(v);
        if (r.heapMb !== undefined) t.heapMb = r.heapMb;
        if (r.frames) t.hoverFramesMs = r.frames;
        if (r.settleMs !== undefined) t.settleMs = r.settleMs;
      }
    return out;
  } finally {
    await browser.close();
  }
}

/**
 * Time to the first choropleth of two pages taken in turns (the one-file map from file:// and the served app, say),
 * so both see the same machine load: one warm-up each, then `runs` pairs.
 */
export async function measureFirstMaps(aUrl: string, bUrl: string, runs = 5): Promise<{ a: number[]; b: number[] }> {
  const browser = await launchChromium();
  try {
    await timeOnce(browser, aUrl, false);
    await timeOnce(browser, bUrl, false);
    const out = { a: [] as number[], b: [] as number[] };
    for (let i = 0; i < runs; i++) {
      out.a.push((await timeOnce(browser, aUrl, false)).ms);
      out.b.push((await timeOnce(browser, bUrl, false)).ms);
    }
    return out;
  } finally {
    await browser.close();
  }
}

export const median = (xs: number[]): number => quantile(xs, 0.5);

export function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  return s[lo]! + (s[Math.min(lo + 1, s.length - 1)]! - s[lo]!) * (pos - lo);
}
