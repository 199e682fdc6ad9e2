// CSS cannot import a TypeScript constant: the page's font stack in app.css is held to the one the canvases use.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FONT_STACK } from '../lib/view/fontStack.ts';

/** Font names in order, without quotes: the formatter may write either kind of quote. */
const fonts = (stack: string) => stack.split(',').map((f) => f.trim().replace(/^['"]|['"]$/g, ''));

describe('font stack', () => {
  it('app.css sets the body in the same fonts as the map labels and the PNG export', () => {
    const css = readFileSync(new URL('./app.css', import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    // The rule whose selector list names body (alone or grouped) and sets a font-family.
    const family = css
      .split('}')
      .map((r) => r.split('{'))
      .filter(([sel]) => sel!.split(',').some((s) => s.trim() === 'body'))
      .map(([, body]) => /font-family:\s*([^;]+);/.exec(body ?? ''))
      .find((m) => m);
    expect(family && fonts(family[1]!)).toEqual(fonts(FONT_STACK));
  });
});
