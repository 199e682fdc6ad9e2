// The text colours the UI actually uses (app.css, Legend, the table, the language toggle, story mode), each against
// its background: all pass WCAG AA.
import { describe, expect, it } from 'vitest';
import { contrastRatio, luminance } from './contrast.ts';

const PAIRS: [string, string, string][] = [
  ['body text on the panel', '#1d2428', '#fbfbf8'],
  ['muted notes (#667) on the panel', '#667', '#fbfbf8'],
  ['legend rule text', '#3a4449', '#fbfbf8'],
  ['warnings', '#8a4b00', '#fbfbf8'],
  ['link notice', '#6b4b00', '#fff7e0'],
  ['error banner', '#8e1b10', '#fde8e8'],
  ['table text', '#222', '#ffffff'],
  ['table citations and caption', '#444', '#fbfbf8'],
  ['table header', '#222', '#f3f5f8'],
  ['table summary and language toggle', '#1f3a5f', '#ffffff'],
  ['story slide counter', '#556', '#ffffff'],
];

describe('contrast', () => {
  it('known values: black on white is 21, a colour on itself is 1', () => {
    expect(contrastRatio('#000', '#fff')).toBe(21);
    expect(contrastRatio('#1f3a5f', '#1f3a5f')).toBe(1);
    expect(luminance('#ffffff')).toBe(1);
    expect(() => luminance('red')).toThrow('not a hex colour: red');
  });

  it.each(PAIRS)('%s passes AA for text (4.5:1)', (_name, fg, bg) => {
    expect(contrastRatio(fg, bg)).toBeGreaterThanOrEqual(4.5);
  });

  it('the focus ring (#1f6feb) stands out 3:1 from the panel', () => {
    expect(Math.round(contrastRatio('#1f6feb', '#fbfbf8') * 100) / 100).toBe(4.47);
  });
});
