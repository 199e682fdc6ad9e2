import { beforeAll, describe as group, expect, it } from 'vitest';
import { clampClassCount, classify, classIndex, classNotes, colorOf, describe, niceFloor, NO_DATA_COLOR, toRgb, warningText, ZERO_COLOR } from './index.ts';
import { loadLang, translateMsg, translator } from '../i18n/index.ts';

const zh = translator('zh');
const en = translator('en');
beforeAll(() => loadLang('en'));

// Nine counties of Mianyang with counts of the kind a list produces (several zeros, one leader).
const counts = [12, 30, 7, 3, 0, 48, 19, 1, 2];
const binsOf = (c: ReturnType<typeof classify>) => c.bins.map((b) => [b.label, b.count]);

group('classify', () => {
  it('nice (default): natural breaks rounded down to round numbers', () => {
    const c = classify(counts, { k: 4 });
    expect(c.method).toBe('nice');
    expect(c.thresholds).toEqual([1, 5, 10, 25]);
    expect(binsOf(c)).toEqual([
      ['1–4', 3],
      ['5–9', 1],
      ['10–24', 2],
      ['25–48', 2],
    ]);
    expect(describe(c, zh)).toBe('取整自然断点：1 | 5 | 10 | 25');
    expect(describe(c, en)).toBe('Rounded natural breaks: 1 | 5 | 10 | 25');
    expect(c.zero).toEqual({ count: 1, color: ZERO_COLOR, label: '0' });
    expect(c.noData.count).toBe(0);
    expect(c.warning).toBeUndefined();
  });

  it('nice asks ckmeans for another cluster when rounding merges two breaks (the real all-lists counts)', () => {
    // Designations per county on all 18 lists: 涪城区 holds 119.
    const c = classify([119, 40, 13, 0, 3, 6, 2, 26, 10], { k: 4 });
    expect(binsOf(c)).toEqual([
      ['2–9', 3],
      ['10–24', 2],
      ['25–99', 2],
      ['100–119', 1],
    ]);
    expect([1, 2, 3, 7, 26, 119, 2500, 0.3].map(niceFloor)).toEqual([1, 2, 2, 5, 25, 100, 2500, 0.25]);
  });

  it('quantile rounds fractional bounds up for integer counts and warns for 8 non-zero areas', () => {
    const c = classify(counts, { method: 'quantile' });
    expect(c.thresholds).toEqual([1, 3, 7, 14, 26]);
    expect(binsOf(c)).toEqual([
      ['1–2', 2],
      ['3–6', 1],
      ['7–13', 2],
      ['14–25', 1],
      ['26–48', 2],
    ]);
    expect(c.warning).toEqual({ kind: 'quantile', n: 8, k: 5 });
    expect(warningText(c.warning!, zh)).toBe('只有 8 个非零区域，分位数分 5 类时每类不足 3 个，边界不稳定');
    expect(warningText(c.warning!, en)).toBe('Only 8 non-zero area(s): 5 quantile classes get fewer than 3 areas each, so the bounds are unstable');
  });

  it('equal interval and natural breaks (ckmeans)', () => {
    expect(binsOf(classify(counts, { method: 'equal' }))).toEqual([
      ['1–10', 4],
      ['11–29', 2],
      ['30–38', 1],
      ['39–48', 1],
    ]);
    const j = classify(counts, { method: 'jenks' });
    expect(j.thresholds).toEqual([1, 7, 19, 30, 48]);
    expect(warningText(j.warning!, zh)).toBe('只有 8 个非零区域，自然断点需要更多区域，分类仅供参考');
    expect(warningText(j.warning!, en)).toBe('Only 8 non-zero area(s): natural breaks need more areas, so take the classes as indicative');
  });

  it('custom keeps the user bounds, even an empty class', () => {
    const c = classify(counts, { method: 'custom', custom: [20, 10, 100, -5] });
    expect(binsOf(c)).toEqual([
      ['1–9', 4],
      ['10–19', 2],
      ['20–48', 2],
    ]);
    expect(classify([5, 6], { method: 'custom', custom: [2, 3] }).thresholds).toEqual([5]);
  });

  it('says when fewer classes come out than were asked for, and which custom breaks make no class', () => {
    // 9 areas with 5 different positive counts cannot make 7 classes.
    const few = classify([1, 1, 2, 3, 5, 8, 8, 0, 0], { method: 'equal', k: 7 });
    expect(few.bins.length).toBeLessThan(7);
    expect(classNotes(few).map((m) => translateMsg('zh', m))).toEqual([`要 7 类，只分出 ${few.bins.length} 类：所选地区只有 5 个不同的正计数。`]);
    expect(classNotes(classify(counts, { k: 4 }))).toEqual([]);
    // "5, 10, 20" on counts up to 6: 10 and 20 are named, not silently dropped.
    const custom = classify([1, 2, 6, 0], { method: 'custom', custom: [5, 10, 20] });
    expect(custom.thresholds).toEqual([1, 5]);
    expect(classNotes(custom).map((m) => translateMsg('en', m))).toEqual([
      'Break(s) 10、20 are above the largest count, 6: no area falls in them, so they make no class.',
    ]);
    // Locked bounds are the story's: nothing to say.
    expect(classNotes(classify([1, 2], { locked: [1, 50, 100], k: 7 }))).toEqual([]);
  });

  it('warns when 9 areas are split into 5 classes, not into 4', () => {
    const w = classify(counts, { k: 5 }).warning!;
    expect(warningText(w, zh)).toBe('只有 9 个区域，分 5 类意义有限');
    expect(warningText(w, en)).toBe('Only 9 area(s): 5 classes say little');
    expect(classify(counts, { k: 4 }).warning).toBeUndefined();
  });

  it('non-integer values get half-open labels', () => {
    const c = classify([1500.5, 20000, 3333.3], { method: 'equal', k: 3 });
    expect(binsOf(c)).toEqual([
      ['1500.5–<13833.5', 2],
      ['13833.5–20000', 1],
    ]);
  });

  it('zero and no data are separate classes with distinct colours; every value is accounted for', () => {
    const vals = [0, 0, undefined, 4, 9, Number.NaN];
    const c = classify(vals, { k: 2 });
    expect(c.zero.count).toBe(2);
    expect(c.noData.count).toBe(2);
    expect(c.bins.reduce((s, b) => s + b.count, 0) + c.zero.count + c.noData.count).toBe(vals.length);
    expect(colorOf(c, 0)).toBe(ZERO_COLOR);
    expect(colorOf(c, undefined)).toBe(NO_DATA_COLOR);
    expect(ZERO_COLOR).not.toBe(NO_DATA_COLOR);
    expect(classIndex(c, 9)).toBe(c.bins.length - 1);
    expect(new Set(c.bins.map((b) => b.color)).has(ZERO_COLOR)).toBe(false);
  });

  it('all-zero input has no positive classes', () => {
    const c = classify([0, 0, 0]);
    expect(c.bins).toEqual([]);
    expect(describe(c, zh)).toBe('取整自然断点：无正值');
    expect(describe(c, en)).toBe('Rounded natural breaks: no positive values');
  });

  it('colour schemes differ and darken with the value', () => {
    const a = classify(counts, { scheme: 'YlGnBu' }).bins.map((b) => b.color);
    const b = classify(counts, { scheme: 'viridis' }).bins.map((b) => b.color);
    expect(a[0]).toBe('#d5eeb3');
    expect(a.at(-1)).toBe('#081d58');
    expect(b.at(-1)).toBe('#440154');
    expect(toRgb('rgb(8, 29, 88)')).toEqual([8, 29, 88]);
  });
});

