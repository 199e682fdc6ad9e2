import { describe, expect, it } from 'vitest';
import type { Feature, Polygon } from 'geojson';
import { placeItems, type PlaceItem } from './placement.ts';
import { mercatorPx, regionIndex, unmercatorPx } from './regions.ts';

const Z = 10;
/** A square region around [lon, lat] of `halfPx` pixels each way at zoom Z. */
function square(id: string, [lon, lat]: [number, number], halfPx: number): Feature<Polygon, { id: string }> {
  const [x, y] = mercatorPx([lon, lat], Z);
  const ring = [
    [x - halfPx, y - halfPx],
    [x + halfPx, y - halfPx],
    [x + halfPx, y + halfPx],
    [x - halfPx, y + halfPx],
    [x - halfPx, y - halfPx],
  ].map(([a, b]) => unmercatorPx(a!, b!, Z));
  return { type: 'Feature', properties: { id }, geometry: { type: 'Polygon', coordinates: [ring] } };
}
const circle = (key: string, anchor: [number, number], r: number, region = 'A'): PlaceItem => ({
  key,
  anchor,
  region,
  parts: [{ kind: 'circle', dx: 0, dy: 0, r }],
});
const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('placeItems', () => {
  const big = regionIndex([square('A', [104.7, 31.45], 200)], (f) => f.properties.id, Z);

  it('splits circles that share an anchor until they are apart, each centre still in its region', () => {
    const items = ['高新区', '经开区', '科创区', '金家林'].map((k) => circle(k, [104.7, 31.45], 10));
    const out = placeItems(items, big, Z);
    for (let i = 0; i < out.length; i++) for (let j = i + 1; j < out.length; j++) expect(dist(out[i]!, out[j]!)).toBeGreaterThanOrEqual(20);
    for (const p of out) expect(big.contains('A', p.x, p.y)).toBe(true);
    expect(out.every((p) => p.together.length === 0)).toBe(true);
    // They stay close: a dodge, not a scatter.
    expect(Math.max(...out.map((p) => p.movedPx))).toBeLessThan(40);
  });

  it('keeps centres inside a region too small for them and lists who is left together', () => {
    const tiny = regionIndex([square('A', [104.7, 31.45], 4)], (f) => f.properties.id, Z);
    const out = placeItems(
      ['a', 'b', 'c'].map((k) => circle(k, [104.7, 31.45], 10)),
      tiny,
      Z,
    );
    for (const p of out) expect(tiny.contains('A', p.x, p.y)).toBe(true);
    expect(out.find((p) => p.key === 'a')!.together).toEqual(['b', 'c']);
  });

  it('moves a circle off a heavy label box rather than the label', () => {
    const label: PlaceItem = { key: 'label:510703', anchor: [104.7, 31.45], region: 'A', parts: [{ kind: 'box', dx: 0, dy: 0, w: 44, h: 34 }], weight: 20 };
    const out = placeItems([label, circle('park', [104.7, 31.45], 9)], big, Z);
    const [l, c] = [out.find((p) => p.key === 'label:510703')!, out.find((p) => p.key === 'park')!];
    expect(l.movedPx).toBeLessThan(c.movedPx);
    // Outside the box by the circle's radius on at least one axis.
    expect(Math.abs(c.x - l.x) >= 22 + 9 - 0.5 || Math.abs(c.y - l.y) >= 17 + 9 - 0.5).toBe(true);
  });

  it('is deterministic and leaves its input alone', () => {
    const items = ['c', 'a', 'b'].map((k) => circle(k, [104.7, 31.45], 8));
    const copy = structuredClone(items);
    const a = placeItems(items, big, Z);
    const b = placeItems([...items].reverse(), big, Z);
    expect(items).toEqual(copy);
    const pos = (xs: typeof a) => Object.fromEntries(xs.map((p) => [p.key, [p.x, p.y]]));
    expect(pos(a)).toEqual(pos(b));
  });

  it('leaves an item of a region the index does not hold free to move', () => {
    const out = placeItems([circle('a', [104.7, 31.45], 10, 'X'), circle('b', [104.7, 31.45], 10, 'X')], big, Z);
    expect(dist(out[0]!, out[1]!)).toBeGreaterThanOrEqual(20);
  });
});

describe('regionIndex', () => {
  it('round-trips mercator pixels and tells inside from outside', () => {
    const [x, y] = mercatorPx([104.7, 31.45], Z);
    expect(unmercatorPx(x, y, Z).map((v) => v.toFixed(9))).toEqual(['104.700000000', '31.450000000']);
    const idx = regionIndex([square('A', [104.7, 31.45], 50)], (f) => f.properties.id, Z);
    expect([idx.contains('A', x, y), idx.contains('A', x + 49, y - 49), idx.contains('A', x + 51, y), idx.contains('A', x, y - 51)]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
