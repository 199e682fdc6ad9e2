import { describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import { outlinePath } from './outlinePath.ts';

const scale =
  (k: number) =>
  (p: [number, number]): [number, number] => [p[0] * k, p[1] * k];

describe('outlinePath', () => {
  it('traces every ring of a multipolygon, holes included, each closed', () => {
    const g: Geometry = {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [0, 0],
            [10, 0],
            [10, 10],
            [0, 10],
            [0, 0],
          ],
          [
            [2, 2],
            [4, 2],
            [4, 4],
            [2, 2],
          ],
        ],
        [
          [
            [20, 20],
            [30, 20],
            [30, 30],
            [20, 20],
          ],
        ],
      ],
    };
    expect(outlinePath(g, scale(1))).toBe('M0 0L10 0L10 10L0 10L0 0ZM2 2L4 2L4 4L2 2ZM20 20L30 20L30 30L20 20Z');
  });

  it('drops points that fall on the pixel before them, and rings that collapse', () => {
    const g: Geometry = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [0.001, 0.001],
          [10, 0],
          [10, 10],
          [0, 0],
        ],
        [
          [50, 50],
          [50.001, 50],
          [50, 50.001],
          [50, 50],
        ],
      ],
    };
    expect(outlinePath(g, scale(1))).toBe('M0 0L10 0L10 10L0 0Z');
  });

  it('is empty for no geometry and for points', () => {
    expect(outlinePath(null, scale(1))).toBe('');
    expect(outlinePath({ type: 'Point', coordinates: [1, 2] }, scale(1))).toBe('');
  });
});
