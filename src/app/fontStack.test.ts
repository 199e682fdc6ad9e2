// CSS cannot import a TypeScript constant: the page's font stack in app.css is held to the one the canvases use.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FONT_STACK } from '../lib/view/fontStack.ts';

describe('font stack', () => {
  it('app.css sets the body in the same fonts as the map labels and the PNG export', () => {
    const css = readFileSync(new URL('./app.css', import.meta.url), 'utf8');
    const body = /(?:^|\n)body\s*\{[^}]*font-family:\s*([^;]+);/.exec(css);
    expect(body?.[1]).toBe(FONT_STACK);
  });
});
