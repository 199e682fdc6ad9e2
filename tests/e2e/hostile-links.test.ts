// Hostile links and story files in the real page (issue 14): inherited property names as link fields, thousands of
// unknown parameters, and a story file far over its limits. The page keeps working, applies what it can, says what
// it could not in one short list, and keeps the URL in step with the view afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { RESULTS, startHarness, waitForMap, type Harness } from './harness.ts';

let h: Harness;
const base = () => h.url.replace(/#.*$/, '');
const notices = async () => (await h.page.getByTestId('notice').allInnerTexts()).map((n) => n.replace(/\s*×$/, ''));
const snapshot = () => h.page.evaluate(() => window.__appState);

beforeAll(async () => {
  h = await startHarness();
}, 120_000);

afterAll(async () => {
  await h?.close();
});

describe('hostile links', () => {
  it('inherited names (constructor, __proto__, toString, valueOf, hasOwnProperty) are unknown parameters; the rest applies', async () => {
    await h.page.goto(`${base()}#constructor=1&__proto__=1&toString=1&valueOf=1&hasOwnProperty=x&sel=list:green-factory&by=unit`);
    await waitForMap(h.page);
    const st = await snapshot();
    expect([st.selection, st.by, st.error]).toEqual(['list:green-factory', 'unit', null]);
    expect(await notices()).toEqual([
      '链接参数 "constructor" 无法识别，已忽略',
      '链接参数 "__proto__" 无法识别，已忽略',
      '链接参数 "toString" 无法识别，已忽略',
      '链接参数 "valueOf" 无法识别，已忽略',
      '链接参数 "hasOwnProperty" 无法识别，已忽略',
    ]);
    // The URL still follows the view (it stopped doing so when the lookup threw).
    await h.page.getByTestId('list-picker').selectOption('list:smart-factory');
    await expect.poll(() => h.page.evaluate(() => location.hash)).toContain('sel=list%3Asmart-factory');
  });

  it('5,000 unknown parameters give five notices and one line for the rest', async () => {
    // A page of its own, opened on the link (as someone following it would).
    const page = await h.browser.newPage({ viewport: { width: 1200, height: 800 } });
    try {
      const junk = Array.from({ length: 5000 }, (_, i) => `x${i}=1`).join('&');
      await page.goto(`${base()}#${junk}&sel=list:green-factory`);
      await waitForMap(page);
      const shown = (await page.getByTestId('notice').allInnerTexts()).map((n) => n.replace(/\s*×$/, ''));
      expect(shown).toHaveLength(6);
      expect(shown[5]).toBe('……另有 4,995 条链接提示');
      expect((await page.evaluate(() => window.__appState)).selection).toBe('list:green-factory');
    } finally {
      await page.close();
    }
  });
});

describe('hostile story files', () => {
  it('a story of 10,000 steps is refused naming the limit and the count; the page goes on', async () => {
    const dir = resolve(RESULTS, 'hostile-links');
    mkdirSync(dir, { recursive: true });
    const file = resolve(dir, 'huge-story.json');
    writeFileSync(
      file,
      JSON.stringify({ title: '很长的故事', steps: Array.from({ length: 10_000 }, (_, i) => ({ title: `第${i}步`, caption: '', view: 'sel=all' })) }),
    );
    await h.page.getByTestId('mystory-import').setInputFiles(file);
    await expect.poll(() => h.page.getByTestId('mystory-notice').innerText()).toContain('最多 30 步；文件中有 10,000 步');
    expect(await h.page.getByTestId('mystory-notice').innerText()).not.toMatch(/Invalid input|invalid story/);
    expect((await snapshot()).error).toBeNull();
  });

  it('logged no console error and made no request outside 127.0.0.1', () => {
    expect(h.external).toEqual([]);
    expect(h.errors).toEqual([]);
  });
});
