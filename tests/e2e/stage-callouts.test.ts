// Callouts on the live stage: a playing step draws its callouts over the map (not only in the PNG, deck and
// printout), each box clear of every county label and symbol where the placement drew it and of every panel (title,
// caption, legend, buttons, detail inset), with a leader line from the place it is pinned to that never crosses the
// county's own label; placed again when the map moves. At 1366×768 in Chinese and 1920×1080 in English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { County, Park } from '../../src/lib/types.ts';
import { RESULTS, ROOT, settle, startAtMap, type Harness } from './harness.ts';

let h: Harness;

const counties = JSON.parse(readFileSync(resolve(ROOT, 'geo/counties.json'), 'utf8')) as County[];
const parks = JSON.parse(readFileSync(resolve(ROOT, 'geo/parks.json'), 'utf8')) as Park[];
const pointOf = (id: string): [number, number] => (counties.find((c) => c.code === id) ?? parks.find((p) => p.id === id))!.point;

const STORY = {
  title: '舞台标注',
  steps: [
    {
      title: '高新区与江油',
      titleEn: 'Gaoxin and Jiangyou',
      caption: '两处标注',
      captionEn: 'Two callouts',
      view: 'by=unit',
      callouts: [
        { at: 'gaoxin', text: '高新区：45 次入选', textEn: '高新区: 45 designations' },
        { at: '510781', text: '江油市：25 次', textEn: '江油市: 25' },
      ],
    },
    {
      // Parks folded into their counties: the callout to 经开区 points at 涪城区 and says so.
      title: '经开区并入涪城区',
      caption: '园区计入区县',
      view: 'by=county',
      callouts: [{ at: 'jingkai', text: '经开区：35 次' }],
    },
  ],
};
const PANELS = ['story-title', 'story-caption', 'story-legend', 'story-nav', 'detail-view'] as const;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
// Touching edges are not an overlap; half a pixel of rounding is allowed.
const overlap = (a: Box, b: Box) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

/** How long a stretch of the segment a→b lies inside box `o`, px (sampled every ¼ px). */
function insideLength(a: [number, number], b: [number, number], o: Box): number {
  const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
  const n = Math.max(1, Math.ceil(len * 4));
  let inside = 0;
  for (let k = 0; k <= n; k++) {
    const [x, y] = [a[0] + ((b[0] - a[0]) * k) / n, a[1] + ((b[1] - a[1]) * k) / n];
    if (x > o.left + 0.5 && x < o.right - 0.5 && y > o.top + 0.5 && y < o.bottom - 0.5) inside++;
  }
  return (inside * len) / n;
}

beforeAll(async () => {
  h = await startAtMap({ viewport: { width: 1366, height: 768 } });
}, 120_000);

afterAll(async () => {
  await h?.close();
});

/** The callouts on screen, and what they must keep clear of, all in page px. */
async function measure() {
  const page = h.page;
  const map = (await page.getByTestId('map').boundingBox())!;
  const callouts = await page.getByTestId('stage-callout').evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return { text: e.textContent!.trim(), box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom } };
    }),
  );
  const lines = await page
    .getByTestId('stage-callout-line')
    .evaluateAll((els) => els.map((e) => ['x1', 'y1', 'x2', 'y2'].map((k) => Number(e.getAttribute(k)))));
  // Every placed label box and park/green-park circle, where the map drew it.
  const symbols = await page.evaluate(() =>
    (window.__mapSymbols?.() ?? [])
      .filter((s) => s.layer === 'labels' || s.layer === 'park-units' || s.layer === 'green-parks')
      .map((s) => ({ key: s.key, at: window.__mapProject!(s.position), parts: s.parts })),
  );
  const drawn: (Box & { key: string })[] = symbols.flatMap((s) =>
    s.parts.map((p) => {
      const [x, y] = [map.x + s.at[0] + p.dx, map.y + s.at[1] + p.dy];
      const [hw, hh] = p.kind === 'circle' ? [p.r, p.r] : [p.w / 2, p.h / 2];
      return { key: s.key, left: x - hw, right: x + hw, top: y - hh, bottom: y + hh };
    }),
  );
  const panels: (Box & { id: string })[] = [];
  for (const id of PANELS) {
    const b = await page.getByTestId(id).boundingBox();
    if (b) panels.push({ id, left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + b.height });
  }
  return { map, callouts, lines, drawn, panels };
}

