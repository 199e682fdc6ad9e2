// deck.gl layers drawn over the map: labels (TextLayer: CJK from the page's fonts, no glyph server),
// park-unit circles, green parks and investment bubbles.
import { ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import type { Layer, PickingInfo } from '@deck.gl/core';
import { toRgb } from '../lib/classify/index.ts';
import type { AreaView } from '../lib/view/areas.ts';
import type { Bubble } from '../lib/view/bubbles.ts';
import type { GreenParkSymbol } from '../lib/view/greenparks.ts';
import type { Placed } from '../lib/view/count.ts';

export const FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

export interface GreenParkDatum {
  placed: Placed;
  symbol: GreenParkSymbol;
}

export interface BubbleDatum {
  placed: Placed;
  placedAt: string;
}

type Hover = (info: PickingInfo) => void;

const rgba = (hex: string, a = 255): [number, number, number, number] => [...toRgb(hex), a];

export function buildLayers(o: {
  areas: AreaView[];
  unitWord: string;
  showLabels: boolean;
  showChoropleth: boolean;
  greenParks: GreenParkDatum[] | null;
  bubbles: Bubble<{ id: string; anchor: [number, number]; investmentWan: number; datum: BubbleDatum }>[] | null;
  onHover: Hover;
}): Layer[] {
  const layers: Layer[] = [];
  const parkUnits = o.areas.filter((a) => a.kind === 'park');
  if (o.showChoropleth && parkUnits.length) {
    layers.push(
      new ScatterplotLayer<AreaView>({
        id: 'park-units',
        data: parkUnits,
        getPosition: (a) => a.point,
        getRadius: 9,
        radiusUnits: 'pixels',
        getFillColor: (a) => rgba(a.color),
        getLineColor: [47, 58, 64, 255],
        lineWidthUnits: 'pixels',
        getLineWidth: 1.5,
        stroked: true,
        pickable: true,
        onHover: o.onHover,
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
        pickable: true,
        onHover: o.onHover,
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
        pickable: true,
        onHover: o.onHover,
      }),
    );
  }
  if (o.showLabels) {
    const labelled = o.areas.filter((a) => a.kind === 'county' || o.showChoropleth);
    layers.push(
      new TextLayer<AreaView>({
        id: 'labels',
        data: labelled,
        getPosition: (a) => a.point,
        getText: (a) => (o.showChoropleth && a.count !== undefined ? `${a.name}\n${a.count}` : a.name),
        // 'auto' collects exactly the characters in the data, so any Chinese name renders without a glyph server.
        characterSet: 'auto',
        fontFamily: FONT,
        fontWeight: 600,
        getSize: (a) => (a.kind === 'county' ? 14 : 12),
        getColor: [25, 30, 35, 255],
        getPixelOffset: (a) => (a.kind === 'park' ? [0, -20] : [0, 0]),
        fontSettings: { sdf: true, fontSize: 48, buffer: 8, radius: 12 },
        outlineWidth: 0.45,
        outlineColor: [255, 255, 255, 230],
        lineHeight: 1.1,
        pickable: false,
      }),
    );
  }
  return layers;
}
