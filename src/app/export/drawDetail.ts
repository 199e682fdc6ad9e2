// Paints the detail view (detailPicture.ts) into a column of an exported picture: its title, the inset's square
// map with a frame, the parks outside the frame, and the park circles' size key: what the on-screen inset shows.
import { FONT_STACK } from '../../lib/view/fontStack.ts';
import type { DetailPicture } from './detailPicture.ts';
import type { KeyBox } from './drawKeys.ts';

const INK = '#1d2428';
const SOFT = '#4a5358';
const RING = '#e6550d';

export interface DetailDrawn {
  /** Height the column took, px. */
  height: number;
  /** Where the square map was drawn (the e2e test reads its pixels). */
  frame: KeyBox;
}

/**
 * Lays out (and with `draw`, paints) `p` from the top of a column at `x`, `y`, `k` px per px of the inset's layout
 * (its words and circles grow with it: 1.5 makes its 12 px names 18 px on a 1920 slide).
 */
export function drawDetail(g: CanvasRenderingContext2D, p: DetailPicture, x: number, y: number, k: number, draw: boolean): DetailDrawn {
  const side = p.side * k;
  const px = (n: number) => n * k;
  let top = y;
  g.textBaseline = 'alphabetic';
  g.font = `600 ${px(p.labelPx * 1.2)}px ${FONT_STACK}`;
  top += px(p.labelPx * 1.2);
  if (draw) {
    g.fillStyle = INK;
    g.textAlign = 'left';
    g.fillText(p.title, x, top);
  }
  top += px(6);
  const frame = { x, y: top, width: side, height: side };
  if (draw) paintMap(g, p, frame, k);
  top += side;

  const rowH = (r: number) => Math.max(px(p.labelPx * 1.4), 2 * px(r) + px(4));
  // The parks outside the frame, one flowing line after another, as the screen's list does.
  if (p.outside.length) {
    g.font = `${px(p.labelPx)}px ${FONT_STACK}`;
    const items: { w: number; h: number; draw: (ix: number, iy: number) => void }[] = [
      { w: g.measureText(p.outsideTitle).width, h: px(p.labelPx * 1.4), draw: (ix, iy) => text(g, p.outsideTitle, ix, iy, px(p.labelPx), false, SOFT) },
    ];
    for (const o of p.outside) {
      g.font = `600 ${px(p.labelPx)}px ${FONT_STACK}`;
      const labelW = g.measureText(o.label).width;
      // In English the pinyin goes on a smaller line under the name: beside it, 芦溪工业集中发展区's ran out of the column.
      g.font = `${px(OUTSIDE_PINYIN_PX)}px ${FONT_STACK}`;
      const pinyinW = o.pinyin ? g.measureText(o.pinyin).width : 0;
      const pinyinH = o.pinyin ? px(OUTSIDE_PINYIN_PX * 1.2) : 0;
      items.push({
        w: 2 * px(o.r) + px(4) + Math.max(labelW, pinyinW),
        h: rowH(o.r) + pinyinH,
        draw: (ix, iy) => {
          const y = iy - pinyinH / 2;
          circle(g, ix + px(o.r) + px(1), y, px(o.r), o.fill, RING, px(2));
          text(g, o.label, ix + 2 * px(o.r) + px(4), y, px(p.labelPx), true, INK);
          if (o.pinyin) text(g, o.pinyin, ix + 2 * px(o.r) + px(4), y + rowH(o.r) / 2 + pinyinH / 2, px(OUTSIDE_PINYIN_PX), false, SOFT);
        },
      });
    }
    top += px(4) + flow(items, x, top, side, px(8), draw);
  }

  if (p.key.length) {
    g.font = `${px(p.labelPx)}px ${FONT_STACK}`;
    const items = [
      { w: g.measureText(p.keyTitle).width, h: px(p.labelPx * 1.4), draw: (ix: number, iy: number) => text(g, p.keyTitle, ix, iy, px(p.labelPx), false, INK) },
      ...p.key.map((c) => {
        const label = String(c.value);
        return {
          w: 2 * px(c.r) + px(6) + g.measureText(label).width,
          h: rowH(c.r),
          draw: (ix: number, iy: number) => {
            circle(g, ix + px(c.r) + px(1), iy, px(c.r), '#ffffff', RING, px(2));
            text(g, label, ix + 2 * px(c.r) + px(6), iy, px(p.labelPx), false, INK);
          },
        };
      }),
    ];
    top += px(4) + flow(items, x, top, side, px(8), draw);
  }
  return { height: top - y, frame };
}

