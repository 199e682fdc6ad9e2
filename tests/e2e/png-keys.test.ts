// The PNG export carries the key of every layer it draws: with the green parks and the investment bubbles on, the
// legend column of the picture holds their symbols (read back from its pixels) and the file's Keys text names them;
// the picture is drawn offscreen, so the live map does not change while it is made.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readPngText } from '../../src/lib/present/pngText.ts';
import { countColours as countIn, pixelStats, RESULTS, settle, shot, startHarness, waitForMap, type Harness } from './harness.ts';

let h: Harness;

const countColours = (png: Buffer, rect: { x: number; y: number; w: number; h: number }, colours: number[][], tol = 6) =>
  countIn(h.page, png, rect, colours, tol);

beforeAll(async () => {
  h = await startHarness({ viewport: { width: 1366, height: 768 } });
  // All lists, every layer on: classes, labels, green parks and investment bubbles.
  await h.page.goto(`${h.url}#layers=1111`);
  await waitForMap(h.page);
  await settle(h.page);
}, 120_000);

afterAll(async () => {
  await h?.close();
});

describe('PNG export keys', () => {
  it('draws the green-park and bubble-size keys in the legend column, names them in the file, and leaves the live map alone', async () => {
    const before = await shot(h.page, 'png-keys-live-before');
    const download = h.page.waitForEvent('download', { timeout: 150_000 });
    await h.page.getByTestId('export-png').click();
    // While the picture is drawn the live map shows what it showed: no cover, no resize, no blank frame. (Budgets for
    // work, not waits: the first capture builds the hidden map, which took up to a minute with the suite on two cores.)
    const during = await shot(h.page, 'png-keys-live-during');
    const d = await download;
    const after = await shot(h.page, 'png-keys-live-after');
    expect((await pixelStats(h.page, before, during)).differing).toBe(0);
    expect((await pixelStats(h.page, before, after)).differing).toBe(0);
    expect(d.suggestedFilename()).toMatch(/^全部名单_\d{4}-\d{2}-\d{2}_1920x1080\.png$/);

    const png = readFileSync(await d.path());
    writeFileSync(resolve(RESULTS, 'png-keys.png'), png);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1920, 1080]);
    const keys = readPngText(png).Keys!.split('\n');
    // More than five green parks and bubbles sit in the main urban area: the detail view is on, and drawn too.
    expect(keys.map((k) => k.split(' | ')[0])).toEqual(['图例', '绿色园区（5）', '投资气泡（面积 ∝ 总投资）', '主城区放大']);
    // The map names no green park: its key does, row by row.
    expect(keys[1]).toBe(
      '绿色园区（5） | 国家级 · 2019 年目标（1）：四川绵阳游仙经济开发区 | 省级 · 2019 年目标（2）：四川绵阳高新技术产业开发区、四川绵阳安州工业园区 | 省级 · 2020 年目标（2）：绵阳经济技术开发区、江油工业园区',
    );
    expect(keys[2]).toMatch(/^投资气泡（面积 ∝ 总投资） \| [\d.]+ (亿|万)元 \| [\d.]+ (亿|万)元/);

    // The legend column (right of the map area: exportPng.ts, 460 px wide less the 32 px margin): the green-park
    // discs and rings in their year colours, and the bubbles' orange over white, are drawn there and nowhere else.
    const column = { x: 1920 - 460, y: 90, w: 428, h: 1080 - 90 - 80 };
    const [green2019, blue2020, bubble] = await countColours(png, column, [
      [0x00, 0x9e, 0x73],
      [0x00, 0x72, 0xb2],
      // rgba(217,95,2,0.55) over white
      [234, 167, 116],
    ]);
    // A filled 11 px disc alone is ~380 pixels; rings are thinner. Measured: about 600, 150 and 2,000.
    expect(green2019).toBeGreaterThan(300);
    expect(blue2020).toBeGreaterThan(60);
    expect(bubble).toBeGreaterThan(300);
  }, 200_000);

  it('keys only what is drawn: without parks and bubbles, the legend column has neither', async () => {
    await h.page.goto(`${h.url}#layers=1100`);
    await waitForMap(h.page);
    await settle(h.page);
    const [d] = await Promise.all([h.page.waitForEvent('download', { timeout: 150_000 }), h.page.getByTestId('export-png').click()]);
    const png = readFileSync(await d.path());
    expect(readPngText(png).Keys).toBe(readPngText(png).Keys!.split('\n')[0]);
    expect(readPngText(png).Keys!.startsWith('图例 | ')).toBe(true);
    const column = { x: 1920 - 460, y: 90, w: 428, h: 1080 - 90 - 80 };
    expect(
      await countColours(png, column, [
        [0x00, 0x9e, 0x73],
        [234, 167, 116],
      ]),
    ).toEqual([0, 0]);
  }, 200_000);

  it('made no request outside 127.0.0.1 and logged no console errors', () => {
    expect(h.external).toEqual([]);
    expect(h.errors).toEqual([]);
  });
});
