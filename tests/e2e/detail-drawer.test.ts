// Issue 11: with the analysis drawer open, the detail inset of the main urban area is not hidden under it. The inset
// steps left of the drawer (shrinking to the room there if it must), at 1366×768 in Chinese and 1920×1080 in English,
// and goes back to the lower right corner when the drawer closes. The e2e snapshot's bubbles are where they are drawn.
import { afterAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { RESULTS, clickCounty, settle, startHarness, waitForMap, type Harness } from './harness.ts';

const harnesses: Harness[] = [];

afterAll(async () => {
  await Promise.all(harnesses.map((h) => h.close()));
});

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
const boxOf = async (h: Harness, id: string): Promise<Box> => {
  const b = (await h.page.getByTestId(id).boundingBox())!;
  return { left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + b.height };
};
const disjoint = (a: Box, b: Box) => a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;

describe.each([
  { width: 1366, height: 768, lang: 'zh' },
  { width: 1920, height: 1080, lang: 'en' },
] as const)('the detail inset beside the open drawer at $width×$height ($lang)', ({ width, height, lang }) => {
  it('is clear of the drawer and inside the viewport, and returns to its corner when the drawer closes', async () => {
    const h = await startHarness({ path: `/#by=unit${lang === 'en' ? '&lang=en' : ''}`, viewport: { width, height } });
    harnesses.push(h);
    await h.page.goto(h.url);
    await waitForMap(h.page);
    await h.page.getByTestId('detail-view').waitFor();
    await settle(h.page);
    // The snapshot reports each bubble where it is drawn: the main map's placement, or the inset for those in its frame.
    const drawn = await h.page.evaluate(() => ({
      bubbles: window.__appState.bubbles,
      onMap: window.__mapSymbols!()
        .filter((s) => s.layer === 'bubbles')
        .map((s) => [s.key, s.position]),
    }));
    expect(drawn.bubbles.filter((b) => b.in === 'map').map((b) => [`bubble:${b.id}`, b.position])).toEqual(drawn.onMap);
    expect(drawn.onMap.length).toBeGreaterThan(0);
    expect(drawn.bubbles.filter((b) => b.in === 'detail').length).toBeGreaterThan(0);
    const alone = await boxOf(h, 'detail-view');
    const map = await boxOf(h, 'map');
    // Lower right corner of the map, 12 px in.
    expect(Math.round(map.right - alone.right)).toBe(12);
    expect(Math.round(map.bottom - alone.bottom)).toBe(12);

    await clickCounty(h.page, '510781');
    await h.page.getByTestId('drawer').waitFor();
    // Polled: the inset moves once the drawer's box is measured (the next frame).
    await expect.poll(async () => disjoint(await boxOf(h, 'detail-view'), await boxOf(h, 'drawer')), { timeout: 10_000 }).toBe(true);
    await settle(h.page);
    const inset = await boxOf(h, 'detail-view');
    const drawer = await boxOf(h, 'drawer');
    expect(disjoint(inset, drawer)).toBe(true);
    // Beside it, 12 px apart, and inside the viewport and the map.
    expect(Math.round(drawer.left - inset.right)).toBe(12);
    expect(inset.left).toBeGreaterThanOrEqual(map.left);
    expect(inset.top).toBeGreaterThanOrEqual(0);
    expect(inset.right).toBeLessThanOrEqual(width);
    expect(inset.bottom).toBeLessThanOrEqual(height);
    // Every park of the inset is still on screen: not one of them under the drawer.
    const labels = await h.page.getByTestId('detail-park-label').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right));
    expect(labels.length).toBeGreaterThan(5);
    expect(Math.max(...labels)).toBeLessThanOrEqual(drawer.left);
    await h.page.screenshot({ path: resolve(RESULTS, `detail-drawer-${width}-${lang}.png`) });

    await h.page
      .getByTestId('drawer')
      .getByRole('button', { name: lang === 'en' ? /close/i : /关闭/ })
      .first()
      .click();
    await expect.poll(async () => Math.round(map.right - (await boxOf(h, 'detail-view')).right), { timeout: 10_000 }).toBe(12);
    expect(h.external).toEqual([]);
    expect(h.errors).toEqual([]);
  }, 180_000);
});
