// WCAG 2.x contrast ratio, for what axe cannot measure in the page (tests/e2e/a11y.test.ts): text drawn into the
// map canvas, and text on panels that let the map show through.

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** "#rgb" or "#rrggbb" → [r, g, b] (0–255). */
function rgb(hex: string): [number, number, number] {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  if (!/^[0-9a-f]{6}$/i.test(full)) throw new Error(`not a hex colour: ${hex}`);
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

/** Relative luminance of "#rgb" or "#rrggbb". */
export function luminance(hex: string): number {
  const [r, g, b] = rgb(hex);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** (L1 + 0.05) / (L2 + 0.05), lighter over darker: 1 (same colour) … 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

/**
 * The colour seen where `top` is painted at opacity `alpha` (0–1) over `bottom`, as "#rrggbb" (sRGB blending, as
 * browsers composite): what the text of a translucent panel actually sits on.
 */
export function over(top: string, alpha: number, bottom: string): string {
  const t = rgb(top);
  const b = rgb(bottom);
  return '#' + t.map((c, i) => Math.round(alpha * c + (1 - alpha) * b[i]!).toString(16).padStart(2, '0')).join('');
}
