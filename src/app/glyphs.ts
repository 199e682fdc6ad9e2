// SDF glyphs for deck.gl's TextLayer that keep each glyph's left side bearing. deck.gl 9.4's own SDF renderer drops
// TinySDF's glyphLeft, so every glyph's ink starts at the pen position: a narrow CJK glyph such as 自 sits at the left
// of its em box and leaves a gap after it (the map printed "北川羌族自 治县"). Here the bearing is put back by
// shifting the glyph's bitmap right by glyphLeft, and the measured width grows by the same amount so the glyph
// still fits the slot deck.gl reserves for it in the atlas.
// deck.gl caches font atlases by font settings, not by renderer: every TextLayer here with the same fontSettings
// must use this renderer too (labelRowsLayer.ts has the only TextLayer), or layers would share a mixed atlas.
import TinySDF from '@mapbox/tiny-sdf';

/** What deck.gl's FontAtlasManager passes to `_getFontRenderer` (its fontSettings plus family and weight). */
export interface FontProps {
  fontFamily: string;
  fontWeight: string | number;
  fontSize: number;
  buffer: number;
  radius: number;
  cutoff: number;
}

interface Metrics {
  advance: number;
  width: number;
  ascent: number;
  descent: number;
}

/**
 * An alpha-only glyph bitmap (TinySDF's output) as RGBA with its columns moved `shift` pixels right; the new
 * columns on the left are transparent. Pure: works on plain arrays, so it is tested without a canvas.
 */
export function shiftGlyph(alpha: ArrayLike<number>, width: number, height: number, shift: number): { rgba: Uint8ClampedArray<ArrayBuffer>; width: number } {
  const s = Math.max(0, Math.floor(shift));
  const w = width + s;
  const rgba = new Uint8ClampedArray(w * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) rgba[4 * (y * w + x + s) + 3] = alpha[y * width + x]!;
  }
  return { rgba, width: w };
}

/** How far right of the pen a glyph's ink starts, in whole pixels (TinySDF's glyphLeft); never negative here. */
const bearing = (m: TextMetrics) => Math.max(0, Math.floor(-m.actualBoundingBoxLeft));

/** The renderer deck.gl's TextLayer takes as `_getFontRenderer`: measure for layout, draw for the atlas. */
export function bearingFontRenderer(p: FontProps): {
  measure: (char?: string) => Metrics;
  draw: (char: string) => { data: ImageData; left: number; top: number };
} {
  const sdf = new TinySDF({
    fontSize: p.fontSize,
    buffer: p.buffer,
    radius: p.radius,
    cutoff: p.cutoff,
    fontFamily: p.fontFamily,
    fontWeight: String(p.fontWeight),
  });
  const ctx = document.createElement('canvas').getContext('2d')!;
  ctx.font = `${p.fontWeight} ${p.fontSize}px ${p.fontFamily}`;
  return {
    measure(char) {
      if (char === undefined) {
        const f = ctx.measureText('A');
        return { advance: 0, width: 0, ascent: Math.ceil(f.fontBoundingBoxAscent), descent: Math.ceil(f.fontBoundingBoxDescent) };
      }
      const m = ctx.measureText(char);
      const left = Math.floor(-m.actualBoundingBoxLeft);
      // TinySDF's glyph width, plus the bearing the bitmap is shifted by.
      const ink = Math.max(0, Math.ceil(m.actualBoundingBoxRight) - left);
      return { advance: m.width, width: ink + bearing(m), ascent: Math.ceil(m.actualBoundingBoxAscent), descent: Math.ceil(m.actualBoundingBoxDescent) };
    },
    draw(char) {
      const g = sdf.draw(char);
      const { rgba, width } = shiftGlyph(g.data, g.width, g.height, Math.max(0, g.glyphLeft));
      return { data: new ImageData(rgba, width, g.height), left: p.buffer, top: p.buffer };
    },
  };
}
