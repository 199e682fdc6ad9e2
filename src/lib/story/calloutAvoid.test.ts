import { describe, expect, it } from 'vitest';
import { AVOIDED_LAYERS, drawnLabelBoxes, ownLabel, symbolBoxes, type DrawnSymbol } from './calloutAvoid.ts';
import { placeCallouts, type Box } from './calloutPlace.ts';

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
// A flat projection for the tests: 100 px per degree, north up.
const project = (p: readonly [number, number]): [number, number] => [p[0] * 100, (40 - p[1]) * 100];

// 江油市's label where the placement moved it (off a park circle), 60 px right of its anchor at [1, 37] → (100, 300).
const moved: DrawnSymbol = { layer: 'labels', position: [1.6, 37], parts: [{ kind: 'box', dx: 0, dy: 0, w: 80, h: 50 }] };

describe('symbolBoxes', () => {
  it('is the label box where the label was drawn, centred on its placed position', () => {
    expect(symbolBoxes([moved], project)).toEqual([{ x: 120, y: 275, width: 80, height: 50 }]);
  });

  it('grows label boxes (and their offsets) by the picture’s label growth, but not circles', () => {
    const park: DrawnSymbol = {
      layer: 'park-units',
      position: [2, 38],
      parts: [
        { kind: 'circle', dx: 0, dy: 0, r: 10 },
        { kind: 'box', dx: 0, dy: 20, w: 40, h: 10 },
      ],
    };
    expect(symbolBoxes([park], project, 2)).toEqual([
      { x: 190, y: 190, width: 20, height: 20 },
      { x: 160, y: 230, width: 80, height: 20 },
    ]);
  });

  it('leaves out bubbles, and projects each symbol with its index in the input', () => {
    expect(AVOIDED_LAYERS.has('bubbles')).toBe(false);
    const bubble: DrawnSymbol = { layer: 'bubbles', position: [0, 0], parts: [{ kind: 'circle', dx: 0, dy: 0, r: 30 }] };
    const seen: number[] = [];
    symbolBoxes([bubble, moved], (p, i) => (seen.push(i), project(p)));
    expect(seen).toEqual([1]);
  });

  it('a callout avoids the label where it was placed, not where its anchor would put it', () => {
    // The callout's place sits just left of the moved label; the estimate at the anchor would be at 60–140 px.
    const item = { at: [100, 330] as [number, number], width: 60, height: 30 };
    const bounds = { x: 0, y: 0, width: 400, height: 400 };
    const estimated = [{ x: 60, y: 275, width: 80, height: 50 }];
    const placed = symbolBoxes([moved], project);
    const withPlaced = placeCallouts([item], placed, bounds)[0]!;
    const withEstimate = placeCallouts([item], estimated, bounds)[0]!;
    expect(overlaps(withPlaced.box, placed[0]!)).toBe(false);
    // Fed the estimate, the first free spot (up and right) lands on the label as drawn.
    expect(overlaps(withEstimate.box, placed[0]!)).toBe(true);
  });
});

describe('drawnLabelBoxes / ownLabel', () => {
  // 涪城区's label as the PNG draws it at 18/11 of its size: its name row above its count row, each as wide as the
  // text measures (here 20 px a character at size 10), plus the halo.
  const rows = [
    { key: 'label:510703', at: [500, 300] as const, text: '涪城区', sizePx: 14, dy: -7.7 },
    { key: 'label:510703', at: [500, 300] as const, text: '30', sizePx: 14, dy: 7.7 },
    { key: 'label:510781', at: [200, 100] as const, text: '江油市', sizePx: 14, dy: 0 },
  ];
  const measure = (text: string, px: number) => [...text].length * px * 2;

  it('boxes each row at its drawn size, offset as drawn (the offset grows with the size)', () => {
    const [name, count] = drawnLabelBoxes(rows, 2, measure);
    expect(name).toEqual({
      key: 'label:510703',
      box: { x: 500 - (3 * 56 + 8) / 2, y: 300 - 15.4 - (28 * 1.1 + 8) / 2, width: 3 * 56 + 8, height: 28 * 1.1 + 8 },
    });
    expect(count!.box.y + count!.box.height / 2).toBeCloseTo(315.4, 9);
    expect(count!.box.width).toBe(2 * 56 + 8);
  });

  it("a callout's own label is its county's rows as one box; a park or no id has none", () => {
    const boxes = drawnLabelBoxes(rows, 1, measure);
    const own = ownLabel(boxes, '510703')!;
    expect(own.y).toBeCloseTo(boxes[0]!.box.y, 9);
    expect(own.y + own.height).toBeCloseTo(boxes[1]!.box.y + boxes[1]!.box.height, 9);
    expect(own.width).toBe(boxes[0]!.box.width);
    expect(ownLabel(boxes, 'gaoxin')).toBeUndefined();
    expect(ownLabel(boxes, undefined)).toBeUndefined();
  });
});
