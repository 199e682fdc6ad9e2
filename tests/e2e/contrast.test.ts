// Contrast of the text over the map, read from the rendered page: axe (a11y.test.ts) cannot see through the story
// panels and the tooltip, which let the map show through. Every visible piece of text in the map area (tooltip, story
// title, caption, legend and buttons, the analysis drawer) is measured from getComputedStyle: its colour, and the
// backgrounds of it and its ancestors composited nearest first; where they are translucent all the way down, the map
// is behind, and the map can draw any colour, so its worst pixel is taken (src/lib/present/contrast.ts
// worstContrast). Normal view and story mode, in Chinese and in English. Outlines that must stand out 3:1 (the focus
// ring, the legend swatches' borders) are read the same way. A CSS change that lowers any of these fails here.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { County } from '../../src/lib/types.ts';
import { parseColor, worstContrast } from '../../src/lib/present/contrast.ts';
import { pagePointOf, ROOT, settle, startHarness, waitForMap, type Harness } from './harness.ts';

let h: Harness;
const AA = 4.5;
/** WCAG 1.4.11: user interface components and their states against what is around them. */
const NON_TEXT = 3;

/** A piece of text as the page renders it. */
interface Measured {
  /** Tag and the nearest data-testid or class, to say which element failed. */
  what: string;
  text: string;
  color: string;
  /** Backgrounds under the text, nearest first; a gradient gives several colours, any of which may be under it. */
  layers: string[][];
  /** Product of the opacities of it and its ancestors (1 unless something fades a panel). */
  opacity: number;
}

/**
 * In-page: every element with its own visible text under `scope`, except inside the map element (maplibre's and
 * deck.gl's canvases; labels drawn into them are src/app/labelContrast.test.ts's), disabled controls and
 * aria-hidden decoration (WCAG exempts both). Backgrounds are collected up to the root. Source text, not a
 * function: transpilers may wrap named inner functions in helpers (__name) that do not exist in the page.
 */
const COLLECT_SRC = `function (scopeSelector) {
  var scope = document.querySelector(scopeSelector);
  var map = document.querySelector('[data-testid=map]');
  var out = [];
  var all = scope.querySelectorAll('*');
  for (var i = 0; i < all.length; i++) {
    var el = all[i];
    if (map && map.contains(el)) continue;
    if (el.closest(':disabled, [aria-hidden=true], svg')) continue;
    var own = '';
    for (var n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3) own += n.textContent;
    own = own.trim();
    if (!own || el.getClientRects().length === 0) continue;
    var cs = getComputedStyle(el);
    if (cs.visibility === 'hidden') continue;
    var layers = [];
    var opacity = 1;
    for (var a = el; a; a = a.parentElement) {
      var s = getComputedStyle(a);
      opacity *= Number(s.opacity);
      // A background image paints above the element's background colour.
      var stops = s.backgroundImage === 'none' ? null : s.backgroundImage.match(/(rgba?|color)\\([^)]*\\)/g);
      if (stops) layers.push(stops);
      layers.push([s.backgroundColor]);
    }
    var tagged = el.closest('[data-testid]');
    // Svelte's scoping classes (svelte-xxxx) change with every build: named by the first class of our own.
    var cls = [].filter.call(el.classList, function (c) { return c.indexOf('svelte-') !== 0; })[0];
    var what = el.tagName.toLowerCase() + (cls ? '.' + cls : '') + (tagged ? ' in [data-testid=' + tagged.getAttribute('data-testid') + ']' : '');
    out.push({ what: what, text: own.slice(0, 40), color: cs.color, layers: layers, opacity: opacity });
  }
  return out;
}`;

/** The lowest contrast over every choice of gradient colour in the stack. */
function worst(color: string, layers: string[][]): number {
  const [first, ...rest] = layers;
  if (!first) return worstContrast(color, []);
  let low = Infinity;
  // One colour of this layer at a time, the rest expanded the same way (a gradient has a handful of stops).
  const expand = (chosen: string[], i: number): void => {
    if (i === rest.length) return void (low = Math.min(low, worstContrast(color, chosen)));
    for (const c of rest[i]!) expand([...chosen, c], i + 1);
  };
  for (const c of first) expand([c], 0);
  return low;
}

