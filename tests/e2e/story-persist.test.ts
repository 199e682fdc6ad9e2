// "我的故事" survives a reload: two views added, the page reloaded, the story played from the keyboard; a step
// removed, the story exported and imported as JSON (the format of data/story.json), a corrupt saved entry dropped
// with a notice (never a blank page), and the story cleared.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { reload, RESULTS, ROOT, startHarness, waitForMap, type Harness } from './harness.ts';
import { parseStory } from '../../src/lib/story/format.ts';
import { USER_STORY_KEY } from '../../src/lib/story/saved.ts';

let h: Harness;
const TMP = resolve(RESULTS, 'story-persist');
const snapshot = () => h.page.evaluate(() => window.__appState);
const titles = () => h.page.locator('[data-testid=mystory-steps] li span').allInnerTexts();
const saved = () => h.page.evaluate((k) => localStorage.getItem(k), USER_STORY_KEY);
const storyTitle = () => h.page.getByTestId('story-title').locator('h2').innerText();

async function reloadAndWait(): Promise<void> {
  await reload(h.page);
  await waitForMap(h.page);
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

describe('my story is kept in this browser', () => {
  it('two added views are saved as a story file, and are still there after a reload', async () => {
    expect(await saved()).toBeNull();
    await h.page.getByTestId('list-picker').selectOption('list:green-factory');
    await h.page.getByTestId('add-step').click();
    await h.page.getByTestId('list-picker').selectOption('list:sherpa');
    await h.page.getByTestId('add-step').click();
    expect(await titles()).toEqual(['绿色工厂重点培育企业', '夏尔巴行动培育对象']);
    const file = parseStory(JSON.parse((await saved())!));
    expect(file.title).toBe('我的故事');
    expect(file.steps.map((s) => s.view.sel)).toEqual(['list:green-factory', 'list:sherpa']);

    await reloadAndWait();
    expect(await h.page.getByTestId('play-mine').innerText()).toBe('▶ 我的故事（2）');
    expect(await titles()).toEqual(['绿色工厂重点培育企业', '夏尔巴行动培育对象']);
    expect(await h.page.getByTestId('mystory').locator('h3').innerText()).toBe('我的故事（2 步，保存在本浏览器）');
  });

  it('plays from the keyboard: Enter on "▶ 我的故事", → and ← step, Esc returns', async () => {
    await h.page.getByTestId('play-mine').focus();
    await h.page.keyboard.press('Enter');
    await expect.poll(storyTitle).toBe('绿色工厂重点培育企业');
    expect(await h.page.getByTestId('story-title').locator('.story').innerText()).toBe('我的故事 · 1/2');
    expect((await snapshot()).selection).toBe('list:green-factory');
    await h.page.keyboard.press('ArrowRight');
    await expect.poll(storyTitle).toBe('夏尔巴行动培育对象');
    expect((await snapshot()).selection).toBe('list:sherpa');
    await h.page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await snapshot()).selection).toBe('list:green-factory');
    await h.page.keyboard.press('Escape');
    await expect.poll(() => h.page.getByTestId('story-title').count()).toBe(0);
  });

  it('removes one step by its named button; the removal is saved', async () => {
    const first = h.page.getByTestId('mystory-remove').first();
    expect(await first.getAttribute('aria-label')).toBe('删除第 1 步：绿色工厂重点培育企业');
    await first.click();
    expect(await titles()).toEqual(['夏尔巴行动培育对象']);
    expect(parseStory(JSON.parse((await saved())!)).steps.map((s) => s.title)).toEqual(['夏尔巴行动培育对象']);
    await reloadAndWait();
    expect(await h.page.getByTestId('play-mine').innerText()).toBe('▶ 我的故事（1）');
  });

  it('exports the story as JSON in the format of data/story.json', async () => {
    const [download] = await Promise.all([h.page.waitForEvent('download'), h.page.getByTestId('mystory-export').click()]);
    expect(download.suggestedFilename()).toBe('mianyang-my-story.json');
    const text = readFileSync(await download.path(), 'utf8');
    expect(text).toBe((await saved())!);
    expect(JSON.parse(text)).toEqual({
      title: '我的故事',
      steps: [{ title: '夏尔巴行动培育对象', caption: expect.stringMatching(/^按入选次数计数/), view: 'sel=list%3Asherpa' }],
    });
  });

  it('imports a story file (the shipped story) in place of the steps; a broken file changes nothing and says why', async () => {
    const shipped = JSON.parse(readFileSync(resolve(ROOT, 'data/story.json'), 'utf8')) as { steps: { title: string }[] };
    await h.page.getByTestId('mystory-import').setInputFiles(resolve(ROOT, 'data/story.json'));
    await expect.poll(() => h.page.getByTestId('mystory-notice').innerText()).toMatch(/^已从 story\.json 导入 7 步/);
    expect(await titles()).toEqual(shipped.steps.map((s) => s.title));
    expect(parseStory(JSON.parse((await saved())!)).steps).toHaveLength(7);

    const broken = resolve(TMP, '坏故事.json');
    writeFileSync(broken, JSON.stringify({ title: '坏', steps: [{ title: '一', caption: '', view: 'method=foo' }] }));
    await h.page.getByTestId('mystory-import').setInputFiles(broken);
    await expect
      .poll(() => h.page.getByTestId('mystory-notice').innerText())
      .toMatch(/^坏故事\.json 不是有效的故事文件：第 1 步（一）的视图：链接参数“分级方法”的值 "foo" 无效，已使用默认值/);
    expect(await h.page.getByTestId('mystory-notice').getAttribute('role')).toBe('alert');
    expect(await titles()).toHaveLength(7);
  });

  it('a corrupt saved entry is dropped with a notice; the page and the map still work', async () => {
    await h.page.evaluate((k) => localStorage.setItem(k, '{"title": "我的故事", "steps": [{"title": "一"'), USER_STORY_KEY);
    await reloadAndWait();
    expect(await h.page.getByTestId('mystory-notice').innerText()).toMatch(/^保存的“我的故事”无法读取，已丢弃：.*JSON/);
    expect(await h.page.getByTestId('play-mine').count()).toBe(0);
    expect(await saved()).toBeNull();
    expect((await snapshot()).error).toBeNull();
    expect(await h.page.getByTestId('legend').isVisible()).toBe(true);
    await h.page.getByTestId('mystory-notice').getByRole('button').click();
    expect(await h.page.getByTestId('mystory-notice').count()).toBe(0);
  });

  it('clears the story after a confirmation; nothing is left to reload', async () => {
    await h.page.getByTestId('add-step').click();
    await h.page.getByTestId('add-step').click();
    let asked = '';
    h.page.once('dialog', (d) => {
      asked = d.message();
      void d.dismiss();
    });
    await h.page.getByTestId('mystory-clear').click();
    expect(asked).toBe('清空“我的故事”的全部 2 步？此操作无法撤销（可先导出 JSON）。');
    expect(await titles()).toHaveLength(2);
    h.page.once('dialog', (d) => void d.accept());
    await h.page.getByTestId('mystory-clear').click();
    await expect.poll(() => h.page.getByTestId('play-mine').count()).toBe(0);
    expect(await saved()).toBeNull();
    await reloadAndWait();
    expect(await h.page.getByTestId('play-mine').count()).toBe(0);
    expect(await h.page.getByTestId('mystory-steps').count()).toBe(0);
  });

  it('made no request outside 127.0.0.1 and logged no console errors', () => {
    expect(h.external).toEqual([]);
    expect(h.errors).toEqual([]);
  });
});
