// Story mode laid out for a stage: on every shipped slide, at 1366×768 (a laptop) and 1920×1080 (a projector), in
// Chinese and English, the title, caption, legend and buttons do not overlap one another and none of them covers a
// county label the slide shows. Label boxes are the ones drawn: each county label where the placement put it and the
// map draws it (window.__mapSymbols: its position projected by the live map, its box with every row — name, pinyin in
// English, count — at the stage's size), not a box estimated at the county's point.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.ts';
import { inject } from 'vitest';
import type { County } from '../../src/lib/types.ts';
import { RESULTS, ROOT, settle, waitForMap } from './harness.ts';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const story = JSON.parse(readFileSync(resolve(ROOT, 'data/story.json'), 'utf8')) as { steps: { title: string; titleEn: string }[] };
const counties = JSON.parse(readFileSync(resolve(ROOT, 'geo/counties.json'), 'utf8')) as County[];
const PANELS = ['story-title', 'story-caption', 'story-legend', 'story-nav'] as const;

const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

let browser: Browser;
const errors: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close().catch(() => {});
});

describe.each([
  { width: 1366, height: 768, lang: 'zh' },
  { width: 1366, height: 768, lang: 'en' },
  { width: 1920, height: 1080, lang: 'zh' },
  { width: 1920, height: 1080, lang: 'en' },
] as const)('story layout at $width×$height in $lang', ({ width, height, lang }) => {
  it('title, caption, legend and buttons are pairwise disjoint and clear of every visible county label on every slide', async () => {
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(`${inject('e2eUrl')}#lang=${lang}`);
      await waitForMap(page);
      await page.getByTestId('play-story').click();
      let firstClasses: string[] | undefined;
      for (let i = 0; i < story.steps.length; i++) {
        const step = story.steps[i]!;
        await expect.poll(() => page.getByTestId('story-title').locator('h2').innerText()).toBe(lang === 'en' ? step.titleEn : step.title);
        await settle(page);
        const where = `slide ${i + 1} at ${width}×${height} (${lang})`;
        // Polled: a caption's new height re-frames the camera once the panels are laid out (the insets).
        await expect
          .poll(
            async () => {
              const boxes = await page.evaluate(
                ({ ids }) => {
                  const rect = (el: Element | null) => {
                    const r = el?.getBoundingClientRect();
                    return r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
                  };
                  const panels = Object.fromEntries(ids.map((id) => [id, rect(document.querySelector(`[data-testid=${id}]`))]));
                  const map = rect(document.querySelector('[data-testid=map]'))!;
                  const labels = (window.__mapSymbols?.() ?? [])
                    .filter((s) => s.layer === 'labels')
                    .flatMap((s) => {
                      const [x, y] = window.__mapProject!(s.position);
                      return s.parts.flatMap((p) =>
                        p.kind === 'box'
                          ? [
                              {
                                name: s.key,
                                box: {
                                  left: map.left + x + p.dx - p.w / 2,
                                  right: map.left + x + p.dx + p.w / 2,
                                  top: map.top + y + p.dy - p.h / 2,
                                  bottom: map.top + y + p.dy + p.h / 2,
                                },
                              },
                            ]
                          : [],
                      );
                    });
                  return { panels, map, labels };
                },
                { ids: PANELS },
              );
              // Every county's label is there to check on a slide that shows labels (not on slide 4's green parks).
              if (boxes.labels.length !== 0 && boxes.labels.length !== counties.length) return [`${boxes.labels.length} label boxes`];
              const problems: string[] = [];
              const present = PANELS.filter((id) => boxes.panels[id]);
              for (const [a, id] of present.entries()) {
                for (const other of present.slice(a + 1)) if (overlap(boxes.panels[id]!, boxes.panels[other]!)) problems.push(`${id} overlaps ${other}`);
              }
              for (const l of boxes.labels) {
                if (!overlap(l.box, boxes.map)) continue;
                for (const id of present) if (overlap(l.box, boxes.panels[id]!)) problems.push(`${id} covers ${l.name}`);
              }
              return problems;
            },
            { timeout: 20_000, message: where },
          )
          .toEqual([]);
        if (i === 0 || i === 3 || (width === 1366 && lang === 'zh'))
          await page.screenshot({ path: resolve(RESULTS, `story-layout-${width}-${lang}-${i + 1}.png`) });
        // Slide 4 shows the green parks: the legend names them beside their symbols.
        if (i === 3) expect((await page.getByTestId('story-park-names').allInnerTexts()).join('、')).toMatch(/园区|开发区/);
        // The locked classes read the same on every slide, the top one open-ended ("≥100", not "100–134" on one slide
        // and "100" on the next).
        const classes = (await page.getByTestId('story-legend').locator('.row:has(.sw)').allInnerTexts()).map((t) => t.trim());
        expect(classes.at(-2)).toMatch(/^≥\d+$/);
        firstClasses ??= classes;
        expect(classes, where).toEqual(firstClasses);
        if (i < story.steps.length - 1) await page.keyboard.press('ArrowRight');
      }
    } finally {
      await page.close();
    }
  }, 240_000);
});

it('logged no page errors', () => {
  expect(errors).toEqual([]);
});
