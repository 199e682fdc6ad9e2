// The enterprise card, as a user meets it: the search box is in view at the top of the panel on a 1366×768 laptop and
// a 1920×1080 screen; searching 四川长虹电器股份有限公司 opens its card (three lists, four rows, each cited as printed;
// its two printed parks and the conflict between them), pins both parks on the map where they are, and the card's
// button opens 涪城区's district view. In Chinese at 1366×768 and in English at 1920×1080 (each also resized to the
// other size for the search box). Expected rows come from data/records.json, not from the page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Park, SeedRecord } from '../../src/lib/types.ts';
import { ROOT, settle, shot, type Harness, startAtMap } from './harness.ts';

const read = <T>(p: string) => JSON.parse(readFileSync(resolve(ROOT, p), 'utf8')) as T;
const records = read<SeedRecord[]>('data/records.json');
const parks = read<Park[]>('geo/parks.json');
const NAME = '四川长虹电器股份有限公司';
// Its rows: the exact name, and the design-centre rows that print it with 创新设计中心 after it (one registry key).
const rows = records.filter((r) => r.name.startsWith(NAME));
const SIZES = { laptop: { width: 1366, height: 768 }, screen: { width: 1920, height: 1080 } } as const;

const CASES = [
  {
    lang: 'zh',
    size: 'laptop',
    other: 'screen',
    cite: '绵府办发〔2019〕5号 绿色化 表3 第1行',
    place: '经开区（涪城区）',
    conflict: '属地冲突',
    district: '涪城区',
  },
  {
    lang: 'en',
    size: 'screen',
    other: 'laptop',
    cite: '绵府办发〔2019〕5号 绿色化, Table 3, row 1',
    place: '经开区 (涪城区)',
    conflict: 'Conflicting locations',
    district: '涪城区 (Fúchéngqū)',
  },
] as const;

