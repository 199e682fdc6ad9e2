// The story editor as a presenter uses it: three views added, a caption written in both languages, an empty title
// refused with the reason, steps reordered by keyboard and by drag, one duplicated and one deleted; after a reload the
// edited story is still there, plays with the new caption (and from a step, as a preview), and exports as a deck: a
// zip of one 1920×1080 PNG per slide, titled like the slide.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { reload, RESULTS, startHarness, waitForMap, type Harness } from './harness.ts';
import { readZipDirectory } from '../../src/lib/read/zip.ts';
import { readPngText } from '../../src/lib/present/pngText.ts';
import { parseStory } from '../../src/lib/story/format.ts';
import { USER_STORY_KEY } from '../../src/lib/story/saved.ts';

let h: Harness;
const titles = () => h.page.getByTestId('mystory-title').allInnerTexts();
const step = (i: number) => h.page.getByTestId('mystory-step').nth(i);
const storyTitle = () => h.page.getByTestId('story-title').locator('h2').innerText();
const saved = async () => parseStory(JSON.parse((await h.page.evaluate((k) => localStorage.getItem(k), USER_STORY_KEY))!));

const CAPTION = '绿色化 表5：江油市 10 家、游仙区 9 家紧随涪城区。';
const CAPTION_EN = '绿色化 表5: 江油市 (10) and 游仙区 (9) follow 涪城区.';

beforeAll(async () => {
  h = await startHarness({ viewport: { width: 1366, height: 900 } });
  await h.page.goto(h.url);
  await waitForMap(h.page);
}, 120_000);

afterAll(async () => {
  await h?.close();
});

