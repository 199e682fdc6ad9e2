// Navigation → first drawn choropleth, built app vs a bare maplibre page drawing the same counties, in one run.
// Runs alternate (app, bare, app, bare, …) in fresh contexts so drift on a noisy machine hits both equally.
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM } from '../tests/e2e/harness.ts';

// The same flags as the e2e tests (DEVELOPERS.md: headless Debian Chromium renders WebGL through SwiftShader).
const CHROMIUM_ARGS = ['--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--no-sandbox', '--disable-background-networking'];

export interface PageTiming {
  firstPaintMs: number[];
  heapMb: number;
}

async function timeOnce(browser: Browser, url: string, withHeap: boolean): Promise<{ ms: number; heapMb?: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  // Nothing may leave the machine, in the bench as in the app.
  await page.route('**', (route) => (/^https?:\/\/127\.0\.0\.1[:/]/.test(route.request().url()) || route.request().url().startsWith('data:') || route.request().url().startsWith('blob:') ? route.continue() : route.abort()));
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __mapReady?: boolean }).__mapReady === true, undefined, { timeout: 60_000 });
  const ms = await page.evaluate(() => (window as unknown as { __mapReadyAt?: number }).__mapReadyAt ?? performance.now());
  let heapMb: number | undefined;
  if (withHeap) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    heapMb = Math.round((usedSize / 1024 / 1024) * 10) / 10;
  }
  await context.close();
  return { ms, heapMb };
}

export async function measurePages(appUrl: string, bareUrl: string, runs = 5): Promise<{ app: PageTiming; bare: PageTiming }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const app: PageTiming = { firstPaintMs: [], heapMb: 0 };
    const bare: PageTiming = { firstPaintMs: [], heapMb: 0 };
    // One warm-up of each so the first measured run does not pay for the disk cache alone.
    await timeOnce(browser, appUrl, false);
    await timeOnce(browser, bareUrl, false);
    for (let i = 0; i < runs; i++) {
      const a = await timeOnce(browser, appUrl, i === 0);
      app.firstPaintMs.push(a.ms);
      if (a.heapMb !== undefined) app.heapMb = a.heapMb;
      const b = await timeOnce(browser, bareUrl, i === 0);
      bare.firstPaintMs.push(b.ms);
      if (b.heapMb !== undefined) bare.heapMb = b.heapMb;
    }
    return { app, bare };
  } finally {
    await browser.close();
  }
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
