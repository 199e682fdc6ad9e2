import { describe, expect, it } from 'vitest';
import { stackLines } from './labelRows.ts';
import { labelBox } from './symbols.ts';

describe('stackLines', () => {
  it('gives a Chinese label of one size the box labelBox always gave it, rows centred one line apart', () => {
    const s = stackLines([
      { text: '涪城区', sizePx: 14 },
      { text: '42', sizePx: 14 },
    ]);
    expect({ w: s.w, h: s.h }).toEqual(labelBox(['涪城区', '42'], 14));
    expect(s.rows.map((r) => [r.text, +r.dy.toFixed(2)])).toEqual([
      ['涪城区', -7.7],
      ['42', 7.7],
    ]);
  });

  it('puts a smaller pinyin row under the name and grows the box by its line, as wide as the widest row', () => {
    const s = stackLines([
      { text: '涪城区', sizePx: 14 },
      { text: 'Fúchéngqū', sizePx: 10 },
      { text: '42', sizePx: 14 },
    ]);
    // 14·1.1 + 10·1.1 + 14·1.1 = 41.8, plus a 2 px halo above and below.
    expect(s.h).toBeCloseTo(45.8, 9);
    // Nine Latin letters at 0.6 em of 10 px = 54 px, wider than three CJK characters at 14 px (42 px).
    expect(s.w).toBeCloseTo(54 + 4, 9);
    expect(s.rows.map((r) => [r.text, r.sizePx, +r.dy.toFixed(2) || 0])).toEqual([
      ['涪城区', 14, -13.2],
      ['Fúchéngqū', 10, 0],
      ['42', 14, 13.2],
    ]);
  });

  it('leaves out empty lines (no pinyin yet, no count without the choropleth)', () => {
    const s = stackLines([
      { text: '江油市', sizePx: 14 },
      { text: '', sizePx: 10 },
      { text: '', sizePx: 14 },
    ]);
    expect(s.rows).toEqual([{ text: '江油市', sizePx: 14, dy: 0 }]);
    expect({ w: s.w, h: s.h }).toEqual(labelBox(['江油市'], 14));
  });
});
