// The open enterprise card is part of the shared view: a copied link opens the same card, with its pins, in a fresh
// page (its own browser profile), and so does the offline map exported while it is open (from file://); closing the card takes it out of the link and back reopens it; a link naming an
// enterprise that no list names opens the map without a card and says so, once this browser's stored lists have been
// read (the name could have been on one of them). In Chinese at 1366×768 and in English at 1920×1080.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import type { SeedRecord } from '../../src/lib/types.ts';
import { RESULTS, ROOT, settle, startAtMap, waitForMap, type Harness } from './harness.ts';

const records = JSON.parse(readFileSync(resolve(ROOT, 'data/records.json'), 'utf8')) as SeedRecord[];
const NAME = '四川长虹电器股份有限公司';
/** Its registry key (src/lib/registry/normalize.ts): what the link carries. */
const KEY = '长虹电器';
const rows = records.filter((r) => r.name.startsWith(NAME));

const CASES = [
  {
    lang: 'zh',
    viewport: { width: 1366, height: 768 },
    path: '/',
    close: '关闭企业卡片',
    unknown: '链接中的企业“长虹电气”不在本页的名单中（名称有误，或它所在的“我的名单”不在本浏览器中），未打开企业卡片',
  },
  {
    lang: 'en',
    viewport: { width: 1920, height: 1080 },
    path: '/#lang=en',
    close: 'Close the enterprise card',
    unknown:
      'The enterprise “长虹电气” in the link is on none of the lists here (a misspelt name, or one of “My lists” that is not in this browser); its card was not opened',
  },
] as const;

const hashOf = (page: Page) => page.evaluate(() => decodeURIComponent(location.hash));
const pinLabels = (page: Page) => page.getByTestId('enterprise-marker').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? '').sort());

describe.each(CASES)('the enterprise card in the link, $lang', (c) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startAtMap({ viewport: c.viewport, path: c.path });
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  /** A page of its own (a new browser context: empty storage) opened at `hash` on the same build. */
  async function fresh(hash: string): Promise<Page> {
    const page = await h.browser.newPage({ viewport: c.viewport, deviceScaleFactor: 1 });
    await page.goto(`${h.url.replace(/#.*$/, '')}#${hash}`);
    await waitForMap(page);
    return page;
  }

  let opened: string[] = [];

  it('opening a card writes it into the link (ent=, its registry key)', async () => {
    expect(rows).toHaveLength(4);
    const input = h.page.getByTestId('enterprise-search');
    await input.waitFor({ timeout: 20_000 });
    await input.fill(NAME);
    await h.page.getByTestId('search-results').getByRole('option').first().waitFor({ timeout: 20_000 });
    await input.press('Enter');
    await expect.poll(() => h.page.getByTestId('enterprise-card').locator('h2').innerText()).toBe(NAME);
    await expect.poll(() => h.page.getByTestId('enterprise-marker').count()).toBe(2);
    await expect.poll(() => hashOf(h.page)).toContain(`ent=${KEY}`);
    if (c.lang === 'en') expect(await hashOf(h.page)).toContain('lang=en');
    opened = await pinLabels(h.page);
    expect(opened).toHaveLength(2);
    expect(opened.every((l) => l.includes(NAME))).toBe(true);
  });

  it('the copied link opens the same card with its rows and pins in a fresh page', async () => {
    const hash = (await h.page.evaluate(() => location.hash)).replace(/^#/, '');
    const page = await fresh(hash);
    try {
      const card = page.getByTestId('enterprise-card');
      await expect.poll(() => card.locator('h2').innerText(), { timeout: 20_000 }).toBe(NAME);
      expect(await card.getByTestId('card-row').count()).toBe(rows.length);
      await expect.poll(() => page.getByTestId('enterprise-marker').count()).toBe(2);
      expect(await pinLabels(page)).toEqual(opened);
      await settle(page);
      // The receiver's page says the card in its own link, and nothing was wrong with it.
      expect(await hashOf(page)).toContain(`ent=${KEY}`);
      expect(await page.getByTestId('notice').count()).toBe(0);
      await page.screenshot({ path: resolve(ROOT, 'test-results', `enterprise-link-${c.lang}.png`) });
    } finally {
      await page.close();
    }
  });

  it('the offline map exported with the card open opens it, from file:// in a fresh profile', async () => {
    const [download] = await Promise.all([h.page.waitForEvent('download'), h.page.getByTestId('export-offline').click()]);
    const file = resolve(RESULTS, `enterprise-link-${c.lang}.html`);
    await download.saveAs(file);
    const context = await h.browser.newContext({ viewport: c.viewport, deviceScaleFactor: 1 });
    try {
      const page = await context.newPage();
      await page.goto(pathToFileURL(file).href);
      await waitForMap(page, 90_000);
      const card = page.getByTestId('enterprise-card');
      await expect.poll(() => card.locator('h2').innerText(), { timeout: 30_000 }).toBe(NAME);
      expect(await card.getByTestId('card-row').count()).toBe(rows.length);
      await expect.poll(() => pinLabels(page)).toEqual(opened);
      expect(await hashOf(page)).toContain(`ent=${KEY}`);
    } finally {
      await context.close();
    }
  });

  it('closing the card takes it out of the link; back reopens it with its pins, forward closes it again', async () => {
    const card = h.page.getByTestId('enterprise-card');
    await card.getByRole('button', { name: c.close }).click();
    await expect.poll(() => card.count()).toBe(0);
    await expect.poll(() => hashOf(h.page)).not.toContain('ent=');
    await expect.poll(() => h.page.getByTestId('enterprise-marker').count()).toBe(0);
    await h.page.goBack();
    await expect.poll(() => card.locator('h2').innerText()).toBe(NAME);
    await expect.poll(() => pinLabels(h.page)).toEqual(opened);
    expect(await hashOf(h.page)).toContain(`ent=${KEY}`);
    await h.page.goForward();
    await expect.poll(() => card.count()).toBe(0);
    await expect.poll(() => h.page.getByTestId('enterprise-marker').count()).toBe(0);
    // Closed by going forward, it is still one click away under the search box, as after its ×.
    const reopen = h.page.getByTestId('card-reopen');
    expect(await reopen.innerText()).toBe(c.lang === 'en' ? `Reopen: ${NAME}` : `重新打开：${NAME}`);
    await reopen.click();
    await expect.poll(() => card.locator('h2').innerText()).toBe(NAME);
    await expect.poll(() => hashOf(h.page)).toContain(`ent=${KEY}`);
    expect(h.errors).toEqual([]);
  });

  it('a link naming an enterprise no list names shows the map, no card, and a notice naming it', async () => {
    const page = await fresh(`${c.lang === 'en' ? 'lang=en&' : ''}sel=list%3Asummit&ent=${encodeURIComponent('长虹电气')}`);
    try {
      const notices = page.getByTestId('notice');
      // Said once the stored lists are read (after the first map): the name might have been on one of them.
      await expect.poll(() => notices.allInnerTexts(), { timeout: 20_000 }).toEqual([expect.stringContaining(c.unknown)]);
      expect(await page.getByTestId('enterprise-card').count()).toBe(0);
      expect(await page.getByTestId('enterprise-marker').count()).toBe(0);
      // The rest of the link applies; the card is gone from the page's own link.
      expect(await page.evaluate(() => window.__appState?.selection)).toBe('list:summit');
      await expect.poll(() => hashOf(page)).not.toContain('ent=');
      await settle(page);
      expect(await page.evaluate(() => window.__mapReady)).toBe(true);
    } finally {
      await page.close();
    }
  });
});
