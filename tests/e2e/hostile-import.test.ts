// Hostile names in a user's list, through the real file input: a right-to-left override cannot disguise a name in
// the report (it is drawn as ⟨U+202E⟩ and counted), and the export keeps the bytes as typed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { reload, RESULTS, startHarness, waitForMap, type Harness } from './harness.ts';

let h: Harness;
/** A new tab of the same browser profile (window.open: the harness page's own context takes no newPage()). */
async function newTab(url: string) {
  const [tab] = await Promise.all([h.page.context().waitForEvent('page'), h.page.evaluate((u) => void window.open(u, '_blank'), url)]);
  return tab;
}
const TMP = resolve(RESULTS, 'hostile-import-e2e');
const RLO = 'abc\u202Egpj.exe';

beforeAll(async () => {
  mkdirSync(TMP, { recursive: true });
  h = await startHarness();
  await h.page.goto(h.url);
  await waitForMap(h.page);
}, 120_000);

afterAll(async () => {
  await h?.close();
});

describe('hostile names in an imported list', () => {
  it('a right-to-left override is shown as ⟨U+202E⟩, counted in the report, and exported as typed', async () => {
    const file = resolve(TMP, 'rlo.csv');
    // The RLO row is on 火星 (unresolved), so it is listed in the report's table; the zero-width row resolves.
    writeFileSync(file, `企业名称,所在地\n${RLO},火星\n长\u200B虹,高新区\n四川九洲电器集团有限责任公司,游仙区\n`);
    await h.page.getByTestId('import-file').setInputFiles(file);
    await h.page.getByTestId('import-mapping').waitFor({ timeout: 30_000 });
    // The preview shows the marked text, not the reordered one.
    await expect.poll(() => h.page.getByTestId('import-mapping').innerText()).toContain('abc⟨U+202E⟩gpj.exe');
    await h.page.getByTestId('import-start').click();
    await h.page.waitForFunction(() => document.querySelector('[data-testid=import-counts]')?.textContent?.includes('共 3 行'), undefined, { timeout: 60_000 });
    expect(await h.page.getByTestId('import-invisible').innerText()).toMatch(/^2 行/);
    const row = h.page.getByTestId('fix-row').filter({ hasText: 'gpj.exe' });
    expect(await row.locator('td.name').innerText()).toBe('abc⟨U+202E⟩gpj.exe');
    expect(await row.getByTestId('invisible-note').count()).toBe(1);
    // The name is isolated, so its direction cannot leak into the cells beside it.
    expect(await row.locator('td.name bdi').count()).toBe(1);
    // The export keeps every character as typed (the marking is for display only).
    const download = h.page.waitForEvent('download');
    await h.page.getByTestId('export-csv').first().click();
    const csv = readFileSync(await (await download).path(), 'utf8');
    expect(csv).toContain(RLO);
    expect(csv).toContain('长\u200B虹');
    expect(csv).not.toContain('⟨U+');
    expect(h.errors).toEqual([]);
  });

  it('a reload with the imported list selected keeps the list, the link and says nothing; so does a new tab', async () => {
    // The import above selected its list.
    await expect.poll(async () => (await h.page.evaluate(() => window.__appState)).selection).toMatch(/^list:import-/);
    const selection = (await h.page.evaluate(() => window.__appState)).selection;
    const url = h.page.url();
    expect(decodeURIComponent(url)).toContain(`sel=${selection}`);
    await reload(h.page);
    await waitForMap(h.page);
    // The stored list arrives after the first map: the selection must hold through it, and after it.
    await h.page.getByTestId('imported-list').first().waitFor({ timeout: 30_000 });
    expect((await h.page.evaluate(() => window.__appState)).selection).toBe(selection);
    expect(decodeURIComponent(h.page.url())).toContain(`sel=${selection}`);
    expect(await h.page.getByTestId('notice').count()).toBe(0);
    // A new tab of the same browser opens the same link.
    const tab = await newTab(url);
    try {
      await waitForMap(tab);
      await tab.getByTestId('imported-list').first().waitFor({ timeout: 30_000 });
      expect((await tab.evaluate(() => window.__appState)).selection).toBe(selection);
      expect(await tab.getByTestId('notice').count()).toBe(0);
    } finally {
      await tab.close();
    }
  });

  it('a link to an imported list this browser does not have falls back to all lists, saying why (not by its id)', async () => {
    const tab = await newTab(h.url.replace(/#.*$/, '') + '#sel=list:import-nowhere');
    try {
      await waitForMap(tab);
      await expect
        .poll(() => tab.getByTestId('notice').allInnerTexts())
        .toEqual([expect.stringContaining('链接中的一份“我的名单”不在本浏览器中（导入的名单只保存在导入它的浏览器里），已显示全部名单')]);
      expect((await tab.getByTestId('notice').innerText()).includes('import-nowhere')).toBe(false);
      expect((await tab.evaluate(() => window.__appState)).selection).toBe('all');
    } finally {
      await tab.close();
    }
  });
});