describe('story editor', () => {
  it('edits a caption in both languages, and refuses an empty title saying why', async () => {
    for (const list of ['list:green-factory', 'list:sherpa', 'list:smart-factory']) {
      await h.page.getByTestId('list-picker').selectOption(list);
      await h.page.getByTestId('add-step').click();
    }
    expect(await titles()).toEqual(['绿色工厂重点培育企业', '夏尔巴行动培育对象', '智能制造试点示范工厂（车间）']);
    await step(0).getByTestId('mystory-edit').click();
    await step(0).getByTestId('step-caption').fill(CAPTION);
    await step(0).getByTestId('step-captionEn').fill(CAPTION_EN);
    await step(0).getByTestId('step-title').focus();
    await expect.poll(async () => (await saved()).steps[0]!.caption).toBe(CAPTION);
    expect((await saved()).steps[0]!.captionEn).toBe(CAPTION_EN);
    await step(0).getByTestId('step-title').fill('');
    await step(0).getByTestId('step-title').press('Enter');
    expect(await step(0).getByTestId('step-problem').innerText()).toBe('未保存：第 1 步的标题不能为空');
    expect((await saved()).steps[0]!.title).toBe('绿色工厂重点培育企业');
    await step(0).getByTestId('step-title').fill('绿色工厂：江油、游仙紧随涪城');
    await step(0).getByTestId('step-title').press('Enter');
    await expect.poll(titles).toEqual(['绿色工厂：江油、游仙紧随涪城', '夏尔巴行动培育对象', '智能制造试点示范工厂（车间）']);
    expect(await step(0).getByTestId('step-problem').count()).toBe(0);
    await step(0).getByTestId('mystory-edit').click();
  });

  it('reorders by keyboard (Alt+↓ keeps the focus on the moved step) and by drag, duplicates and deletes', async () => {
    await step(0).getByTestId('mystory-down').focus();
    await h.page.keyboard.press('Alt+ArrowDown');
    await expect.poll(titles).toEqual(['夏尔巴行动培育对象', '绿色工厂：江油、游仙紧随涪城', '智能制造试点示范工厂（车间）']);
    expect(await h.page.evaluate(() => document.activeElement?.closest('li')?.querySelector('[data-testid=mystory-title]')?.textContent)).toBe(
      '绿色工厂：江油、游仙紧随涪城',
    );
    expect(await h.page.getByTestId('mystory-moved').innerText()).toBe('第 1 步已移到第 2 位');
    // Drag the last step onto the first.
    await step(2).dragTo(step(0));
    await expect.poll(titles).toEqual(['智能制造试点示范工厂（车间）', '夏尔巴行动培育对象', '绿色工厂：江油、游仙紧随涪城']);
    await step(1).getByTestId('mystory-duplicate').click();
    await expect.poll(titles).toEqual(['智能制造试点示范工厂（车间）', '夏尔巴行动培育对象', '夏尔巴行动培育对象', '绿色工厂：江油、游仙紧随涪城']);
    await step(2).getByTestId('mystory-remove').click();
    await step(1).getByTestId('mystory-up').click();
    await expect.poll(titles).toEqual(['夏尔巴行动培育对象', '智能制造试点示范工厂（车间）', '绿色工厂：江油、游仙紧随涪城']);
  });

  it('after a reload the edited story is there, plays with the new caption, and previews from a step', async () => {
    await reload(h.page);
    await waitForMap(h.page);
    expect(await titles()).toEqual(['夏尔巴行动培育对象', '智能制造试点示范工厂（车间）', '绿色工厂：江油、游仙紧随涪城']);
    await h.page.getByTestId('play-mine').click();
    await expect.poll(storyTitle).toBe('夏尔巴行动培育对象');
    await h.page.keyboard.press('ArrowRight');
    await h.page.keyboard.press('ArrowRight');
    await expect.poll(storyTitle).toBe('绿色工厂：江油、游仙紧随涪城');
    expect(await h.page.getByTestId('story-caption').innerText()).toBe(CAPTION);
    await h.page.keyboard.press('Escape');
    await step(1).getByTestId('mystory-preview').click();
    await expect.poll(storyTitle).toBe('智能制造试点示范工厂（车间）');
    expect(await h.page.getByTestId('story-title').locator('.story').innerText()).toBe('我的故事 · 2/3');
    await h.page.keyboard.press('Escape');
    await expect.poll(() => h.page.getByTestId('story-title').count()).toBe(0);
  });

  it('exports the deck: one 1920×1080 PNG per slide in a zip, in order, each titled like its slide', async () => {
    const [d] = await Promise.all([h.page.waitForEvent('download', { timeout: 150_000 }), h.page.getByTestId('export-deck').click()]);
    expect(d.suggestedFilename()).toMatch(/^我的故事_\d{4}-\d{2}-\d{2}_1920x1080\.zip$/);
    const zip = readFileSync(await d.path());
    writeFileSync(resolve(RESULTS, 'story-deck.zip'), zip);
    const dir = readZipDirectory(zip);
    expect(dir.map((e) => e.name)).toEqual(['01_夏尔巴行动培育对象.png', '02_智能制造试点示范工厂（车间）.png', '03_绿色工厂：江油、游仙紧随涪城.png']);
    const pngs = dir.map((e) => {
      const start = e.localHeaderOffset + 30 + zip.readUInt16LE(e.localHeaderOffset + 26);
      return zip.subarray(start, start + e.compressedSize);
    });
    expect(pngs.map((p) => [p.readUInt32BE(16), p.readUInt32BE(20)])).toEqual([
      [1920, 1080],
      [1920, 1080],
      [1920, 1080],
    ]);
    expect(pngs.map((p) => readPngText(new Uint8Array(p)).Title)).toEqual([
      '夏尔巴行动培育对象',
      '智能制造试点示范工厂（车间）',
      '绿色工厂：江油、游仙紧随涪城',
    ]);
    // The same locked classes on every slide (as on stage): one Keys text for the classes of all three.
    const classKeys = pngs.map((p) =>
      readPngText(new Uint8Array(p))
        .Keys!.split('\n')[0]!
        .replace(/（\d+ 个区域）/g, ''),
    );
    expect(new Set(classKeys).size).toBe(1);
    writeFileSync(resolve(RESULTS, 'story-deck-03.png'), pngs[2]!);
    // The view is back where it was, with no story playing.
    expect(await h.page.getByTestId('story-title').count()).toBe(0);
    await expect.poll(() => h.page.getByTestId('deck-progress').count()).toBe(0);
  }, 180_000);

  it('made no request outside 127.0.0.1 and logged no console errors', () => {
    expect(h.external).toEqual([]);
    expect(h.errors).toEqual([]);
  });
});
