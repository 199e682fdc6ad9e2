// What axe (tests/e2e/a11y.test.ts) cannot measure in the page, held to WCAG AA here: text on panels that let the
// map show through (story mode, the tooltip), taken over the darkest thing the map can draw (black, to be safe); the
// gap matrix's tinted and striped cells; outlines that must stand out 3:1 (focus ring, legend swatches).
// Text on opaque backgrounds is axe's job, in every state the e2e test opens.
import { describe, expect, it } from 'vitest';
import { contrastRatio, luminance, over } from './contrast.ts';

const BODY = '#1d2428'; // app.css body colour
const PANEL = '#fbfbf8'; // app.css .panel background
const MAP_DARKEST = '#000000';
const ratio = (fg: string, bg: string) => Math.round(contrastRatio(fg, bg) * 100) / 100;

describe('contrast', () => {
  it('known values: black on white is 21, a colour on itself is 1', () => {
    expect(contrastRatio('#000', '#fff')).toBe(21);
    expect(contrastRatio('#1f3a5f', '#1f3a5f')).toBe(1);
    expect(luminance('#ffffff')).toBe(1);
    expect(() => luminance('red')).toThrow('not a hex colour: red');
  });

  it('over: a translucent colour composited on another', () => {
    expect(over('#ffffff', 0.9, '#000000')).toBe('#e6e6e6');
    expect(over('#2c7fb8', 0, '#ffffff')).toBe('#ffffff');
    expect(over('#2c7fb8', 1, '#ffffff')).toBe('#2c7fb8');
    expect(() => over('white', 0.5, '#000')).toThrow('not a hex colour: white');
  });
});

// [what, text colour, background it is read on, WCAG minimum for its size]
const TRANSLUCENT: [string, string, string, number][] = [
  // StoryMode.svelte: .title rgba(255,255,255,.9); .caption and .legend .92. 18px and 16px text is not "large".
  ['story counter (#556, 18px)', '#556', over('#ffffff', 0.9, MAP_DARKEST), 4.5],
  ['story slide title (40px bold)', BODY, over('#ffffff', 0.9, MAP_DARKEST), 3],
  ['story caption (26px)', BODY, over('#ffffff', 0.92, MAP_DARKEST), 3],
  ['story legend rows (24px)', BODY, over('#ffffff', 0.92, MAP_DARKEST), 3],
  ['story "same breaks" note (#556, 16px)', '#556', over('#ffffff', 0.92, MAP_DARKEST), 4.5],
  // app.css .tooltip rgba(255,255,255,.96), 12px.
  ['map tooltip', BODY, over('#ffffff', 0.96, MAP_DARKEST), 4.5],
];

describe('text on translucent panels over the map, at the darkest map colour', () => {
  it.each(TRANSLUCENT)('%s passes AA', (_what, fg, bg, min) => {
    expect(contrastRatio(fg, bg)).toBeGreaterThanOrEqual(min);
  });
});

describe('the gap matrix cells (InsightDrawer.svelte)', () => {
  it('a count in black on the darkest tint (#2c7fb8 at 80 %, counts ≥ 20) reads at 4.5:1', () => {
    expect(ratio('#000000', over('#2c7fb8', 0.8, '#ffffff'))).toBe(6.77);
  });

  it('a zero in #a0281b bold on both colours of its stripes reads at 4.5:1', () => {
    expect(ratio('#a0281b', '#ffffff')).toBe(7.46);
    expect(ratio('#a0281b', '#f3e3e1')).toBe(6);
  });
});

describe('outlines (WCAG 1.4.11, 3:1)', () => {
  it('the focus ring (#1f6feb) on the panel and on the white drawer', () => {
    expect(ratio('#1f6feb', PANEL)).toBe(4.47);
    expect(ratio('#1f6feb', '#ffffff')).toBe(4.63);
  });

  it('a legend swatch outline (#767676) on the panel, so the pale 0 class (#f6f1e1) still shows its box', () => {
    expect(ratio('#767676', PANEL)).toBe(4.38);
    expect(ratio('#f6f1e1', PANEL)).toBeLessThan(3);
  });
});
