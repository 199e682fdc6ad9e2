// The symbols over a map (park circles, green parks, investment bubbles, area labels) as one list for placement.ts,
// and what the drawing and the hover need back: each symbol's drawn position and the symbols it could not be
// separated from. Sizes are in screen pixels at the placement's zoom.
import { placeItems, type Part, type PlaceOptions } from './placement.ts';
import type { RegionIndex } from './regions.ts';
import type { LabelRow } from './labelRows.ts';

export const SYMBOL_LAYERS = ['park-units', 'green-parks', 'bubbles', 'labels'] as const;
export type SymbolLayer = (typeof SYMBOL_LAYERS)[number];

export interface MapSymbol<T = unknown> {
  /** Unique across layers (the layer is part of it). */
  key: string;
  layer: SymbolLayer;
  object: T;
  anchor: [number, number];
  /** County code whose polygon the symbol stays in. */
  region: string;
  /** The circle drawn (labels: 0). */
  radiusPx: number;
  /** Extra parts that must not be covered: a label beside or below the circle, or the label's own box. */
  extra?: Part[];
  /** Other arrangements of the circle and its extra parts (placement.ts PlaceItem.alternatives), full part lists. */
  alternatives?: Part[][];
  /** @default 1 */
  weight?: number;
  /** A label's rows of text as drawn (labelRows.ts, at the unscaled size: the layer applies story mode's scale); the box in `extra` holds them all. */
  rows?: LabelRow[];
}

export interface PlacedSymbol<T = unknown> extends MapSymbol<T> {
  position: [number, number];
  /** Centre in world pixels at the placement's zoom. */
  x: number;
  y: number;
  /** Its parts as placed: the circle and, where it has one, its label box in the arrangement chosen. */
  parts: Part[];
  /** The symbols this one still overlaps (too close to separate inside their county): a tooltip names them all. */
  together: PlacedSymbol<T>[];
}

export function partsOf(s: MapSymbol): Part[] {
  const parts: Part[] = s.radiusPx > 0 ? [{ kind: 'circle', dx: 0, dy: 0, r: s.radiusPx }] : [];
  return [...parts, ...(s.extra ?? [])];
}

/** Places `symbols` at `zoom` inside their regions (placement.ts); the output keeps the input order. */
export function placeSymbols<T>(symbols: readonly MapSymbol<T>[], regions: RegionIndex, zoom: number, opts?: PlaceOptions): PlacedSymbol<T>[] {
  const byKey = new Map<string, MapSymbol<T>>();
  for (const s of symbols) {
    if (byKey.has(s.key)) throw new Error(`symbol key ${s.key} appears twice`);
    byKey.set(s.key, s);
  }
  const placed = placeItems(
    symbols.map((s) => ({ key: s.key, anchor: s.anchor, region: s.region, parts: partsOf(s), alternatives: s.alternatives, weight: s.weight })),
    regions,
    zoom,
    opts,
  );
  const out = new Map<string, PlacedSymbol<T>>();
  for (const p of placed) out.set(p.key, { ...byKey.get(p.key)!, position: p.position, x: p.x, y: p.y, parts: p.parts, together: [] });
  for (const p of placed) out.get(p.key)!.together = p.together.map((k) => out.get(k)!);
  return symbols.map((s) => out.get(s.key)!);
}

/**
 * The box a label of these lines takes at `sizePx`: CJK characters are one em wide, Latin letters and digits about
 * 0.6 em (the page's CJK fonts), lines 1.1 em apart, plus the halo on every side.
 */
export function labelBox(lines: readonly string[], sizePx: number, haloPx = 2): { w: number; h: number } {
  const width = (line: string) => [...line].reduce((w, ch) => w + (/[\u2e80-\u9fff\uff00-\uffef]/u.test(ch) ? 1 : 0.6), 0) * sizePx;
  return { w: Math.max(0, ...lines.map(width)) + 2 * haloPx, h: lines.length * sizePx * 1.1 + 2 * haloPx };
}

/** The largest overlap (px) between the circles of two placed symbols: what a reader sees as one hiding another. */
export function worstCircleOverlap(placed: readonly PlacedSymbol[]): number {
  let worst = 0;
  const circles = placed.filter((p) => p.radiusPx > 0);
  for (let i = 0; i < circles.length; i++)
    for (let j = i + 1; j < circles.length; j++) {
      const a = circles[i]!;
      const b = circles[j]!;
      worst = Math.max(worst, a.radiusPx + b.radiusPx - Math.hypot(a.x - b.x, a.y - b.y));
    }
  return worst;
}