group('locked breaks (story mode)', () => {
  it('keeps every locked class, even empty ones, with the same colours whatever the data', () => {
    const a = classify([134, 46, 27, 0], { locked: [2, 10, 50, 100] });
    const b = classify([9, 2, 1, 0, undefined], { locked: [2, 10, 50, 100] });
    expect(a.thresholds).toEqual([2, 10, 50, 100]);
    expect(b.thresholds).toEqual([2, 10, 50, 100]);
    expect(b.bins.map((x) => x.color)).toEqual(a.bins.map((x) => x.color));
    expect(b.bins.map((x) => [x.label, x.count])).toEqual([
      ['2–9', 2],
      ['10–49', 0],
      ['50–99', 0],
      ['≥100', 0],
    ]);
    // The top class says the same on a slide whose largest count is 134: "≥100", not "100–134".
    expect(a.bins.at(-1)!.label).toBe('≥100');
    expect(b.locked).toBe(true);
    expect(describe(b, zh)).toBe('锁定断点（故事各页统一）：2 | 10 | 50 | 100');
    expect(describe(b, en)).toBe('Locked breaks (the same on every slide): 2 | 10 | 50 | 100');
  });
});

group('clampClassCount', () => {
  it("brings a typed count into the picker's range, rounding; not a number gives the fallback", () => {
    expect([1, 2, 4.4, 7, 9, -3].map((n) => clampClassCount(n, 4))).toEqual([2, 2, 4, 7, 7, 2]);
    expect(clampClassCount(Number.NaN, 4)).toBe(4);
  });
});
