// An imported list with more projects than the map draws one by one, in a real Chromium through the real
// <input type=file>: 3,000 rows over four counties and a park become one bubble per place, sized by the sum there;
// the legend and the import note say so; hovering a total gives its place, count, sum and file, in both
// languages; a list of exactly 1,000 amounts still gets one bubble per project.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatWan } from '../../src/lib/view/format.ts';
import { clickCounty, pagePointOf, RESULTS, shot, startHarness, waitForMap, type Harness } from './harness.ts';
// 芦溪工业集中发展区 sits on 三台县's point: the two totals must still be two bubbles, both reachable by hover.
import { amountCell, expectedTotal as total, PLACES } from '../fixtures/placeTotals.ts';

let h: Harness;
const TMP = resolve(RESULTS, 'import-totals-e2e');
const BIG = '投资项目 3000.csv';
const EXACT = '投资项目 1000.csv';
const state = () => h.page.evaluate(() => window.__appState);

/** Rows i = 0…n-1: place i mod 5, amount (i mod 10) + 0.5 万元, every 7th amount “待定” (no amount, counted apart). */
function writeList(name: string, n: number, everySeventhBlank = true): string {
  const lines = ['序号,项目名称,属地,总投资（万元）'];
  for (let i = 0; i < n; i++) lines.push(`${i + 1},测试项目${i + 1},${PLACES[i % PLACES.length]},${amountCell(i, everySeventhBlank)}`);
  const path = resolve(TMP, name);
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

async function importList(path: string, rows: number): Promise<void> {
  await h.page.getByTestId('import-file').setInputFiles(path);
  await h.page.getByTestId('import-mapping').waitFor({ timeout: 30_000 });
  expect(await h.page.getByTestId('map-amount').inputValue()).toBe('3');
  await h.page.getByTestId('import-start').click();
  await h.page.waitForFunction((n) => document.querySelector('[data-testid=import-counts]')?.textContent?.includes(`共 ${n} 行`), rows, { timeout: 60_000 });
}

/** The tooltip's lines over a drawn bubble (found by id where the map's placement drew it). */
async function hoverBubble(id: string): Promise<string[]> {
  const b = (await h.page.evaluate(() => window.__mapSymbols?.() ?? [])).find((x) => x.key === `bubble:${id}`);
  if (!b) throw new Error(`no bubble ${id} drawn`);
  const [x, y] = await pagePointOf(h.page, b.position);
  const box = (await h.page.locator('[data-testid=map]').boundingBox())!;
  await h.page.mouse.move(box.x + box.width - 5, box.y + box.height - 5);
  await h.page.mouse.move(x, y);
  const tip = h.page.getByTestId('tooltip');
  await tip.waitFor({ timeout: 5000 });
  return (await tip.innerText()).split('\n');
}

beforeAll(async () => {
  mkdirSync(TMP, { recursive: true });
  h = await startHarness();
  await h.page.goto(h.url);
  await waitForMap(h.page);
}, 120_000);

afterAll(async () => {
  await h?.close();
});

describe('an import with more projects than bubbles can show', () => {
  const withAmount = 3000 - Math.floor(3000 / 7);

  it('3000 rows: one bubble per place, the legend and the import note say so', async () => {
    await importList(writeList(BIG, 3000), 3000);
    expect(await h.page.getByTestId('import-counts').innerText()).toBe('共 3000 行：已定位 3000 · 有歧义 0 · 未定位 0 · 已拒绝 0');
    expect(await h.page.getByTestId('import-note').innerText()).toBe(
      `有金额的行共 ${withAmount} 行，超过 1000 行：地图上按地点合计，每个园区或区县画一个投资气泡，大小按该地投资合计（悬停可见项目数；每行金额仍保留在记录和导出中）`,
    );
    await expect.poll(async () => (await state()).bubbles.map((b) => b.id).sort(), { timeout: 20_000 }).toEqual(PLACES.map((p) => `total:${p}`).sort());
    expect((await state()).selection).toMatch(/^list:import-/);
    expect(await h.page.getByTestId('legend-bubbles').innerText()).toBe(
      `按地点合计：${withAmount} 个项目 → 5 个气泡（项目超过 1000 个时每个地点画一个气泡，面积 ∝ 该地投资合计）。${3000 - withAmount} 条无投资额。`,
    );
    await shot(h.page, 'import-totals-3000');
  });

  it('hovering a total names the place, the number of projects, the sum and the file it adds up', async () => {
    const zt = total(3000, '梓潼县');
    await expect
      .poll(() => hoverBubble('total:梓潼县'), { timeout: 20_000 })
      .toEqual(['梓潼县：按地点合计', `${zt.count} 个项目`, `投资合计：${formatWan(zt.wan, 'zh')}`, `来源：${BIG}，共 ${zt.count} 行之和`]);
    // The park's total was pushed off the shared point by the spiral; it is picked where it is drawn.
    const luxi = total(3000, '芦溪工业集中发展区');
    expect(await hoverBubble('total:芦溪工业集中发展区')).toEqual([
      '芦溪工业集中发展区：按地点合计',
      `${luxi.count} 个项目`,
      `投资合计：${formatWan(luxi.wan, 'zh')}`,
      `来源：${BIG}，共 ${luxi.count} 行之和`,
    ]);
    expect(zt.count + luxi.count + ['三台县', '盐亭县', '平武县'].reduce((s, p) => s + total(3000, p).count, 0)).toBe(withAmount);
  });

  it('in English: the legend line and the tooltip', async () => {
    await h.page.getByTestId('lang-toggle').click();
    await expect
      .poll(() => h.page.getByTestId('legend-bubbles').innerText(), { timeout: 20_000 })
      .toBe(
        `Totals per place: ${withAmount} projects → 5 bubbles (above 1000 projects, one bubble per place, area ∝ the total invested there). ${3000 - withAmount} without an amount.`,
      );
    const st = total(3000, '盐亭县');
    expect(await hoverBubble('total:盐亭县')).toEqual([
      '盐亭县: total for the place',
      `${st.count} project(s)`,
      `Total investment: ${formatWan(st.wan, 'en')}`,
      `Source: ${BIG}; the sum of ${st.count} row(s)`,
    ]);
    await h.page.getByTestId('lang-toggle').click();
    await expect.poll(() => h.page.getByTestId('lang-toggle').innerText()).toBe('English');
  });

  it('the drawer of a county with 1200 of these rows lists the 200 largest and sums them all', async () => {
    await clickCounty(h.page, '510722');
    const inv = h.page.getByTestId('investments');
    await inv.waitFor({ timeout: 10_000 });
    // 三台县 folds in its park 芦溪: 1200 rows, of which those with an amount are summed.
    const [st, luxi] = [total(3000, '三台县'), total(3000, '芦溪工业集中发展区')];
    const without = 1200 - st.count - luxi.count;
    expect(await inv.locator('h3').innerText()).toBe(`投资项目（投资项目 3000）：合计 ${formatWan(st.wan + luxi.wan, 'zh')}，另有 ${without} 项未列金额`);
    expect(await h.page.getByTestId('investments-shown').innerText()).toBe('表中为投资最大的 200 项，共 1200 项。');
    expect(await inv.locator('tbody tr').count()).toBe(200);
    await h.page.keyboard.press('Escape');
    await expect.poll(() => h.page.getByTestId('drawer').count()).toBe(0);
  });

  it('exactly 1000 amounts: one bubble per project, spread on the spiral as before', async () => {
    await importList(writeList(EXACT, 1000, false), 1000);
    expect(await h.page.getByTestId('import-note').count()).toBe(0);
    await expect.poll(async () => (await state()).bubbles.length, { timeout: 20_000 }).toBe(1000);
    expect((await state()).bubbles.some((b) => b.id.startsWith('total:'))).toBe(false);
    expect(await h.page.getByTestId('legend-bubbles').innerText()).toBe('1000 个项目；重叠的气泡在所属区县内错开。');
  });

  it('the layer toggle hides the bubbles; nothing went outside 127.0.0.1 and no console errors', async () => {
    await h.page.getByTestId('layer-bubbles').uncheck();
    expect((await state()).bubbles).toEqual([]);
    await h.page.getByTestId('layer-bubbles').check();
    expect(h.external).toEqual([]);
    expect(h.errors).toEqual([]);
  });
});