/** Whether the map shows through: no layer of the stack is opaque in every colour it may have. */
const overMap = (layers: string[][]) => !layers.some((alts) => alts.every((c) => parseColor(c).a >= 1));

async function measure(scope = 'main'): Promise<Measured[]> {
  return (await h.page.evaluate(`(${COLLECT_SRC})(${JSON.stringify(scope)})`)) as Measured[];
}

/** "ratio what «text»" for every text below AA; and the elements found over the map, by what they are. */
async function audit(scope?: string): Promise<{ failing: string[]; overTheMap: string[]; all: Measured[] }> {
  const all = await measure(scope);
  expect(
    all.filter((m) => m.opacity !== 1).map((m) => m.what),
    'faded elements (opacity < 1) are not composited here',
  ).toEqual([]);
  const failing = all
    .map((m) => ({ m, r: worst(m.color, m.layers) }))
    .filter(({ r }) => r < AA)
    .map(({ m, r }) => `${r.toFixed(2)} ${m.what} «${m.text}» (${m.color} on ${m.layers.map((l) => l.join('|')).join(' / ')})`);
  return { failing, overTheMap: [...new Set(all.filter((m) => overMap(m.layers)).map((m) => m.what))], all };
}

/** Hover 平武县 (off its label) until the tooltip shows. */
async function hoverCounty(): Promise<void> {
  const counties = JSON.parse(readFileSync(resolve(ROOT, 'geo/counties.json'), 'utf8')) as County[];
  const pingwu = counties.find((c) => c.code === '510727')!;
  await settle(h.page);
  const [x, y] = await pagePointOf(h.page, [pingwu.point[0] - 0.05, pingwu.point[1] - 0.08]);
  await h.page.mouse.move(x, y);
  await h.page.getByTestId('tooltip').waitFor({ timeout: 10_000 });
}

beforeAll(async () => {
  h = await startHarness({ viewport: { width: 1600, height: 900 } });
}, 120_000);

afterAll(async () => {
  await h?.close();
});

/** Back to the plain page (no story, no drawer), so one failing state does not leak into the next test. */
async function reset(): Promise<void> {
  for (let i = 0; i < 2 && (await h.page.locator('[data-testid=story-title], [data-testid=drawer]').count()) > 0; i++) await h.page.keyboard.press('Escape');
  await expect.poll(() => h.page.locator('[data-testid=story-title], [data-testid=drawer]').count()).toBe(0);
}