describe.each(CASES)('the enterprise card in $lang at $size', (c) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startAtMap({ viewport: SIZES[c.size], path: c.lang === 'en' ? '/#lang=en' : '/' });
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  /** The search box lies wholly inside the viewport with the panel unscrolled. */
  async function searchInView(): Promise<void> {
    const input = h.page.getByTestId('enterprise-search');
    await input.waitFor({ timeout: 20_000 });
    expect(await h.page.locator('.panel').evaluate((p) => p.scrollTop)).toBe(0);
    const box = (await input.boundingBox())!;
    const vp = h.page.viewportSize()!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(vp.height);
    expect(box.x + box.width).toBeLessThanOrEqual(vp.width);
  }

  it('the search box is in view without scrolling, at both sizes', async () => {
    await searchInView();
    await h.page.setViewportSize(SIZES[c.other]);
    await searchInView();
    await h.page.setViewportSize(SIZES[c.size]);
    await settle(h.page);
  });

  it(`searching ${NAME} opens its card: its lists and rows cited, its places and their conflict`, async () => {
    expect(rows.map((r) => r.id)).toEqual(['green-product:1', 'service-platform:2', 'service-platform:3', 'summit:10']);
    const input = h.page.getByTestId('enterprise-search');
    await input.fill(NAME);
    const option = h.page.getByTestId('search-results').getByRole('option').first();
    await option.waitFor({ timeout: 10_000 });
    expect((await option.innerText()).split('\n')[0]).toBe(NAME);
    await input.press('Enter');
    const card = h.page.getByTestId('enterprise-card');
    await card.waitFor({ timeout: 5000 });
    expect(await card.locator('h2').innerText()).toBe(NAME);
    // The drawer stays as it was: the card is the enterprise, not its district's 134 rows.
    expect(await h.page.getByTestId('drawer').count()).toBe(0);
    const cited = await card.getByTestId('card-row').allInnerTexts();
    expect(cited).toHaveLength(rows.length);
    expect(cited[0]).toContain(c.cite);
    for (const r of rows) expect(cited.some((t) => t.includes(`${r.table.replace('表', c.lang === 'en' ? 'Table ' : '表')}`))).toBe(true);
    const places = await card.getByTestId('card-places').locator('li').allInnerTexts();
    expect(places).toHaveLength(2);
    expect(places[0]).toContain(c.place);
    expect(places[0]).toContain(c.cite);
    expect(await card.getByTestId('card-conflict').innerText()).toContain(c.conflict);
    // No record id, seed file name or list id in what the card says.
    const text = await card.innerText();
    expect(text).not.toMatch(/green-product|service-platform|summit:|\.txt/);
    await shot(h.page, `enterprise-card-map-${c.lang}-${c.size}`);
    await h.page.screenshot({ path: resolve(ROOT, 'test-results', `enterprise-card-${c.lang}-${c.size}.png`) });
  });

  it('pins both printed parks on the map, where they are, uncovered', async () => {
    await settle(h.page);
    const pins = h.page.getByTestId('enterprise-marker');
    await expect.poll(() => pins.count()).toBe(2);
    const map = (await h.page.getByTestId('map').boundingBox())!;
    for (const id of ['jingkai', 'gaoxin']) {
      const park = parks.find((p) => p.id === id)!;
      const [x, y] = await h.page.evaluate((p) => window.__mapProject!(p), park.point);
      const label = await pins.evaluateAll((els) => els.map((e) => [e.getAttribute('aria-label'), e.getBoundingClientRect().toJSON()] as const));
      const pin = label.find(([name]) => name?.includes(park.name));
      expect(pin, `a pin for ${park.name}`).toBeDefined();
      const r = pin![1] as DOMRect;
      // Its tip on the park's point: the middle of the pin's bottom edge (enterpriseMarkers.ts).
      expect(Math.abs(r.x + r.width / 2 - (map.x + x))).toBeLessThan(2);
      expect(Math.abs(r.y + r.height - (map.y + y))).toBeLessThan(2);
      expect(r.x).toBeGreaterThanOrEqual(map.x);
      expect(r.x + r.width).toBeLessThanOrEqual(map.x + map.width);
      // Nothing drawn over the pin's head (deck.gl's canvas, a panel).
      const top = await h.page.evaluate(
        ([px, py]) => document.elementFromPoint(px!, py!)?.closest('[data-testid=enterprise-marker]') !== null,
        [r.x + r.width / 2, r.y + r.height * 0.3],
      );
      expect(top, `${park.name}'s pin is on top`).toBe(true);
    }
  });

  it("the card's button opens 涪城区's district view; closing the card removes the pins", async () => {
    const go = h.page.getByTestId('card-district');
    expect(await go.count()).toBe(1);
    await expect.poll(() => go.innerText()).toContain(c.district);
    await go.click();
    await expect.poll(() => h.page.getByTestId('district').locator('h2').innerText()).toContain(c.district);
    await settle(h.page);
    await h.page.screenshot({ path: resolve(ROOT, 'test-results', `enterprise-card-district-${c.lang}-${c.size}.png`) });
    await h.page
      .getByTestId('enterprise-card')
      .getByRole('button', { name: c.lang === 'en' ? 'Close the enterprise card' : '关闭企业卡片' })
      .click();
    await expect.poll(() => h.page.getByTestId('enterprise-marker').count()).toBe(0);
    expect(await h.page.getByTestId('enterprise-card').count()).toBe(0);
  });

  it('a closed card reopens: from "recent" under the search box, and by choosing the same hit again', async () => {
    const reopen = h.page.getByTestId('card-reopen');
    expect(await reopen.innerText()).toBe(c.lang === 'en' ? `Reopen: ${NAME}` : `重新打开：${NAME}`);
    // Focus moved there from the close button, which has gone: Enter reopens it, keyboard only.
    expect(await reopen.evaluate((b) => b === document.activeElement)).toBe(true);
    await h.page.keyboard.press('Enter');
    const card = h.page.getByTestId('enterprise-card');
    await expect.poll(() => card.locator('h2').innerText()).toBe(NAME);
    await expect.poll(() => h.page.getByTestId('enterprise-marker').count()).toBe(2);
    expect(await h.page.getByTestId('card-row').count()).toBe(rows.length);
    expect(await reopen.count()).toBe(0);

    await card.getByRole('button', { name: c.lang === 'en' ? 'Close the enterprise card' : '关闭企业卡片' }).click();
    await expect.poll(() => card.count()).toBe(0);
    await h.page.getByTestId('enterprise-search').fill(NAME);
    const option = h.page.getByTestId('search-results').getByRole('option').first();
    await option.waitFor({ timeout: 20_000 });
    await option.click();
    await expect.poll(() => card.locator('h2').innerText()).toBe(NAME);
    await expect.poll(() => h.page.getByTestId('enterprise-marker').count()).toBe(2);
    expect(h.errors).toEqual([]);
  });
});
