// Story mode in a real browser, driven by the keyboard as a presenter's clicker would: steps advance and go back,
// the class breaks stay the same on every slide, Esc returns to the view the presenter started from.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT, settle, shot, startHarness, waitForMap, type Harness } from './harness.ts';

let h: Harness;
const story = JSON.parse(readFileSync(resolve(ROOT, 'data/story.json'), 'utf8')) as { title: string; steps: { title: string }[] };
const snapshot = () => h.page.evaluate(() => window.__appState);
const title = () => h.page.getByTestId('story-title').locator('h2').innerText();

beforeAll(async () => {
  h = await startHarness({ viewport: { width: 1600, height: 900 } });
  await h.page.goto(h.url);
  await waitForMap(h.page);
}, 120_000);

afterAll(async () => {
  await h?.close();
});

describe('story mode', () => {
  it('plays the shipped story with the keyboard, breaks locked, and Esc restores the view', async () => {
    await h.page.getByTestId('play-story').click();
    await expect.poll(title).toBe(story.steps[0]!.title);
    expect(await h.page.locator('.panel').isVisible()).toBe(false);
    const first = await snapshot();
    expect(first.thresholds.length).toBeGreaterThanOrEqual(3);
    await h.page.keyboard.press('ArrowRight');
    await expect.poll(title).toBe(story.steps[1]!.title);
    await settle(h.page);
    const second = await snapshot();
    expect(second.selection).toBe('list:smart-factory');
    expect(second.thresholds).toEqual(first.thresholds);
    // The stage legend says what the colours count and keys the bubbles of this slide's investments.
    expect(await h.page.getByTestId('story-legend-unit').innerText()).toBe('入选次数');
    expect(await h.page.getByTestId('story-legend-bubbles').isVisible()).toBe(true);
    // 表3's largest project is 31717 万元: the key's round sizes are 2 亿元 and two tenths below it.
    expect(await h.page.getByTestId('story-legend-bubbles').locator('~ .sizes .size').allInnerTexts()).toEqual(['2 亿元', '2000 万元', '200 万元']);
    await shot(h.page, 'story-step-2');
    await h.page.keyboard.press('PageDown');
    await h.page.keyboard.press(' ');
    await expect.poll(title).toBe(story.steps[3]!.title);
    expect((await snapshot()).thresholds).toEqual(first.thresholds);
    await h.page.keyboard.press('ArrowLeft');
    await expect.poll(title).toBe(story.steps[2]!.title);
    await h.page.keyboard.press('Escape');
    await expect.poll(() => h.page.getByTestId('story-title').count()).toBe(0);
    const after = await snapshot();
    expect([after.selection, after.method]).toEqual(['all', 'nice']);
    expect(await h.page.locator('.panel').isVisible()).toBe(true);
  });

  it('"添加此视图" builds a story of the presenter’s own views', async () => {
    await h.page.getByTestId('list-picker').selectOption('list:green-factory');
    await h.page.getByTestId('add-step').click();
    await h.page.getByTestId('list-picker').selectOption('list:sherpa');
    await h.page.getByTestId('add-step').click();
    expect(await h.page.getByTestId('play-mine').innerText()).toBe('▶ 我的故事（2）');
    await h.page.getByTestId('play-mine').click();
    await expect.poll(async () => (await snapshot()).selection).toBe('list:green-factory');
    await h.page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await snapshot()).selection).toBe('list:sherpa');
    await h.page.keyboard.press('Escape');
    await expect.poll(async () => (await snapshot()).selection).toBe('list:sherpa');
  });

  it('made no request outside 127.0.0.1 and logged no console errors', () => {
    expect(h.external).toEqual([]);
    expect(h.errors).toEqual([]);
  });
});