describe.each([
  ['zh', ''],
  ['en', 'lang=en'],
])('text over the map reads at AA (%s)', (lang, hash) => {
  beforeAll(async () => {
    await h.page.goto('about:blank');
    await h.page.goto(`${h.url}#${hash}`);
    await waitForMap(h.page);
    expect((await h.page.evaluate(() => window.__appState)).lang).toBe(lang);
  }, 120_000);
  beforeEach(reset);

  it('the tooltip over the map', async () => {
    await hoverCounty();
    const { failing, overTheMap } = await audit();
    expect(failing).toEqual([]);
    // Not vacuous: the tooltip's lines were measured, against the map's worst pixel.
    expect(overTheMap).toContain('div.title in [data-testid=tooltip]');
    await h.page.mouse.move(1, 1);
  });

  it('story mode: counter, title, caption, legend, the note on locked breaks and the buttons', async () => {
    await h.page.getByTestId('play-story').click();
    await h.page.getByTestId('story-title').waitFor();
    await settle(h.page);
    for (let slide = 0; slide < 2; slide++) {
      const { failing, overTheMap } = await audit();
      expect(failing, `slide ${slide + 1}`).toEqual([]);
      for (const part of [
        'div.story in [data-testid=story-title]',
        'h2 in [data-testid=story-title]',
        'div.caption in [data-testid=story-caption]',
        'div.unit in [data-testid=story-legend-unit]',
        'div.lock in [data-testid=story-legend]',
        'div.row in [data-testid=story-legend]',
      ]) {
        expect(overTheMap, `slide ${slide + 1}`).toContain(part);
      }
      await h.page.keyboard.press('ArrowRight');
      await settle(h.page);
    }
    await h.page.keyboard.press('Escape');
    await expect.poll(() => h.page.getByTestId('story-title').count()).toBe(0);
  });

  it('the gap matrix, its darkest tint forced on one cell and its striped zeros', async () => {
    await h.page.getByTestId('open-gaps').click();
    await h.page.getByTestId('gaps').waitFor();
    // The tint grows with the count up to 20; the data may not reach 20 anywhere, so one cell is given it.
    const cell = h.page.locator('[data-testid=gaps] td:not(.zero):has(button)').first();
    await cell.evaluate((td) => (td as HTMLElement).style.setProperty('--v', '20'));
    const { failing, all } = await audit('[data-testid=drawer]');
    expect(failing).toEqual([]);
    const zero = all.find((m) => m.layers[0]!.length > 1 && m.what.startsWith('button'));
    expect(zero, 'a striped zero cell was measured').toBeDefined();
    await h.page.keyboard.press('Escape');
    await expect.poll(() => h.page.getByTestId('drawer').count()).toBe(0);
  });
});

describe('outlines stand out 3:1 (WCAG 1.4.11)', () => {
  /** The colour of `prop` on the element and the background stack around it (its parent's). */
  const outline = (selector: string, prop: 'outlineColor' | 'borderTopColor') =>
    h.page.evaluate(
      `(function () {
        var el = ${selector === ':focus' ? 'document.activeElement' : `document.querySelector(${JSON.stringify(selector)})`};
        var layers = [];
        for (var a = el.parentElement; a; a = a.parentElement) layers.push([getComputedStyle(a).backgroundColor]);
        return { color: getComputedStyle(el)[${JSON.stringify(prop)}], style: getComputedStyle(el).outlineStyle, layers: layers };
      })()`,
    ) as Promise<{ color: string; style: string; layers: string[][] }>;

  it('the focus ring, on the panel and in the white drawer', async () => {
    await h.page.goto('about:blank');
    await h.page.goto(h.url);
    await waitForMap(h.page);
    // The keyboard, so :focus-visible applies (a mouse click shows no ring).
    await h.page.keyboard.press('Tab');
    const panel = await outline(':focus', 'outlineColor');
    expect(panel.style).toBe('solid');
    expect(worst(panel.color, panel.layers)).toBeGreaterThanOrEqual(NON_TEXT);
    await h.page.getByTestId('open-gaps').click();
    await h.page.getByTestId('gaps').waitFor();
    // Tab on from the button that opened it until the focus is in the drawer (it follows the panel and the map).
    const inDrawerNow = () =>
      h.page.evaluate(() => document.activeElement?.closest('[data-testid=drawer]') != null && document.activeElement.matches(':focus-visible'));
    for (let i = 0; i < 100 && !(await inDrawerNow()); i++) await h.page.keyboard.press('Tab');
    expect(await inDrawerNow()).toBe(true);
    const inDrawer = await outline(':focus', 'outlineColor');
    expect(inDrawer.style).toBe('solid');
    expect(worst(inDrawer.color, inDrawer.layers)).toBeGreaterThanOrEqual(NON_TEXT);
    await h.page.keyboard.press('Escape');
  });

  it('a legend swatch’s border on the panel, so the pale classes still show their box', async () => {
    const swatch = await outline('[data-testid=legend] .swatch', 'borderTopColor');
    expect(worst(swatch.color, swatch.layers)).toBeGreaterThanOrEqual(NON_TEXT);
  });

  it('made no request outside 127.0.0.1 and logged no console errors', () => {
    expect(h.external).toEqual([]);
    expect(h.errors).toEqual([]);
  });
});
