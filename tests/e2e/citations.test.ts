// No internal id reaches the reader: the rendered drawer tabs, a map tooltip and a link notice are scanned, in 中文
// and English, for record ids (smart-equipment:10), seed file names (000_4ee7436a9fd2bc04.txt) and import ids
// (list:import-…). Rows are cited as printed instead: 绵府办发〔2019〕5号 智能化 表4 第10行.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Park } from '../../src/lib/types.ts';
import { ROOT, clickCounty, settle, startHarness, waitForMap, type Harness } from './harness.ts';

let h: Harness;
const INTERNAL = [/\b[a-z]+(?:-[a-z]+)*:\d+\b/g, /\d{3}_[0-9a-f]{16}\.txt/g, /import-[a-z0-9]+/g];
const TABS = { zh: ['区县', '缺口矩阵', '排名对比', '目标对照', '数据质量'], en: ['District', 'Gap matrix', 'Ranking', 'Targets', 'Data quality'] };

/** Every internal id in a text, with a little context. */
const ids = (text: string): string[] =>
  INTERNAL.flatMap((re) => [...text.matchAll(re)].map((m) => text.slice(Math.max(0, m.index - 20), m.index + m[0].length + 5)));

beforeAll(async () => {
  h = await startHarness();
  // A link naming one of 我的名单 that this browser does not hold: the notice must not name it by its id.
  await h.page.goto(`${h.url}#sel=list:import-mx5d3hmiwg`);
  await waitForMap(h.page);
}, 120_000);

afterAll(async () => {
  await h?.close();
});

describe.each(['zh', 'en'] as const)('rendered text in %s', (lang) => {
  it('the notice about a linked list this browser does not have names no import id', async () => {
    if (lang === 'en') {
      await h.page.getByTestId('lang-toggle').click();
      await expect.poll(() => h.page.getByTestId('lang-toggle').innerText()).toBe('中文');
    }
    await expect.poll(() => h.page.getByTestId('notice').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const notices = (await h.page.getByTestId('notice').allInnerTexts()).join('\n');
    expect(notices).toContain(lang === 'zh' ? '“我的名单”不在本浏览器中' : 'this browser does not have');
    expect(ids(notices)).toEqual([]);
  });

  it('every drawer tab cites rows as printed, never by id or file', async () => {
    await clickCounty(h.page, '510781');
    await h.page.getByTestId('drawer').waitFor({ timeout: 10_000 });
    const seen: string[] = [];
    for (const name of TABS[lang]) {
      await h.page.getByRole('tab', { name, exact: true }).click();
      await settle(h.page);
      const text = await h.page.getByTestId('drawer').innerText();
      seen.push(text);
      expect([name, ids(text)]).toEqual([name, []]);
    }
    const all = seen.join('\n');
    // The borrowed row of 皇龙破碎 is explained with the printed row it borrows from.
    expect(all).toContain(
      lang === 'zh'
        ? '借用同一企业在绵府办发〔2019〕5号 绿色化 表3 第17行印的属地江油市'
        : 'borrowed from the same enterprise as printed in 绵府办发〔2019〕5号 绿色化, Table 3, row 17',
    );
    await h.page.keyboard.press('Escape');
    await expect.poll(() => h.page.getByTestId('drawer').count()).toBe(0);
  });

  it('a green park tooltip cites its row, not the seed file', async () => {
    const parks = JSON.parse(readFileSync(resolve(ROOT, 'geo/parks.json'), 'utf8')) as Park[];
    const jiangyou = parks.find((p) => p.id === 'jiangyou-gongye')!;
    await settle(h.page);
    const [x, y] = await h.page.evaluate((p) => window.__mapProject!(p), jiangyou.point);
    const box = (await h.page.locator('[data-testid=map]').boundingBox())!;
    await h.page.mouse.move(box.x + x + 4, box.y + y);
    const tip = h.page.getByTestId('tooltip');
    await tip.waitFor({ timeout: 5000 });
    const text = await tip.innerText();
    expect(text).toMatch(lang === 'zh' ? /来源：绵府办发〔2019〕5号 绿色化 表7 第\d+行/ : /Source: 绵府办发〔2019〕5号 绿色化, Table 7, row \d+/);
    expect(ids(text)).toEqual([]);
    await h.page.mouse.move(box.x + 2, box.y + 2);
  });
});
