// WCAG 2.x contrast ratio, for what axe cannot measure in the page (tests/e2e/a11y.test.ts): text drawn into the
// map canvas (src/app/labelContrast.test.ts), and text on panels that let the map show through, measured from the
// rendered page's computed styles by tests/e2e/contrast.test.ts.

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** A colour as the browser computes it: sRGB channels 0–255 and alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;
/** rgb()/rgba(), comma or space separated, alpha as a number or a percentage: what getComputedStyle gives. */
const RGB = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/i;
/** color(srgb r g b / a) with channels 0–1: how Chromium computes color-mix(in srgb, …). */
const SRGB = /^color\(\s*srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)(?:\s*\/\s*([\d.]+)(%?))?\s*\)$/i;

const alphaOf = (n: string | undefined, pct: string | undefined) => (n === undefined ? 1 : pct ? Number(n) / 100 : Number(n));

/**
 * A CSS colour as getComputedStyle writes it ("rgb(29, 36, 40)", "rgba(255, 255, 255, 0.9)", "color(srgb …)",
 * "transparent"), or "#rgb"/"#rrggbb". Anything else throws, naming it: a colour this cannot read must not be
 * measured as some other colour.
 */
export function parseColor(css: string): Rgba {
  const s = css.trim();
  if (s === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  if (HEX.test(s)) {
    const h = s.slice(1);
    const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
    const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
    return { r, g, b, a: 1 };
  }
  const m = RGB.exec(s);
  if (m) return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]), a: alphaOf(m[4], m[5]) };
  const c = SRGB.exec(s);
  if (c) return { r: Number(c[1]) * 255, g: Number(c[2]) * 255, b: Number(c[3]) * 255, a: alphaOf(c[4], c[5]) };
  throw new Error(`not a colour this can read: ${css}`);
}

/** "#rgb" or "#rrggbb" → its channels (the hex-only entry points below keep their stricter message). */
function hex(colour: string): Rgba {
  if (!HEX.test(colour)) throw new Error(`not a hex colour: ${colour}`);
  return parseColor(colour);
}

const toHex = (c: Rgba) => '#' + [c.r, c.g, c.b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('');

function lum(c: Rgba): number {
  return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

/** `top` at its own alpha over an opaque `bottom` (sRGB blending, as browsers composite, to whole 8-bit values). */
function blend(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, b: number) => Math.round(top.a * t + (1 - top.a) * b);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

const ratioOf = (x: number, y: number) => (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);

/** Relative luminance of "#rgb" or "#rrggbb". */
export function luminance(colour: string): number {
  return lum(hex(colour));
}

/** (L1 + 0.05) / (L2 + 0.05), lighter over darker: 1 (same colour) … 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  return ratioOf(luminance(a), luminance(b));
}

/**
 * The colour seen where `top` is painted at opacity `alpha` (0–1) over `bottom`, as "#rrggbb" (sRGB blending, as
 * browsers composite): what the text of a translucent panel actually sits on.
 */
export function over(top: string, alpha: number, bottom: string): string {
  return toHex(blend({ ...hex(top), a: alpha }, hex(bottom)));
}

/**
 * The lowest contrast `text` can have on a stack of backgrounds that may let the map show through: `layers` are the
 * backgrounds under the text, nearest first (its own, its parent's, …), in any form parseColor reads. Where the stack
 * reaches an opaque layer, that layer is what is behind; where it does not, the map is, and the map can draw any
 * colour, so every grey from black to white is tried behind it (for opaque text that is exact: the ratio depends on
 * luminance alone, and the greys reach every luminance the composite can have). Text with alpha is blended too.
 */
export function worstContrast(text: string, layers: readonly string[]): number {
  const fg = parseColor(text);
  const stack = layers.map(parseColor);
  const opaque = stack.findIndex((l) => l.a >= 1);
  const used = opaque === -1 ? stack : stack.slice(0, opaque + 1);
  const behind: Rgba[] = opaque === -1 ? Array.from({ length: 256 }, (_, v) => ({ r: v, g: v, b: v, a: 1 })) : [{ r: 0, g: 0, b: 0, a: 1 }];
  let worst = Infinity;
  for (const base of behind) {
    const bg = used.reduceRight((under, layer) => blend(layer, under), base);
    worst = Math.min(worst, ratioOf(lum(blend(fg, bg)), lum(bg)));
  }
  return worst;
}
