// The one placement of the map's symbols (src/lib/view/map/placement.ts), timed where it runs: in the built app, on
// every view change. For each list and for all lists together, with parks folded in and on their own, at 1366×768
// and 1920×1080, the page's own timers give what placing the main map (window.__placementMs) and the detail view
// (window.__detailMs) took on that change. Budget: no view change over 50 ms (bench/budgets.json).
import { launchChromium } from '../scripts/chromium.ts';

export interface PlacementTiming {
  /** Main map + detail view, ms, one per view change. */
  changesMs: number[];
  views: number;
}

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

export async function measurePlacement(url: string): Promise<PlacementTiming> {
  const browser = await launchChromium();
  const changesMs: number[] = [];
  try {
    for (const viewport of SIZES) {
      const page = await browser.newPage({ viewport });
      // Starts on parks-on-their-own, so the first view below (all lists, folded) is a change too.
      await page.goto(`${url}#by=unit`);
      await page.waitForFunction(() => window.__mapReady === true, undefined, { timeout: 90_000 });
      const options = await page.evaluate(() => [...document.querySelectorAll('[data-testid=list-picker] option')].map((o) => (o as HTMLOptionElement).value));
      const sels = ['all', ...options.filter((v) => v.startsWith('list:'))];
      for (const sel of sels)
        for (const by of ['county', 'unit']) {
          await page.evaluate(() => {
            window.__placementMs = undefined;
            window.__detailMs = undefined;
          });
          await page.evaluate((h) => (location.hash = h), `sel=${encodeURIComponent(sel)}&by=${by}`);
          await page.waitForFunction(() => window.__placementMs !== undefined && window.__mapIdle?.() === true, undefined, { timeout: 30_000, polling: 'raf' });
          changesMs.push(await page.evaluate(() => (window.__placementMs ?? 0) + (window.__detailMs ?? 0)));
        }
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return { changesMs, views: changesMs.length };
}
