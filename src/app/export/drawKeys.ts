// Draws the keys of a PNG export (src/lib/present/exportKeys.ts) into the legend column of the slide, shrinking
// them together when they do not fit its height: every key is kept, never cut off at the bottom of the picture.
import type { KeySection, KeySymbol } from '../../lib/present/exportKeys.ts';
import { wrapText } from '../../lib/present/exportText.ts';
import { FONT_STACK } from '../../lib/view/fontStack.ts';

export interface KeyBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Smallest shrink: 20 px row text becomes 15 px, still read from a projected slide. */
const MIN_FIT = 0.75;
const INK = '#1d2428';
const SOFT = '#3a4449';

/**
 * Draws `sections` then the `after` lines (counting rule) top-down in `box`, at the largest scale ≤ 1 that fits.
 * Returns where each section's symbols were drawn (the e2e test reads their pixels) and the scale used.
 */
export function drawKeys(
  g: CanvasRenderingContext2D,
  sections: readonly KeySection[],
  after: string,
  box: KeyBox,
): { scale: number; symbols: Record<string, KeyBox[]> } {
  let scale = 1;
  for (; scale > MIN_FIT; scale -= 0.05) if (layout(g, sections, after, box, scale, false).height <= box.height) break;
  return { scale, symbols: layout(g, sections, after, box, Math.max(scale, MIN_FIT), true).symbols };
}

function layout(g: CanvasRenderingContext2D, sections: readonly KeySection[], after: string, box: KeyBox, f: number, draw: boolean) {
  const symbols: Record<string, KeyBox[]> = {};
  const px = (n: number) => Math.round(n * f);
  const wrap = (text: string, width: number) => wrapText(text, width, (s) => g.measureText(s).width);
  let y = box.y;
  for (const s of sections) {
    g.font = `600 ${px(24)}px ${FONT_STACK}`;
    g.fillStyle = INK;
    for (const line of wrap(s.title, box.width)) {
      y += px(30);
      if (draw) g.fillText(line, box.x, y);
    }
    y += px(8);
    const boxes: KeyBox[] = (symbols[s.id] = []);
    if (s.layout === 'rows') {
      g.font = `${px(20)}px ${FONT_STACK}`;
      for (const item of s.items) {
        const sym = symbolSize(item.symbol, f);
        const lines = wrap(item.text, box.width - px(56));
        const rowH = Math.max(sym.h + px(8), lines.length * px(26) + px(6));
        const mid = y + rowH / 2;
        const b = { x: box.x + px(22) - sym.w / 2, y: mid - sym.h / 2, width: sym.w, height: sym.h };
        boxes.push(b);
        if (draw) {
          drawSymbol(g, item.symbol, b);
          g.fillStyle = INK;
          lines.forEach((line, i) => g.fillText(line, box.x + px(56), mid - ((lines.length - 1) * px(26)) / 2 + i * px(26) + px(7)));
        }
        y += rowH;
      }
    } else {
      // Side by side, bottoms aligned, each amount centred under its circle (the on-screen BubbleSizes key).
      g.font = `${px(18)}px ${FONT_STACK}`;
      const sizes = s.items.map((i) => symbolSize(i.symbol, f));
      const tallest = Math.max(...sizes.map((z) => z.h));
      let x = box.x;
      s.items.forEach((item, i) => {
        const z = sizes[i]!;
        const w = Math.max(z.w, g.measureText(item.text).width) + px(16);
        const b = { x: x + (w - z.w) / 2, y: y + tallest - z.h, width: z.w, height: z.h };
        boxes.push(b);
        if (draw) {
          drawSymbol(g, item.symbol, b);
          g.fillStyle = INK;
          g.textAlign = 'center';
          g.fillText(item.text, x + w / 2, y + tallest + px(22));
          g.textAlign = 'left';
        }
        x += w;
      });
      y += tallest + px(30);
    }
    if (s.note) {
      g.font = `${px(17)}px ${FONT_STACK}`;
      g.fillStyle = SOFT;
      for (const line of wrap(s.note, box.width)) {
        y += px(23);
        if (draw) g.fillText(line, box.x, y);
      }
    }
    y += px(18);
  }
  g.font = `${px(18)}px ${FONT_STACK}`;
  g.fillStyle = SOFT;
  for (const line of wrap(after, box.width)) {
    y += px(25);
    if (draw) g.fillText(line, box.x, y);
  }
  return { height: y - box.y + px(8), symbols };
}

/** A circle keeps the map's pixel size (it stands for a size on the map); a swatch shrinks with the text. */
function symbolSize(s: KeySymbol, f: number): { w: number; h: number } {
  if (s.kind === 'swatch') return { w: Math.round(44 * f), h: Math.round(28 * f) };
  const d = 2 * s.radiusPx + s.strokePx;
  return { w: d, h: d };
}

function drawSymbol(g: CanvasRenderingContext2D, s: KeySymbol, b: KeyBox): void {
  if (s.kind === 'swatch') {
    g.fillStyle = s.color;
    g.fillRect(b.x, b.y, b.width, b.height);
    g.strokeStyle = '#666';
    g.lineWidth = 1;
    g.strokeRect(b.x, b.y, b.width, b.height);
    return;
  }
  g.beginPath();
  g.arc(b.x + b.width / 2, b.y + b.height / 2, s.radiusPx, 0, 2 * Math.PI);
  g.fillStyle = s.fill;
  g.fill();
  g.strokeStyle = s.stroke;
  g.lineWidth = s.strokePx;
  g.stroke();
}
