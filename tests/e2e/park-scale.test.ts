// Park scale (issue 11), in 园区单列 at 1920×1080 and 1366×768: the detail view names every park of the gazetteer
// that has a count, hovering each park's circle gives that park's tooltip, and no two symbols (circles, park names)
// overlap by more than 1 px, in the detail view or on the main map.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { Park } from '../../src/lib/types.ts';
import { loadData } from '../../src/app/data.ts';
import { countByArea } from '../../src/lib/aggregate/index.ts';
import { IMPORT_PLAN } from '../../src/lib/import/types.ts';
import { ROOT, settle, shot, startHarness, waitForMap, type Harness } from './harness.ts';

const parks = JSON.parse(readFileSync(resolve(ROOT, 'geo/parks.json'), 'utf8')) as Park[];
/** The parks with a count on all lists, parks on their own: what the view must name (computed here, not read off the page). */
let counted: { id: string; name: string; count: number }[] = [];
beforeAll(async () => {
  const data = await loadData();
  const lists = data.lists.filter((l) => l.plan !== IMPORT_PLAN).map((l) => l.id);
  const cells = countByArea(data.placed, { lists: new Set(lists), by: 'unit', distinct: false });
  counted = parks.flatMap((p) => {
    const n = cells.get(p.name)?.count ?? cells.get(p.id)?.count ?? 0;
    return n > 0 ? [{ id: p.id, name: p.name, count: n }] : [];
  });
});

