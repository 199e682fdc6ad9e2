// The contrast maths alone, on colours made up for the purpose. Which colours the app paints is read from the
// rendered page by tests/e2e/contrast.test.ts (never copied here, where a CSS change could not fail it).
import { describe, expect, it } from 'vitest';
import { contrastRatio, luminance, over, parseColor, worstContrast } from './contrast.ts';

const round = (x: number) => Math.round(x * 100) / 100;

describe('contrast', () => {
  it('known values: black on white is 21, a colour on itself is 1', () => {
    expect(contrastRatio('#000', '#fff')).toBe(21);
    expect(contrastRatio('#1f3a5f', '#1f3a5f')).toBe(1);
    expect(luminance('#ffffff')).toBe(1);
    expect(() => luminance('red')).toThrow('not a hex colour: red');
  });

  it('WCAG reference pair: #767676 on white is the lightest grey that passes AA (4.54)', () => {
    expect(round(contrastRatio('#767676', '#ffffff'))).toBe(4.54);
    expect(round(contrastRatio('#777777', '#ffffff'))).toBe(4.48);
  });

  it('over: a translucent colour composited on another', () => {
    expect(over('#ffffff', 0.9, '#000000')).toBe('#e6e6e6');
    expect(over('#2c7fb8', 0, '#ffffff')).toBe('#ffffff');
    expect(over('#2c7fb8', 1, '#ffffff')).toBe('#2c7fb8');
    expect(() => over('white', 0.5, '#000')).toThrow('not a hex colour: white');
  });
});

describe('parseColor reads what getComputedStyle writes', () => {
  it.each([
    ['rgb(29, 36, 40)', { r: 29, g: 36, b: 40, a: 1 }],
    ['rgba(255, 255, 255, 0.92)', { r: 255, g: 255, b: 255, a: 0.92 }],
    ['rgb(1 2 3 / 50%)', { r: 1, g: 2, b: 3, a: 0.5 }],
    ['rgba(0, 0, 0, 0)', { r: 0, g: 0, b: 0, a: 0 }],
    ['transparent', { r: 0, g: 0, b: 0, a: 0 }],
    ['#abc', { r: 170, g: 187, b: 204, a: 1 }],
    ['color(srgb 1 0.5 0)', { r: 255, g: 127.5, b: 0, a: 1 }],
    ['color(srgb 0 0 1 / 0.25)', { r: 0, g: 0, b: 255, a: 0.25 }],
  ])('%s', (css, want) => {
    expect(parseColor(css)).toEqual(want);
  });

  it('refuses what it cannot read, naming it, rather than guess', () => {
    expect(() => parseColor('oklch(0.5 0.1 200)')).toThrow('not a colour this can read: oklch(0.5 0.1 200)');
    expect(() => parseColor('red')).toThrow('not a colour this can read: red');
  });
});

describe('worstContrast: text on backgrounds that may let the map show through', () => {
  it('an opaque background is what the text is read on; layers under it do not count', () => {
    expect(worstContrast('rgb(0, 0, 0)', ['rgb(255, 255, 255)'])).toBe(21);
    expect(worstContrast('rgb(0, 0, 0)', ['rgb(255, 255, 255)', 'rgba(0, 0, 0, 0.5)'])).toBe(21);
  });

  it('a translucent panel over the map is taken at its worst map colour (black under white at 90 %)', () => {
    expect(worstContrast('rgb(0, 0, 0)', ['rgba(255, 255, 255, 0.9)'])).toBe(contrastRatio('#000000', '#e6e6e6'));
    // Light text on a dark translucent panel: its worst map colour is white.
    expect(worstContrast('rgb(255, 255, 255)', ['rgba(0, 0, 0, 0.8)'])).toBe(contrastRatio('#ffffff', '#333333'));
  });

  it('layers stack nearest first: 50 % black on a white parent is mid grey', () => {
    expect(worstContrast('rgb(255, 255, 255)', ['rgba(0, 0, 0, 0.5)', 'rgb(255, 255, 255)'])).toBe(contrastRatio('#ffffff', over('#000000', 0.5, '#ffffff')));
  });

  it('no background at all: some map colour matches the text, so the worst case is 1', () => {
    expect(worstContrast('rgb(80, 80, 80)', [])).toBe(1);
    expect(worstContrast('rgb(0, 0, 0)', ['rgba(0, 0, 0, 0)'])).toBe(1);
  });

  it('translucent text is blended onto what it sits on', () => {
    expect(worstContrast('rgba(0, 0, 0, 0.5)', ['rgb(255, 255, 255)'])).toBe(contrastRatio('#808080', '#ffffff'));
  });
});
