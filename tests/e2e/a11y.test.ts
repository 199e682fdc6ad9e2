// Accessibility audit in a real Chromium: axe-core (Deque's rule engine, the one browser devtools and CI linters
// build on; a devDependency injected into the page, never shipped) runs its WCAG 2.0/2.1 A and AA rules over every
// state a user reaches — the page, each drawer tab, a district, story mode, an import report, the area table — and
// any violation fails with its rule id and the elements it found. Then the keyboard: Tab from the top walks the
// panel in visual order, every stop shows a focus indicator and has an accessible name.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { AxeResults } from 'axe-core';
import { clickCounty, RESULTS, settle, startHarness, waitForMap, type Harness } from './harness.ts';

let h: Harness;
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe over the whole document with the WCAG 2 A/AA tags; the violations as "rule-id: target, target …" lines. */
async function audit(): Promise<string[]> {
  // axe is gone after a reload; adding it twice is harmless but wasteful. It is evaluated through the DevTools
  // protocol, not added as a <script>: the built page's Content-Security-Policy (script-src 'self') blocks inline
  // scripts, as it should, and the audit must run against the page as shipped.
  if (!(await h.page.evaluate(() => 'axe' in window))) await h.page.evaluate(AXE);
  // Text scrolled out of the panel, the drawer or a table's scroll box is "partially obscured" to axe, which then
  // cannot measure its contrast: the boxes drop their height caps and the window becomes as tall as the longest
  // column, so every line is on screen when axe looks (colours and fonts are untouched).
  // The rule goes in through the CSSOM (a constructed sheet): the page's CSP (style-src 'self') blocks <style> tags.
  const uncapped = await h.page.evaluateHandle((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return sheet;
  }, '.area-table .scroll, .fix-wrap, .preview-wrap, .search ul, .unplaced { max-height: none !important; }');
  const tall = await h.page.evaluate(() => Math.max(800, ...[...document.querySelectorAll('.panel, [data-testid=drawer]')].map((e) => e.scrollHeight + 40)));
  await h.page.setViewportSize({ width: 1200, height: Math.min(tall, 6000) });
  await settle(h.page);
  const results = await runAxe().finally(async () => {
    await uncapped.evaluate((sheet) => (document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet)));
    await h.page.setViewportSize({ width: 1200, height: 800 });
    await settle(h.page);
  });
  // Rule id, then up to three targets with axe's reason (contrast ratio, missing name …) and how many more.
  const node = (n: AxeResults['violations'][number]['nodes'][number]) =>
    `${n.target.join(' ')} [${(n.failureSummary ?? '').split('\n').slice(1).join(' ').trim()}]`;
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map(node).join(' | ')}${v.nodes.length > 3 ? ` … and ${v.nodes.length - 3} more` : ''}`,
  );
}

async function runAxe(): Promise<AxeResults> {
  return (await h.page.evaluate(() =>
    // Nothing is excluded, not even the map: axe checks the canvases' own markup (maplibre names its canvas) and
    // passes over their pixels, which it cannot read. The labels drawn into them are held to AA by
    // src/app/labelContrast.test.ts, text on the translucent story panels and the tooltip by tests/e2e/contrast.test.ts.
    (window as unknown as { axe: typeof import('axe-core') }).axe.run(
      { include: [document] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] },
    ),
  )) as AxeResults;
}

async function expectClean(state: string): Promise<void> {
  const found = await audit();
  expect(found, `axe violations in ${state}:\n${found.join('\n')}`).toEqual([]);
}

beforeAll(async () => {
  h = await startHarness();
  await h.page.goto(h.url);
  await waitForMap(h.page);
}, 120_000);

afterAll(async () => {
  await h?.close();
});

/** Back to the plain page (no story, no drawer, table closed) so one failing state does not leak into the next. */
async function reset(): Promise<void> {
  for (let i = 0; i < 2 && (await h.page.locator('[data-testid=story-title], [data-testid=drawer]').count()) > 0; i++) await h.page.keyboard.press('Escape');
  await h.page.getByTestId('area-table').evaluate((d) => ((d as HTMLDetailsElement).open = false));
  // A link without cam= fits the map to Mianyang again (the tall audit window left it zoomed for 6000 px).
  await h.page.evaluate(() => (location.hash = 'by=county'));
  await settle(h.page);
}

interface Stop {
  /** data-testid, else tag and name: how the failure messages name the element. */
  id: string;
  name: string;
  /** In the side panel (else the map and what is over it). */
  inPanel: boolean;
  /** Position in the panel's scrolled content (the panel scrolls to follow focus). */
  x: number;
  y: number;
  focusVisible: boolean;
  ring: string;
}

/** Tab from the top of the page until focus comes back round to the first stop or the page; one Stop per press. */
async function tabThrough(max = 80): Promise<Stop[]> {
  if (!(await h.page.evaluate(() => 'axe' in window))) await h.page.evaluate(AXE);
  await h.page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
    document.querySelector('.panel')!.scrollTop = 0;
  });
  const stops: Stop[] = [];
  for (let i = 0; i < max; i++) {
    await h.page.keyboard.press('Tab');
    const s = await h.page.evaluate((n) => {
      const el = document.activeElement as HTMLElement | null;
      const panel = document.querySelector('.panel')!;
      if (!el || el === document.body) return null;
      // The name a screen reader announces, computed by axe's own accessible-name algorithm.
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      axe.setup(document);
      const name = axe.commons.text.accessibleText(el).trim();
      axe.teardown();
      const cs = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      const p = panel.getBoundingClientRect();
      el.dataset.tabstop = String(n);
      return {
        id: el.dataset.testid ?? `${el.tagName.toLowerCase()}${el.getAttribute('type') ? `[type=${el.getAttribute('type')}]` : ''} "${name}"`,
        name,
        inPanel: panel.contains(el),
        x: Math.round(r.left - p.left),
        y: Math.round(r.top + r.height / 2 - p.top + panel.scrollTop),
        focusVisible: el.matches(':focus-visible'),
        ring: `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor} | ${cs.boxShadow}`,
      };
    }, i);
    if (!s || stops.some((t) => t.id === s.id && t.inPanel === s.inPanel && t.y === s.y)) break;
    stops.push(s);
  }
  return stops;
}

describe('keyboard', () => {
  it('Tab walks the panel top to bottom: search, controls, legend, analysis, export, story; each stop named and ringed', async () => {
    await reset();
    const stops = await tabThrough();
    const ids = stops.map((s) => s.id);
    // The landmarks of the panel, in the order they are drawn.
    const order = [
      'lang-toggle',
      'enterprise-search',
      'list-picker',
      'layer-bubbles',
      'legend-unplaced',
      'open-gaps',
      'open-quality',
      'export-png',
      'print',
      'play-story',
      'add-step',
      'mystory-import',
      'import-file',
    ];
    expect(
      order.filter((id) => ids.includes(id)),
      `tab stops: ${ids.join(', ')}`,
    ).toEqual(order);
    expect(order.map((id) => ids.indexOf(id))).toEqual(order.map((id) => ids.indexOf(id)).sort((a, b) => a - b));

    // Visual order: the panel first, then the map; in the panel each stop is below the previous one, or on the same
    // line (±8 px) to its right.
    expect(stops.findIndex((s) => !s.inPanel)).toBe(stops.filter((s) => s.inPanel).length);
    // After the panel, one stop: the map (maplibre's canvas, named by maplibre; deck.gl's canvas is not a stop).
    expect(stops.filter((s) => !s.inPanel).map((s) => s.id)).toEqual([expect.stringMatching(/^canvas "\S+/)]);
    const panel = stops.filter((s) => s.inPanel);
    const backwards = panel.slice(1).filter((s, i) => {
      const prev = panel[i]!;
      return Math.abs(s.y - prev.y) <= 8 ? s.x <= prev.x : s.y < prev.y;
    });
    expect(backwards.map((s) => s.id)).toEqual([]);

    expect(
      stops.filter((s) => !s.name).map((s) => s.id),
      'stops without an accessible name',
    ).toEqual([]);

    // The ring appears with keyboard focus and is gone without it.
    expect(
      stops.filter((s) => !s.focusVisible).map((s) => s.id),
      'stops not matching :focus-visible',
    ).toEqual([]);
    await h.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const unfocused = await h.page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-tabstop]')].map((el) => {
        const cs = getComputedStyle(el);
        return [Number(el.dataset.tabstop), `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor} | ${cs.boxShadow}`] as const;
      }),
    );
    const same = unfocused.filter(([i, ring]) => stops[i]!.ring === ring).map(([i]) => stops[i]!.id);
    expect(same, 'stops whose outline and box-shadow do not change on focus').toEqual([]);
    // …and it is the app's ring (app.css), not a browser default that may be faint: solid #1f6feb, 2–3 px.
    expect(stops.filter((s) => !/^solid [23]px rgb\(31, 111, 235\)/.test(s.ring)).map((s) => `${s.id}: ${s.ring}`)).toEqual([]);
  });
});

describe('axe: WCAG 2.1 A/AA', () => {
  beforeEach(reset);

  it('the default page', async () => {
    await settle(h.page);
    await expectClean('the default page');
  });

  it('enterprise search with its results open', async () => {
    await h.page.getByTestId('enterprise-search').fill('changhong');
    await h.page.getByTestId('search-results').waitFor();
    await h.page.getByTestId('enterprise-search').press('ArrowDown');
    await expectClean('the search results');
    await h.page.getByTestId('enterprise-search').fill('');
  });

  it.each(['gaps', 'ranking', 'targets', 'quality'])('the drawer on its %s tab', async (tab) => {
    await h.page.getByTestId(`open-${tab}`).click();
    await h.page.getByTestId('drawer').waitFor();
    await settle(h.page);
    await expectClean(`the drawer (${tab})`);
  });

  it('the drawer on a district (涪城区, clicked on the map)', async () => {
    await clickCounty(h.page, '510703');
    await h.page.getByTestId('district').waitFor();
    await settle(h.page);
    await expectClean('the drawer (district 涪城区)');
  });

  it('the area table, open', async () => {
    await h.page.getByTestId('area-table').locator('summary').click();
    await expect.poll(() => h.page.locator('[data-testid=area-table] tbody tr').count()).toBeGreaterThanOrEqual(9);
    await expectClean('the area table');
  });

  it('an import report with ambiguous, unplaced and rejected rows', async () => {
    // One row of each status, so the report shows its counts and the fix table with its pickers.
    const csv = resolve(RESULTS, 'a11y-import', '名单.csv');
    mkdirSync(resolve(csv, '..'), { recursive: true });
    writeFileSync(
      csv,
      ['企业名称,属地,总投资（万元）', '四川长虹电器股份有限公司,涪城区,100', '甲公司,高新区、经开区,50', '乙公司,火星,1', '丙公司', ''].join('\n'),
    );
    await h.page.getByTestId('import-file').setInputFiles(csv);
    await h.page.getByTestId('import-mapping').waitFor({ timeout: 30_000 });
    await expectClean('the import mapping step');
    await h.page.getByTestId('import-start').click();
    await h.page.getByTestId('import-counts').waitFor({ timeout: 60_000 });
    await settle(h.page);
    // The unplaced row's full picker (区县 and 园区) is built when asked for.
    await h.page.getByTestId('fix-open').first().click();
    await h.page.getByTestId('fix-place').waitFor();
    await expectClean('the import report');
  });

  it('my story with two steps', async () => {
    await h.page.getByTestId('add-step').click();
    await h.page.getByTestId('list-picker').selectOption('list:sherpa');
    await h.page.getByTestId('add-step').click();
    await h.page.getByTestId('mystory-steps').waitFor();
    await expectClean('my story');
  });

  it('story mode', async () => {
    await h.page.getByTestId('play-story').click();
    await h.page.getByTestId('story-title').waitFor();
    await settle(h.page);
    await expectClean('story mode');
  });
});

describe('the run', () => {
  it('made no request outside 127.0.0.1 and logged no console errors', () => {
    expect(h.external).toEqual([]);
    expect(h.errors).toEqual([]);
  });
});