/** Items left to right, wrapping at `width`, each vertically centred on its line; returns the height used. */
function flow(
  items: readonly { w: number; h: number; draw: (x: number, y: number) => void }[],
  x: number,
  y: number,
  width: number,
  gap: number,
  draw: boolean,
): number {
  const lines: (typeof items)[number][][] = [[]];
  let used = 0;
  for (const it of items) {
    const line = lines[lines.length - 1]!;
    if (line.length && used + gap + it.w > width) {
      lines.push([it]);
      used = it.w;
    } else {
      used += (line.length ? gap : 0) + it.w;
      line.push(it);
    }
  }
  let top = y;
  for (const line of lines) {
    const h = Math.max(...line.map((i) => i.h));
    let ix = x;
    for (const it of line) {
      if (draw) it.draw(ix, top + h / 2);
      ix += it.w + gap;
    }
    top += h;
  }
  return top - y;
}

function paintMap(g: CanvasRenderingContext2D, p: DetailPicture, b: KeyBox, k: number): void {
  g.save();
  g.beginPath();
  g.rect(b.x, b.y, b.width, b.height);
  g.clip();
  g.fillStyle = '#e9e6df';
  g.fillRect(b.x, b.y, b.width, b.height);
  g.translate(b.x, b.y);
  g.scale(k, k);
  const path = (rings: [number, number][][]) => {
    g.beginPath();
    for (const ring of rings) ring.forEach(([x, y], i) => (i ? g.lineTo(x, y) : g.moveTo(x, y)));
    g.closePath();
  };
  for (const c of p.counties) {
    path(c.rings);
    g.fillStyle = c.fill;
    g.fill('evenodd');
    g.strokeStyle = '#ffffff';
    g.lineWidth = 1.5;
    g.stroke();
  }
  for (const c of p.counties) {
    if (!c.outline) continue;
    path(c.rings);
    g.strokeStyle = c.outline;
    g.lineWidth = 4;
    g.stroke();
  }
  // County names under the symbols, park names over them (the screen's order).
  for (const t of p.texts) if (!t.bold && !t.px) text(g, t.text, t.x, t.y - p.labelPx * 0.36, p.labelPx, false, '#333333', 'center');
  for (const c of p.circles) circle(g, c.x, c.y, c.r, c.fill, c.stroke, c.strokePx);
  for (const t of p.texts) if (t.bold) text(g, t.text, t.x, t.y - p.labelPx * 0.36, p.labelPx, true, INK, 'center');
  for (const t of p.texts) if (t.px) text(g, t.text, t.x, t.y - t.px * 0.36, t.px, false, INK, 'center');
  g.restore();
  g.strokeStyle = '#888888';
  g.lineWidth = 1;
  g.strokeRect(b.x + 0.5, b.y + 0.5, b.width - 1, b.height - 1);
}

/** The pinyin line under a park's name in the list outside the frame, px at the layout's scale. */
const OUTSIDE_PINYIN_PX = 10;

function circle(g: CanvasRenderingContext2D, x: number, y: number, r: number, fill: string, stroke: string, strokePx: number): void {
  g.beginPath();
  g.arc(x, y, r, 0, 2 * Math.PI);
  g.fillStyle = fill;
  g.fill();
  g.strokeStyle = stroke;
  g.lineWidth = strokePx;
  g.stroke();
}

/** Text centred on `y` (the middle of its line), with the screen's white halo. */
function text(g: CanvasRenderingContext2D, s: string, x: number, y: number, size: number, bold: boolean, color: string, align: CanvasTextAlign = 'left'): void {
  g.font = `${bold ? '600 ' : ''}${size}px ${FONT_STACK}`;
  g.textAlign = align;
  g.textBaseline = 'middle';
  g.lineJoin = 'round';
  g.strokeStyle = '#ffffff';
  g.lineWidth = size / 4;
  g.strokeText(s, x, y);
  g.fillStyle = color;
  g.fillText(s, x, y);
  g.textAlign = 'left';
  g.textBaseline = 'alphabetic';
}

/** The largest scale ≤ `kMax` (down to `kMin`) at which the column fits `maxHeight`. */
export function fitDetail(g: CanvasRenderingContext2D, p: DetailPicture, maxHeight: number, kMax: number, kMin: number): number {
  let k = kMax;
  while (k > kMin && drawDetail(g, p, 0, 0, k, false).height > maxHeight) k -= 0.05;
  return Math.max(k, kMin);
}
