// County labels in English: each gets its pinyin on a smaller line under the printed name once pinyin-pro has arrived
// (it loads on the first English use, so the labels are placed again when it does), the placement reserves the
// taller box, and no two labels overlap, nor a label and a panel over the map, at 1366×768 and 1920×1080. Back in
// Chinese the pinyin line goes. Screenshots in test-results/labels-pinyin-<width>-<lang>.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settle, shot, startAtMap, type Harness } from './harness.ts';

/** A capitalised word of pinyin letters with tone marks, as i18n.pinyin gives it ("Fúchéngqū"). */
const PINYIN = /^[A-ZĀÁǍÀĒÉĚÈŌÓǑÒ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+$/u;

interface Box {
  key: string;
  text: string[];
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const disjoint = (a: Omit<Box, 'key' | 'text'>, b: Omit<Box, 'key' | 'text'>) =>
  a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;

describe.each([
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const)('county labels at $width×$height', ({ width, height }) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startAtMap({ viewport: { width, height } });
  }, 120_000);
  afterAll(() => h?.close());

  /** The county labels' boxes on the page (placed position + box part), with their rows of text. */
  const labels = () =>
    h.page.evaluate(() => {
      const map = document.querySelector('[data-testid=map]')!.getBoundingClientRect();
      return window.__mapSymbols!()
        .filter((s) => s.layer === 'labels')
        .map((s) => {
          const [x, y] = window.__mapProject!(s.position);
          const b = s.parts.find((p) => p.kind === 'box') as { dx: number; dy: number; w: number; h: number };
          const left = map.left + x + b.dx - b.w / 2;
          const top = map.top + y + b.dy - b.h / 2;
          return { key: s.key, text: s.text, left, right: left + b.w, top, bottom: top + b.h };
        });
    });
  const rects = (ids: string[]) =>
    h.page.evaluate(
      (ids) =>
        ids.flatMap((id) => {
          const r = document.querySelector(`[data-testid=${id}]`)?.getBoundingClientRect();
          return r && r.width > 0 ? [{ id, left: r.left, right: r.right, top: r.top, bottom: r.bottom }] : [];
        }),
      ids,
    );

  it('Chinese labels carry no pinyin line', async () => {
    const zh = await labels();
    expect(zh).toHaveLength(9);
    expect(zh.filter((l) => l.text.some((t) => PINYIN.test(t))).map((l) => l.key)).toEqual([]);
    await shot(h.page, `labels-pinyin-${width}-zh`);
  });

  it('in English every county label gets its pinyin under the name, boxes disjoint and clear of the panels', { timeout: 60_000 }, async () => {
    await h.page.getByTestId('lang-toggle').click();
    // Pinyin arrives with pinyin-pro's chunk: the labels are placed again then.
    await expect.poll(async () => (await labels()).filter((l) => PINYIN.test(l.text[1] ?? '')).length, { timeout: 20_000 }).toBe(9);
    await settle(h.page);
    const en = await labels();
    expect(en.find((l) => l.key === 'label:510703')!.text.slice(0, 2)).toEqual(['涪城区', 'Fúchéngqū']);
    expect(en.find((l) => l.key === 'label:510726')!.text.slice(0, 2)).toEqual(['北川羌族自治县', 'Běichuānqiāngzúzìzhìxiàn']);
    const clash: string[] = [];
    for (let i = 0; i < en.length; i++) for (let j = i + 1; j < en.length; j++) if (!disjoint(en[i]!, en[j]!)) clash.push(`${en[i]!.key} ~ ${en[j]!.key}`);
    const [map] = await rects(['map']);
    for (const l of en) {
      if (l.left < map!.left || l.right > map!.right || l.top < map!.top || l.bottom > map!.bottom) clash.push(`${l.key} leaves the map`);
      for (const p of await rects(['detail-view', 'legend', 'drawer'])) if (!disjoint(l, p)) clash.push(`${p.id} covers ${l.key}`);
    }
    expect(clash).toEqual([]);
    await shot(h.page, `labels-pinyin-${width}-en`);
  });

  it('back in Chinese the pinyin line goes; no console errors, nothing outside 127.0.0.1', async () => {
    await h.page.getByTestId('lang-toggle').click();
    await expect.poll(async () => (await labels()).filter((l) => l.text.some((t) => PINYIN.test(t))).length).toBe(0);
    expect(h.errors).toEqual([]);
    expect(h.external).toEqual([]);
  });
});