async function checkStage(texts: string[], places: string[], where: string): Promise<void> {
  await expect.poll(() => h.page.getByTestId('stage-callout').allInnerTexts(), { timeout: 30_000 }).toEqual(texts);
  await settle(h.page);
  const m = await measure();
  expect(m.drawn.filter((d) => d.key.startsWith('label:')).length, where).toBe(9);
  // Every panel of the stage is there to keep clear of (the detail inset only where the slide has one).
  expect(m.panels.map((p) => p.id).filter((id) => id !== 'detail-view')).toEqual(PANELS.filter((id) => id !== 'detail-view'));
  for (const [i, c] of m.callouts.entries()) {
    const label = `${where}: callout ${c.text}`;
    // Inside the map, clear of every label and symbol as drawn, and of every panel.
    expect(c.box.left, label).toBeGreaterThanOrEqual(m.map.x - 0.5);
    expect(c.box.top, label).toBeGreaterThanOrEqual(m.map.y - 0.5);
    expect(c.box.right, label).toBeLessThanOrEqual(m.map.x + m.map.width + 0.5);
    expect(c.box.bottom, label).toBeLessThanOrEqual(m.map.y + m.map.height + 0.5);
    expect(
      m.drawn.filter((d) => overlap(d, c.box)).map((d) => d.key),
      label,
    ).toEqual([]);
    expect(
      m.panels.filter((p) => overlap(p, c.box)).map((p) => p.id),
      label,
    ).toEqual([]);
    // The leader line starts at the place as the live map projects it — or, for a place under its county's own label,
    // on that label's edge — never crosses that label, and ends on the box's edge.
    const [x1, y1, x2, y2] = m.lines[i]!;
    const at = await h.page.evaluate((p) => window.__mapProject!(p), pointOf(places[i]!));
    const own = m.drawn.filter((d) => d.key === `label:${places[i]}`);
    const [ax, ay] = [m.map.x + at[0], m.map.y + at[1]];
    const under = own.find((o) => ax > o.left && ax < o.right && ay > o.top && ay < o.bottom);
    if (under) {
      const [sx, sy] = [m.map.x + x1!, m.map.y + y1!];
      expect(Math.min(...[sx - under.left, under.right - sx, sy - under.top, under.bottom - sy].map(Math.abs)), label).toBeLessThan(1);
    } else expect(Math.hypot(x1! - at[0], y1! - at[1]), label).toBeLessThan(1);
    for (const o of own) expect(insideLength([m.map.x + x1!, m.map.y + y1!], [m.map.x + x2!, m.map.y + y2!], o), `${label} crosses its label`).toBeLessThan(1);
    const [px, py] = [m.map.x + x2!, m.map.y + y2!];
    expect(px, label).toBeGreaterThanOrEqual(c.box.left - 1);
    expect(px, label).toBeLessThanOrEqual(c.box.right + 1);
    expect(py, label).toBeGreaterThanOrEqual(c.box.top - 1);
    expect(py, label).toBeLessThanOrEqual(c.box.bottom + 1);
    const onEdge = Math.min(Math.abs(px - c.box.left), Math.abs(px - c.box.right), Math.abs(py - c.box.top), Math.abs(py - c.box.bottom));
    expect(onEdge, label).toBeLessThan(1.5);
  }
  // No two callouts overlap.
  for (const [i, a] of m.callouts.entries()) for (const b of m.callouts.slice(i + 1)) expect(overlap(a.box, b.box), where).toBe(false);
}

describe('callouts on the live stage', () => {
  it('at 1366×768 in Chinese: drawn clear of the labels and panels, a leader line from each place; placed again after a pan', async () => {
    const file = resolve(RESULTS, 'stage-callouts-story.json');
    writeFileSync(file, JSON.stringify(STORY));
    await h.page.getByTestId('mystory-import').setInputFiles(file);
    await expect.poll(() => h.page.getByTestId('mystory-title').allInnerTexts()).toEqual(['高新区与江油', '经开区并入涪城区']);
    await h.page.getByTestId('mystory-preview').first().click();
    await expect.poll(() => h.page.getByTestId('story-title').locator('h2').innerText()).toBe('高新区与江油');
    await checkStage(['高新区：45 次入选', '江油市：25 次'], ['gaoxin', '510781'], '1366 zh');
    await h.page.screenshot({ path: resolve(RESULTS, 'stage-callouts-1366-zh.png') });

    // A pan moves the places: the lines follow them (高新区's: a park has no label of its own to start at the edge of).
    const before = (await measure()).lines[0]!;
    const map = (await h.page.getByTestId('map').boundingBox())!;
    const [sx, sy] = [map.x + map.width * 0.45, map.y + map.height * 0.5];
    await h.page.mouse.move(sx, sy);
    await h.page.mouse.down();
    await h.page.mouse.move(sx - 60, sy - 40, { steps: 6 });
    await h.page.mouse.up();
    await settle(h.page);
    const after = await h.page.evaluate((p) => window.__mapProject!(p), pointOf('gaoxin'));
    expect(Math.hypot(after[0] - before[0]!, after[1] - before[1]!)).toBeGreaterThan(30);
    await expect.poll(async () => (await measure()).lines[0]!.slice(0, 2).map(Math.round)).toEqual(after.map(Math.round));

    // The next step folds parks into their counties: the callout to 经开区 is not dropped, it points at 涪城区.
    await h.page.keyboard.press('ArrowRight');
    await expect.poll(() => h.page.getByTestId('story-title').locator('h2').innerText()).toBe('经开区并入涪城区');
    await checkStage(['经开区：35 次（经开区计入涪城区）'], ['510703'], '1366 zh, folded');
    await h.page.screenshot({ path: resolve(RESULTS, 'stage-callouts-1366-folded.png') });
    await h.page.keyboard.press('Escape');
    // The editor says why, beside the callout.
    await h.page.getByTestId('mystory-edit').nth(1).click();
    await expect.poll(() => h.page.getByTestId('step-callout-note').allInnerTexts()).toEqual(['本步骤园区并入区县：标注指向涪城区']);
    await h.page.getByTestId('mystory-edit').nth(1).click();
  }, 180_000);

  it('at 1920×1080 in English: the English texts, clear of the labels and panels', async () => {
    await h.page.setViewportSize({ width: 1920, height: 1080 });
    await h.page.getByTestId('lang-toggle').click();
    await h.page.getByTestId('mystory-preview').first().click();
    await expect.poll(() => h.page.getByTestId('story-title').locator('h2').innerText()).toBe('Gaoxin and Jiangyou');
    await checkStage(['高新区: 45 designations', '江油市: 25'], ['gaoxin', '510781'], '1920 en');
    await h.page.screenshot({ path: resolve(RESULTS, 'stage-callouts-1920-en.png') });
  }, 180_000);

  it('made no request outside 127.0.0.1 and logged no console errors', () => {
    expect(h.external).toEqual([]);
    expect(h.errors).toEqual([]);
  });
});