interface Circle {
  id: string;
  x: number;
  y: number;
  r: number;
}
interface Rect {
  id: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** How far two circles overlap (px; ≤ 0 when apart). */
const circleOverlap = (a: Circle, b: Circle) => a.r + b.r - Math.hypot(a.x - b.x, a.y - b.y);
const rectOverlap = (a: Rect, b: Rect) => Math.min(a.right - b.left, b.right - a.left, a.bottom - b.top, b.bottom - a.top);
function rectCircleOverlap(a: Rect, c: Circle): number {
  const nx = Math.max(a.left, Math.min(c.x, a.right));
  const ny = Math.max(a.top, Math.min(c.y, a.bottom));
  return c.r - Math.hypot(c.x - nx, c.y - ny);
}

/** Every pair overlapping by more than 1 px, named. */
function overlaps(circles: Circle[], rects: Rect[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < circles.length; i++)
    for (let j = i + 1; j < circles.length; j++) if (circleOverlap(circles[i]!, circles[j]!) > 1) out.push(`${circles[i]!.id} × ${circles[j]!.id}`);
  for (let i = 0; i < rects.length; i++) {
    // A park's name and its pinyin row are one label (their text boxes include the font's ascent and descent).
    for (let j = i + 1; j < rects.length; j++)
      if (rects[i]!.id !== rects[j]!.id && rectOverlap(rects[i]!, rects[j]!) > 1) out.push(`${rects[i]!.id} × ${rects[j]!.id}`);
    // A name may sit on its own circle's edge, never on another symbol.
    for (const c of circles) if (c.id !== rects[i]!.id && rectCircleOverlap(rects[i]!, c) > 1) out.push(`${rects[i]!.id} × ${c.id}`);
  }
  return out;
}

/** The detail view's circles and park names as drawn (page pixels). */
async function detailSymbols(page: Page): Promise<{ circles: Circle[]; names: Rect[] }> {
  return page.evaluate(() => {
    const map = document.querySelector('[data-testid=detail-view] svg')!;
    const circles = [...map.querySelectorAll<SVGCircleElement>('[data-testid=detail-symbol]')].map((c, i) => {
      const b = c.getBoundingClientRect();
      const stroke = Number(c.getAttribute('stroke-width') ?? 1);
      const id = c.closest('[data-park]')?.getAttribute('data-park') ?? `symbol-${i}`;
      return { id, x: b.left + b.width / 2, y: b.top + b.height / 2, r: c.r.baseVal.value + stroke / 2 };
    });
    // Each park's name, and in English the pinyin row under it.
    const names = [...map.querySelectorAll<SVGTextElement>('[data-testid=detail-park-label], [data-testid=detail-park-pinyin]')].map((t) => {
      const b = t.getBoundingClientRect();
      return { id: t.closest('[data-park]')!.getAttribute('data-park')!, left: b.left, top: b.top, right: b.right, bottom: b.bottom };
    });
    return { circles, names };
  });
}

const harnesses: Harness[] = [];
afterAll(async () => {
  for (const h of harnesses) await h.close();
});

describe.each([
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
])('园区单列 at $width×$height', (viewport) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ path: '/#by=unit', viewport });
    harnesses.push(h);
    await h.page.goto(h.url);
    await waitForMap(h.page, 120_000);
    await settle(h.page, 60_000);
  }, 200_000);

  it('shows the detail view of the main urban area, beside the map and inside the window', async () => {
    const box = (await h.page.getByTestId('detail-view').boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    await shot(h.page, `park-scale-${viewport.width}`);
  });

  it('names every park of the gazetteer that has a count, with its short name and count', async () => {
    const areas = await h.page.evaluate(() =>
      [...document.querySelectorAll('[data-testid=detail-park]')].map((el) => [
        el.getAttribute('data-park'),
        el.querySelector('[data-testid=detail-park-label]')?.textContent?.trim(),
      ]),
    );
    const named = new Map(areas as [string, string][]);
    expect([...named.keys()].sort()).toEqual(counted.map((p) => p.id).sort());
    for (const p of counted) expect(named.get(p.id)).toBe(`${p.name} ${p.count}`);
    for (const id of named.keys()) {
      const visible = await h.page.locator(`[data-testid=detail-park][data-park="${id}"] [data-testid=detail-park-label]`).isVisible();
      expect([id, visible]).toEqual([id, true]);
    }
  });

  it("hovering each park's circle gives that park's tooltip", { timeout: 60_000 }, async () => {
    const ids = await h.page.evaluate(() => [...document.querySelectorAll('[data-testid=detail-park]')].map((el) => el.getAttribute('data-park')!));
    expect(ids.sort()).toEqual(counted.map((p) => p.id).sort());
    for (const id of ids) {
      const name = parks.find((p) => p.id === id)!.name;
      const circle = h.page.locator(`[data-testid=detail-park][data-park="${id}"] [data-testid=detail-symbol]`);
      const b = (await circle.boundingBox())!;
      await h.page.mouse.move(5, 5);
      await h.page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
      const tip = h.page.getByTestId('tooltip');
      await expect.poll(() => tip.isVisible()).toBe(true);
      expect([id, (await tip.innerText()).split('\n')[0]]).toEqual([id, `${name}（园区）`]);
    }
  });

  it('no two symbols overlap by more than 1 px, in the detail view or on the main map', async () => {
    const { circles, names } = await detailSymbols(h.page);
    expect(circles.length).toBeGreaterThan(20);
    expect(overlaps(circles, names)).toEqual([]);
    const main = await h.page.evaluate(() =>
      window.__mapSymbols!()
        .filter((s) => s.layer !== 'labels')
        .map((s) => {
          const [x, y] = window.__mapProject!(s.position);
          return { id: s.key, x, y, r: s.radiusPx };
        }),
    );
    expect(main.length).toBeGreaterThan(5);
    expect(overlaps(main, [])).toEqual([]);
  });

  it('in English each park in the frame has its pinyin under its name, and still nothing overlaps', { timeout: 60_000 }, async () => {
    await h.page.getByTestId('lang-toggle').click();
    const pinyin = h.page.locator('[data-testid=detail-view] svg [data-testid=detail-park-pinyin]');
    const inFrame = await h.page.locator('[data-testid=detail-view] svg [data-testid=detail-park]').count();
    await expect.poll(() => pinyin.count(), { timeout: 30_000 }).toBe(inFrame);
    await settle(h.page);
    const rows = await h.page
      .locator('[data-testid=detail-view] svg [data-testid=detail-park]')
      .evaluateAll((els) => els.map((e) => [e.getAttribute('data-park'), ...[...e.querySelectorAll('text')].map((t) => t.textContent!.trim())]));
    expect(rows.find((r) => r[0] === 'gaoxin')).toEqual(['gaoxin', expect.stringMatching(/^高新区 \d+$/), 'Gāoxīnqū']);
    const { circles, names } = await detailSymbols(h.page);
    expect(names.length).toBe(2 * inFrame);
    expect(overlaps(circles, names)).toEqual([]);
    await shot(h.page, `park-scale-en-${viewport.width}`);
  });

  it('a click on a park opens its district view; nothing went outside 127.0.0.1 and no console errors', { timeout: 60_000 }, async () => {
    await h.page.locator('[data-testid=detail-park][data-park=gaoxin] [data-testid=detail-symbol]').click();
    await expect.poll(() => h.page.evaluate(() => location.hash)).toContain('area=gaoxin');
    expect(h.external).toEqual([]);
    expect(h.errors).toEqual([]);
  });
});
