import { describe, expect, it } from 'vitest';
import { hasInvisible, showInvisible } from './visible.ts';

describe('showInvisible', () => {
  it('marks a right-to-left override, so "abc\\u202Egpj.exe" cannot pass for "abcexe.jpg"', () => {
    expect(showInvisible('abc\u202Egpj.exe')).toBe('abc⟨U+202E⟩gpj.exe');
  });
  it('marks isolates, marks, zero-width characters, the BOM and C0/C1 controls', () => {
    expect(showInvisible('\u2066绵阳\u2069\u200B\u200F\uFEFF\u0000\u0007\u0085')).toBe('⟨U+2066⟩绵阳⟨U+2069⟩⟨U+200B⟩⟨U+200F⟩⟨U+FEFF⟩⟨U+0000⟩⟨U+0007⟩⟨U+0085⟩');
  });
  it('leaves Chinese, Latin, tabs and newlines as they are', () => {
    const s = '四川长虹电器股份有限公司\tSichuan Changhong\n高新区（科创园区）';
    expect(showInvisible(s)).toBe(s);
    expect(hasInvisible(s)).toBe(false);
  });
  it('hasInvisible answers the same on repeated calls (no regex state carried over)', () => {
    expect([hasInvisible('a\u202Eb'), hasInvisible('a\u202Eb'), hasInvisible('ab')]).toEqual([true, true, false]);
  });
});
