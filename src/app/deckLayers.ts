// deck.gl layers drawn over the map: labels (TextLayer: CJK from the page's fonts, no glyph server),
// park-unit circles, green parks and investment bubbles.
import { PathLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import { toRgb } from '../lib/classify/index.ts';
import type { AreaView } from '../lib/view/areas.ts';
import type { Bubble } from '../lib/view/map/bubbles.ts';
import type { PlaceTotal } from '../lib/view/map/bubbleTotals.ts';
import type { PlacedSymbol, SymbolLayer } from '../lib/view/map/symbols.ts';
import { STORY_LABEL_SCALE } from './mapSymbols.ts';
import { LabelRowsLayer, type LabelDatum } from './labelRowsLayer.ts';
import type { GreenParkSymbol } from '../lib/view/map/greenparks.ts';
import type { Placed } from './data.ts';

export interface GreenParkDatum {
  placed: Placed;
  symbol: GreenParkSymbol;
}

export interface BubbleDatum {
  placed: Placed;
  placedAt: string;
  /** The county the project is in: its bubble stays inside that county's polygon (placement.ts). */
  countyCode: string;
}

/** One bubble for all of a place's projects, when the selection has too many to draw one by one (overlays.ts). */
export interface PlaceTotalDatum {
  total: PlaceTotal;
  placedAt: string;
  /** The county of the place (a place is a park or a county, so all its projects share one). */
  countyCode: string;
}

/** Relative luminance (sRGB, rough) below which a fill needs light text. */
export function isDark(hex: string): boolean {
  const [r, g, b] = toRgb(hex);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 110;
}

const rgba = (hex: string, a = 255): [number, number, number, number] => [...toRgb(hex), a];

/**
 * Area labels: dark text with a white halo on light fills, white text with a navy halo on dark ones (isDark picks).
 * RGBA; src/app/labelContrast.test.ts holds every palette colour against them.
 */
export const LABEL_INK = {
  light: { text: [25, 30, 35, 255], halo: [255, 255, 255, 230], haloWidth: 0.45 },
  // White text spills over a light neighbour where a label is wider than its county (涪城区 on stage at 1366×768):
  // an opaque halo twice as wide keeps every letter ringed in navy, so it reads on any class colour.
  dark: { text: [255, 255, 255, 255], halo: [8, 20, 50, 255], haloWidth: 0.9 },
} as const;

export type BubbleItem = Bubble<{ id: string; anchor: [number, number]; investmentWan: number; datum: BubbleDatum | PlaceTotalDatum }>;

export interface OverlayInput {
  areas: AreaView[];
  showLabels: boolean;
  showChoropleth: boolean;
  greenParks: GreenParkDatum[] | null;
  bubbles: BubbleItem[] | null;
  /** Story mode: read from the back of a room, so labels are drawn larger. @default false */
  onStage?: boolean;
}

/** What buildLayers draws: the symbols where the placement put them, and the detail view's frame on the main map. */
export interface PlacedOverlay {
  showChoropleth: boolean;
  placed: readonly PlacedSymbol<AreaView | GreenParkDatum | BubbleItem>[];
  /** [west, south, east, north] of the area the detail view shows, outlined on the map; null without it. */
  frame: readonly [number, number, number, number] | null;
  /** Compared areas → their colours (compare.ts): a compared park's ring takes its colour. */
  compared?: ReadonlyMap<string, string>;
  onStage?: boolean;
}

const of = <T>(placed: PlacedOverlay['placed'], layer: SymbolLayer) => placed.filter((p) => p.layer === layer) as unknown as PlacedSymbol<T>[];

export function buildLayers(o: PlacedOverlay): Layer[] {
  const layers: Layer[] = [];
  const parkUnits = of<AreaView>(o.placed, 'park-units');
  if (o.frame) {
    const [w, s, e, n] = o.frame;
    layers.push(
      new PathLayer<{ path: [number, number][] }>({
        id: 'detail-frame',
        data: [
          {
            path: [
              [w, s],
              [e, s],
              [e, n],
              [w, n],
              [w, s],
            ],
          },
        ],
        getPath: (d) => d.path,
        getColor: [60, 60, 60, 230],
        getWidth: 1.5,
        widthUnits: 'pixels',
        pickable: false,
      }),
    );
  }
  if (parkUnits.length) {
    layers.push(
      new ScatterplotLayer<PlacedSymbol<AreaView>>({
        id: 'park-units',
        data: parkUnits,
        getPosition: (p) => p.position,
        // The placement's radius includes the 2 px ring's outer half.
        getRadius: (p) => p.radiusPx - 1,
        radiusUnits: 'pixels',
        getFillColor: (p) => rgba(p.object.color),
        getLineColor: (p) => rgba(o.compared?.get(p.object.id) ?? '#e6550d'),
        lineWidthUnits: 'pixels',
        getLineWidth: (p) => (o.compared?.has(p.object.id) ? 3 : 2),
        updateTriggers: { getLineColor: [...(o.compared ?? [])].join(), getLineWidth: [...(o.compared ?? [])].join() },
        stroked: true,
        pickable: false,
      }),
    );
  }
  const bubbles = of<BubbleItem>(o.placed, 'bubbles');
  if (bubbles.length) {
    layers.push(
      new ScatterplotLayer<PlacedSymbol<BubbleItem>>({
        id: 'bubbles',
        data: bubbles,
        getPosition: (p) => p.position,
        getRadius: (p) => p.radiusPx,
        radiusUnits: 'pixels',
        getFillColor: [217, 95, 2, 120],
        getLineColor: [120, 45, 0, 255],
        stroked: true,
        lineWidthUnits: 'pixels',
        getLineWidth: 1,
        pickable: false,
      }),
    );
  }
  const green = of<GreenParkDatum>(o.placed, 'green-parks');
  if (green.length) {
    layers.push(
      new ScatterplotLayer<PlacedSymbol<GreenParkDatum>>({
        id: 'green-parks',
        data: green,
        getPosition: (p) => p.position,
        getRadius: (p) => p.object.symbol.radiusPx,
        radiusUnits: 'pixels',
        getFillColor: (p) => (p.object.symbol.filled ? rgba(p.object.symbol.color) : [255, 255, 255, 200]),
        getLineColor: (p) => (p.object.symbol.filled ? [255, 255, 255, 255] : rgba(p.object.symbol.color)),
        lineWidthUnits: 'pixels',
        getLineWidth: (p) => p.object.symbol.strokePx,
        stroked: true,
        filled: true,
        pickable: false,
      }),
    );
  }
  // County labels where the placement put them, and each park circle's count on it (names are in the detail view
  // and the tooltip: a dozen park names in 涪城区 are illegible at the whole-city zoom), row by row (labelRowsLayer.ts).
  const rows: LabelDatum[] = [
    ...of<AreaView>(o.placed, 'labels').flatMap((p) => (p.rows ?? []).map((row) => ({ p, row }))),
    ...parkUnits.map((p) => ({ p, row: { text: String(p.object.count), sizePx: 11, dy: 0 } })),
  ];
  if (rows.length) {
    // Two layers because the halo colour is per layer: white text with a dark halo on the dark classes, dark text
    // with a white halo elsewhere — the halo alone is too faint on navy.
    const onDark = (d: LabelDatum) => o.showChoropleth && isDark(d.p.object.color);
    for (const [id, data, ink] of [
      ['labels', rows.filter((d) => !onDark(d)), LABEL_INK.light],
      ['labels-on-dark', rows.filter(onDark), LABEL_INK.dark],
    ] as const)
      layers.push(
        new LabelRowsLayer({ id, data, color: ink.text, outline: ink.halo, outlineWidth: ink.haloWidth, sizeScale: o.onStage ? STORY_LABEL_SCALE : 1 }),
      );
  }
  return layers;
}
