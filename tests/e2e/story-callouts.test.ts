// Callouts: a step's short notes pinned to a county, park or enterprise travel in the story file, survive a reload, and are drawn
// on the printed deck's slide with a leader line to their place (pixels of the line, the white box and the text in
// the slide's Keys).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readPngText } from '../../src/lib/present/pngText.ts';
import { DECODE_PNG_SRC, RESULTS, reload, waitForMap, type Harness, startAtMap } from './harness.ts';

let h: Harness;

const STORY = {
  title: '标注',
  steps: [
    {
      title: '高新区与江油',
      caption: '两处标注',
      view: 'by=unit',
      callouts: [
        { at: 'gaoxin', text: '高新区：45 次入选', textEn: '高新区: 45 designations' },
        { at: '510781', text: '江油市：25 次' },
        // An enterprise: its place is the one most of its rows print (涪城区 ×4, 科创区 ×1).
        { enterprise: '永贵科技', text: '永贵科技：5 份名单' },
        // An enterprise the data does not know: kept in the file, said in the editor, not drawn.
        { enterprise: '已更名企业', text: '旧名企业' },
      ],
    },
  ],
};

/**
 * For each point of the slide (x, y in the 1920×1080 picture): whether the callout ink (#1d2428, within 24 per
 * channel) is within 1 px of it (a 2-px line drawn between pixel centres), and the point's own colour.
 */
const INK_NEAR_SRC = `async function (args) {
  var d = await (${DECODE_PNG_SRC})(args.b64);
  function at(x, y) { var i = (y * d.width + x) * 4; return [d.data[i], d.data[i + 1], d.data[i + 2]]; }
  return args.points.map(function (p) {
    var x = Math.round(p[0]), y = Math.round(p[1]), ink = false;
    for (var dy = -1; dy <= 1; dy++) for (var dx = -1; dx <= 1; dx++) {
      var c = at(x + dx, y + dy);
      if (Math.abs(c[0] - 0x1d) <= 24 && Math.abs(c[1] - 0x24) <= 24 && Math.abs(c[2] - 0x28) <= 24) ink = true;
    }
    return { ink: ink, colour: at(x, y) };
  });
}`;

beforeAll(async () => {
  h = await startAtMap({ viewport: { width: 1366, height: 768 } });
}, 120_000);

afterAll(async () => {
  await h?.close();
});

