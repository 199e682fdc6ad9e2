// deck.gl layers drawn over the map: labels (TextLayer: CJK from the page's fonts, no glyph server),
// park-unit circles, green parks and investment bubbles.
import { ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import { toRgb } from '../lib/classify/index.ts';
import type { AreaView } from '../lib/view/areas.ts';
import type { Bubble } from '../lib/view/map/bubbles.ts';
import type { PlaceTotal } from '../lib/view/map/bubbleTotals.ts';
import { PARK_UNIT_MIN_PX, PARK_UNIT_RADIUS_M, parkUnitLayout } from '../lib/view/map/pick.ts';
import type { GreenParkSymbol } from '../lib/view/map/greenparks.ts';
import { bearingFontRenderer } from './glyphs.ts';
import type { Placed } from './data.ts';
import { FONT_STACK } from '../lib/view/fontStack.ts';

export interface GreenParkDatum {
  placed: Placed;
  symbol: GreenParkSymbol;
}

export interface BubbleDatum {
  placed: Placed;
  placedAt: string;
}

/** One bubble for all of a place's projects, when the selection has too many to draw one by one (overlays.ts). */
export interface PlaceTotalDatum {
  total: PlaceTotal;
  placedAt: string;
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
  light: { text: [25, 30, 35, 255], halo: [255, 255, 255, 230] },
  dark: { text: [255, 255, 255, 255], halo: [8, 20, 50, 220] },
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

/** Label size on stage: 14 px county names become 22 px, about the size of the story legend's text at 1080p. */
const STORY_LABEL_SCALE = 1.6;

export function buildLayers(o: OverlayInput): Layer[] {
  const layers: Layer[] = [];
  const parkUnits = parkUnitLayout(o.areas);
  if (o.showChoropleth && parkUnits.length) {
    layers.push(
      new ScatterplotLayer<AreaView>({
        id: 'park-units',
        data: parkUnits,
        getPosition: (a) => a.point,
        getRadius: PARK_UNIT_RADIUS_M,
        radiusUnits: 'meters',
        radiusMinPixels: PARK_UNIT_MIN_PX,
        getFillColor: (a) => rgba(a.color),
        getLineColor: [230, 85, 13, 255],
        lineWidthUnits: 'pixels',
        getLineWidth: 2,
        stroked: true,
        pickable: false,
      }),
    );
  }
  if (o.bubbles) {
    layers.push(
      new ScatterplotLayer({
        id: 'bubbles',
        data: o.bubbles,
        getPosition: (b) => b.position,
        getRadius: (b) => b.radiusM,
        radiusUnits: 'meters',
        radiusMinPixels: 2,
        getFillColor: [217, 95, 2, 120],
        getLineColor: [120, 45, 0, 255],
        stroked: true,
        lineWidthUnits: 'pixels',
        getLineWidth: 1,
        pickable: false,
      }),
    );
  }
  if (o.greenParks) {
    layers.push(
      new ScatterplotLayer<GreenParkDatum>({
        id: 'green-parks',
        data: o.greenParks,
        getPosition: (d) => d.placed.point!,
        getRadius: (d) => d.symbol.radiusPx,
        radiusUnits: 'pixels',
        getFillColor: (d) => (d.symbol.filled ? rgba(d.symbol.color) : [255, 255, 255, 200]),
        getLineColor: (d) => (d.symbol.filled ? [255, 255, 255, 255] : rgba(d.symbol.color)),
        lineWidthUnits: 'pixels',
        getLineWidth: (d) => d.symbol.strokePx,
        stroked: true,
        filled: true,
        pickable: false,
      }),
    );
  }
  if (o.showLabels) {
    // Park units carry only their count (names are in the tooltip): a dozen park names in 涪城区 are illegible.
    const labelled = [...o.areas.filter((a) => a.kind === 'county'), ...(o.showChoropleth ? parkUnits : [])];
    // Two layers because outlineColor is per layer: white text with a dark halo on the dark classes, dark text
    // with a white halo elsewhere — the halo alone is too faint on navy.
    const dark = labelled.filter((a) => o.showChoropleth && isDark(a.color));
    const light = labelled.filter((a) => !(o.showChoropleth && isDark(a.color)));
    for (const [id, data, color, outline] of [
      ['labels', light, LABEL_INK.light.text, LABEL_INK.light.halo],
      ['labels-on-dark', dark, LABEL_INK.dark.text, LABEL_INK.dark.halo],
    ] as const) {
      layers.push(
        new TextLayer<AreaView>({
          id,
          data,
          getPosition: (a) => a.point,
          getText: (a) => (a.kind === 'park' ? String(a.count) : o.showChoropleth && a.count !== undefined ? `${a.name}\n${a.count}` : a.name),
          // 'auto' collects exactly the characters in the data, so any Chinese name renders without a glyph server.
          characterSet: 'auto',
          fontFamily: FONT_STACK,
          fontWeight: 600,
          getSize: (a) => (a.kind === 'county' ? 14 : 11),
          // A uniform, not an accessor: changing it re-renders without recomputing the glyph attributes.
          sizeScale: o.onStage ? STORY_LABEL_SCALE : 1,
          getColor: [...color],
          fontSettings: { sdf: true, fontSize: 48, buffer: 8, radius: 12 },
          // Keeps each glyph's left side bearing, which deck.gl's own SDF renderer drops (glyphs.ts).
          _getFontRenderer: bearingFontRenderer,
          outlineWidth: 0.45,
          outlineColor: [...outline],
          lineHeight: 1.1,
          pickable: false,
        }),
      );
    }
  }
  return layers;
}
