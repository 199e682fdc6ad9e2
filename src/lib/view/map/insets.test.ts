import { describe, expect, it } from 'vitest';
import { coveredInsets, NO_INSETS, sameInsets, withMargin, type Rect } from './insets.ts';

const rect = (left: number, top: number, right: number, bottom: number): Rect => ({ left, top, right, bottom });

describe('coveredInsets', () => {
  it('charges the analysis drawer to the right edge, in page coordinates beside the control panel', () => {
    // 1440×860 page, control panel 330 px on the left, drawer 550 px wide along the right.
    const map = rect(330, 0, 1440, 860);
    expect(coveredInsets(map, [rect(890, 12, 1428, 848)])).toEqual({ top: 0, right: 550, bottom: 0, left: 0 });
  });

  it('frames a 1920×1080 stage around the story title, caption, legend and buttons', () => {
    const map = rect(0, 0, 1920, 1080);
    const title = rect(20, 16, 1540, 126);
    const caption = rect(20, 980, 1540, 1060);
    const legend = rect(1690, 830, 1900, 1060); // a corner box: its width costs less map than its height
    const nav = rect(1700, 16, 1900, 60);
    expect(coveredInsets(map, [title, caption, legend, nav])).toEqual({ top: 126, right: 230, bottom: 100, left: 0 });
  });

  it('ignores covers outside the map and empty ones', () => {
    const map = rect(330, 0, 1440, 860);
    expect(coveredInsets(map, [rect(0, 0, 330, 860), rect(900, 100, 900, 400), rect(1500, 0, 1600, 100)])).toEqual(NO_INSETS);
  });

  it('counts only the part of a cover that lies over the map', () => {
    // A drawer that runs off the bottom of the page still covers 300 px from the right.
    expect(coveredInsets(rect(0, 0, 1000, 800), [rect(700, 0, 1100, 2000)])).toEqual({ top: 0, right: 300, bottom: 0, left: 0 });
  });

  it('keeps at least 40% of the width visible on a narrow screen, and the share is an option', () => {
    const map = rect(0, 0, 400, 700);
    expect(coveredInsets(map, [rect(20, 0, 400, 700)])).toEqual({ top: 0, right: 240, bottom: 0, left: 0 });
    expect(coveredInsets(map, [rect(20, 0, 400, 700)], { minVisible: 0.25 })).toEqual({ top: 0, right: 300, bottom: 0, left: 0 });
  });

  it('scales top and bottom down together when both would leave too little', () => {
    const map = rect(0, 0, 1000, 500);
    // 200 + 200 of 500 leaves 100 px; 40% (200 px) must stay, so each side gets 150.
    expect(coveredInsets(map, [rect(0, 0, 1000, 200), rect(0, 300, 1000, 500)])).toEqual({ top: 150, right: 0, bottom: 150, left: 0 });
  });

  it('returns no insets for a map with no size (not laid out yet)', () => {
    expect(coveredInsets(rect(0, 0, 0, 0), [rect(0, 0, 100, 100)])).toEqual(NO_INSETS);
  });

  it('does not mutate its inputs', () => {
    const map = rect(0, 0, 1000, 800);
    const covers = [rect(700, 0, 1000, 800)];
    const copy = JSON.parse(JSON.stringify({ map, covers }));
    coveredInsets(map, covers);
    expect({ map, covers }).toEqual(copy);
  });
});

describe('withMargin and sameInsets', () => {
  it('adds the margin on every side and compares field by field', () => {
    const i = { top: 126, right: 230, bottom: 100, left: 0 };
    expect(withMargin(i, 30)).toEqual({ top: 156, right: 260, bottom: 130, left: 30 });
    expect(sameInsets(i, { ...i })).toBe(true);
    expect(sameInsets(i, { ...i, left: 1 })).toBe(false);
  });
});
