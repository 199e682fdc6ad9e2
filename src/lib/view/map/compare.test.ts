import { describe, expect, it } from 'vitest';
import { COMPARE_COLORS, compareColors, compareLayer } from './compare.ts';

describe('compare outlines', () => {
  it('gives each compared area its colour in the order added, at most four', () => {
    expect([...compareColors(['510703', 'gaoxin', '510704', '510705', '510722'])]).toEqual([
      ['510703', COMPARE_COLORS[0]],
      ['gaoxin', COMPARE_COLORS[1]],
      ['510704', COMPARE_COLORS[2]],
      ['510705', COMPARE_COLORS[3]],
    ]);
  });

  it('outlines only the counties among them, each in its colour', () => {
    const l = compareLayer(compareColors(['510703', 'gaoxin', '510704']), new Set(['510703', '510704']));
    expect(l).toMatchObject({
      type: 'line',
      source: 'counties',
      filter: ['in', ['get', 'code'], ['literal', ['510703', '510704']]],
      paint: { 'line-color': ['match', ['get', 'code'], '510703', COMPARE_COLORS[0], '510704', COMPARE_COLORS[2], '#000'] },
    });
    expect(compareLayer(compareColors(['gaoxin']), new Set(['510703']))).toBeNull();
  });
});