describe('callouts', () => {
  it('are read from a story file, kept through a reload, and drawn on the printed slide with leader lines', async () => {
    const file = resolve(RESULTS, 'callouts-story.json');
    writeFileSync(file, JSON.stringify(STORY));
    await h.page.getByTestId('mystory-import').setInputFiles(file);
    await expect.poll(() => h.page.getByTestId('mystory-title').allInnerTexts()).toEqual(['高新区与江油']);
    await reload(h.page);
    await waitForMap(h.page);
    await expect.poll(() => h.page.getByTestId('mystory-title').allInnerTexts()).toEqual(['高新区与江油']);
    const saved = JSON.parse((await h.page.evaluate(() => localStorage.getItem('mianyang-policy-map:my-story')))!) as typeof STORY;
    expect(saved.steps[0]!.callouts).toEqual(STORY.steps[0]!.callouts);

    await h.page.evaluate(() => {
      window.print = () => void document.body.setAttribute('data-printed', '1');
    });
    await h.page.getByTestId('print-deck-button').click();
    await h.page.waitForSelector('body[data-printed="1"]', { timeout: 180_000 });
    const img = h.page.locator('[data-testid=print-deck] .deck-page img');
    const b64 = (await img.getAttribute('src'))!.replace(/^data:image\/png;base64,/, '');
    const png = Buffer.from(b64, 'base64');
    writeFileSync(resolve(RESULTS, 'callouts-slide.png'), png);
    const keys = readPngText(png).Keys!.split('\n');
    expect(keys[keys.length - 1]).toBe('标注 | 高新区：45 次入选 | 江油市：25 次 | 永贵科技：5 份名单');

    const placed = JSON.parse((await img.getAttribute('data-callouts'))!) as {
      box: { x: number; y: number; width: number; height: number };
      line: [number, number][];
    }[];
    expect(placed).toHaveLength(3);
    // Boxes do not overlap each other.
    for (const [i, a] of placed.map((c) => c.box).entries())
      for (const b of placed.slice(i + 1).map((c) => c.box))
        expect(a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y).toBe(true);
    // Clear of the map labels where the picture drew them (the capture's own boxes, not estimates), and a county's
    // leader line never through the county's own label (江油市, and 涪城区 for 永贵科技).
    const labels = JSON.parse((await img.getAttribute('data-labels'))!) as { key: string; box: { x: number; y: number; width: number; height: number } }[];
    expect(labels.filter((l) => l.key.startsWith('label:')).length).toBeGreaterThanOrEqual(2 * 9);
    const owns = ['', '510781', '510703'];
    for (const [i, c] of placed.entries()) {
      const hit = labels.filter(
        (l) =>
          c.box.x < l.box.x + l.box.width - 0.5 &&
          l.box.x < c.box.x + c.box.width - 0.5 &&
          c.box.y < l.box.y + l.box.height - 0.5 &&
          l.box.y < c.box.y + c.box.height - 0.5,
      );
      expect(
        hit.map((l) => l.key),
        `callout ${i}`,
      ).toEqual([]);
      const [[x0, y0], [x1, y1]] = c.line as [[number, number], [number, number]];
      for (const l of labels.filter((l) => l.key === `label:${owns[i]}`)) {
        const n = 400;
        const inside = Array.from({ length: n + 1 }, (_, k) => [x0 + ((x1 - x0) * k) / n, y0 + ((y1 - y0) * k) / n]).filter(
          ([x, y]) => x! > l.box.x + 0.5 && x! < l.box.x + l.box.width - 0.5 && y! > l.box.y + 0.5 && y! < l.box.y + l.box.height - 0.5,
        );
        expect(inside, `callout ${i} crosses ${l.key}`).toEqual([]);
      }
    }
    for (const c of placed) {
      // The leader line: dark ink (#1d2428) along it, sampled between its ends.
      const [[x0, y0], [x1, y1]] = c.line as [[number, number], [number, number]];
      const along = Array.from({ length: 9 }, (_, i) => [x0 + ((x1 - x0) * (i + 1)) / 10, y0 + ((y1 - y0) * (i + 1)) / 10]);
      // The box: white inside, just within its left edge, at a quarter of its height (above the text's middle line).
      const inside = [[c.box.x + 3, c.box.y + 3]];
      const px = (await h.page.evaluate(`(${INK_NEAR_SRC})(${JSON.stringify({ b64, points: [...along, ...inside] })})`)) as {
        ink: boolean;
        colour: number[];
      }[];
      expect(px.slice(0, 9).map((p) => p.ink)).toEqual(Array(9).fill(true));
      expect(px[9]!.colour).toEqual([255, 255, 255]);
    }
    await h.page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  }, 300_000);

  it('are edited in the step editor: removed, added (pinned to a park, to an enterprise), an over-long one refused saying why; kept after a reload', async () => {
    await h.page.getByTestId('mystory-edit').click();
    const editor = h.page.getByTestId('step-editor');
    expect(await editor.getByTestId('step-callout-label').allInnerTexts()).toEqual([
      '高新区：高新区：45 次入选',
      '江油市：江油市：25 次',
      '四川永贵科技有限公司（涪城区）：永贵科技：5 份名单',
      '已更名企业：旧名企业',
    ]);
    // The editor says which of 永贵科技's places the callout uses, and why the unknown one is not drawn.
    expect(await editor.getByTestId('step-callout-note').allInnerTexts()).toEqual([
      '指向涪城区（印此处的名单行最多）；名单另印有科创区',
      '数据中已无企业“已更名企业”：此标注不会显示，请删除或改标他处',
    ]);
    await editor.getByTestId('step-callout-remove').nth(1).click();
    await editor.getByTestId('step-callout-at').selectOption('jingkai');
    await editor.getByTestId('step-callout-text').fill('长'.repeat(41));
    await editor.getByTestId('step-callout-add').click();
    expect(await editor.getByTestId('step-problem').innerText()).toMatch(/标注.*40/);
    await editor.getByTestId('step-callout-text').fill('经开区：35 次');
    await editor.getByTestId('step-callout-textEn').fill('经开区: 35');
    await editor.getByTestId('step-callout-add').click();
    // An enterprise of the step's lists, named with its place in the choice; added from the keyboard (Tab to the button, Enter).
    const at = editor.getByTestId('step-callout-at');
    const option = at.locator('option[value="enterprise:长虹模塑科技"]');
    expect(await option.innerText()).toBe('四川长虹模塑科技有限公司（高新区）');
    await at.selectOption('enterprise:长虹模塑科技');
    await editor.getByTestId('step-callout-text').fill('长虹模塑：智能工厂');
    await editor.getByTestId('step-callout-text').press('Tab');
    await editor.getByTestId('step-callout-textEn').press('Tab');
    await h.page.keyboard.press('Enter');
    const saved = async () =>
      (JSON.parse((await h.page.evaluate(() => localStorage.getItem('mianyang-policy-map:my-story')))!) as typeof STORY).steps[0]!.callouts;
    const expected = [
      STORY.steps[0]!.callouts[0],
      STORY.steps[0]!.callouts[2],
      STORY.steps[0]!.callouts[3],
      { at: 'jingkai', text: '经开区：35 次', textEn: '经开区: 35' },
      { enterprise: '长虹模塑科技', text: '长虹模塑：智能工厂' },
    ];
    await expect.poll(saved).toEqual(expected);
    await reload(h.page);
    await waitForMap(h.page);
    await h.page.getByTestId('mystory-edit').click();
    expect(await h.page.getByTestId('step-callout-label').allInnerTexts()).toEqual([
      '高新区：高新区：45 次入选',
      '四川永贵科技有限公司（涪城区）：永贵科技：5 份名单',
      '已更名企业：旧名企业',
      '经开区：经开区：35 次',
      '四川长虹模塑科技有限公司（高新区）：长虹模塑：智能工厂',
    ]);
  }, 120_000);

  it('made no request outside 127.0.0.1 and logged no console errors', () => {
    expect(h.external).toEqual([]);
    expect(h.errors).toEqual([]);
  });
});
