// The county names and counts are drawn into the map canvas (deck.gl TextLayer), where axe cannot read them: every
// fill colour the legend can produce — each scheme, 2 to 7 classes, plus 0 and 无数据 — against the label ink chosen
// for it (isDark), its halo, and the other ink.
import { describe, expect, it } from 'vitest';
import { classify, NO_DATA_COLOR, ZERO_COLOR, type Scheme } from '../lib/classify/index.ts';
import { contrastRatio, over } from '../lib/present/contrast.ts';
import { isDark, LABEL_INK } from './deckLayers.ts';

const SCHEMES: Scheme[] = ['YlGnBu', 'Blues', 'viridis'];
const hex = (c: readonly number[]) =>
  '#' +
  c
    .slice(0, 3)
    .map((n) => n.toString(16).padStart(2, '0'))
    .join('');

const fills = new Set([ZERO_COLOR, NO_DATA_COLOR]);
for (const scheme of SCHEMES) {
  for (let k = 2; k <= 7; k++) {
    for (const b of classify(
      Array.from({ length: 40 }, (_, i) => i + 1),
      { method: 'equal', k, scheme },
    ).bins)
      fills.add(b.color);
  }
}

const inkOn = (fill: string) => {
  const ink = LABEL_INK[isDark(fill) ? 'dark' : 'light'];
  return { text: hex(ink.text), halo: over(hex(ink.halo), ink.halo[3] / 255, fill) };
};

describe('map labels on every legend colour', () => {
  it('covers the palette: 3 schemes × 2–7 classes give 41 distinct fills with 0 and 无数据', () => {
    expect(fills.size).toBe(41);
  });

  it.each([...fills])('on %s the chosen ink is the more legible one, and reads 4.5:1 against its halo', (fill) => {
    const { text, halo } = inkOn(fill);
    const other = hex(LABEL_INK[isDark(fill) ? 'light' : 'dark'].text);
    expect(contrastRatio(text, fill)).toBeGreaterThanOrEqual(contrastRatio(other, fill));
    expect(contrastRatio(text, halo)).toBeGreaterThanOrEqual(4.5);
  });

  it('bare glyphs (where the halo is thinnest) still read at 4:1 on the worst fill, Blues #3483be', () => {
    const worst = [...fills].map((f) => [f, contrastRatio(inkOn(f).text, f)] as const).sort((a, b) => a[1] - b[1])[0]!;
    expect([worst[0], Math.round(worst[1] * 100) / 100]).toEqual(['#3483be', 4.1]);
  });
});
