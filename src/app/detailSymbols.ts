// The detail view's symbols (DetailView.svelte), built and placed here so a unit test places exactly what the view
// draws: the main map's green parks and bubbles in the frame (bubbles at the main map's pixel size, so its one key
// reads both), every park in the frame sized by its count (area ∝ count) and named, and the three county names.
import type { AreaView } from '../lib/view/areas.ts';
import type { MapGeography } from '../lib/view/map/geo.ts';
import { DETAIL_NAMES, detailZoom } from '../lib/view/map/detail.ts';
import { mercatorPx, regionIndex, unmercatorPx } from '../lib/view/map/regions.ts';
import { labelBox, placeSymbols, type PlacedSymbol } from '../lib/view/map/symbols.ts';
import { stackLines } from '../lib/view/map/labelRows.ts';
import { parkRadius } from '../lib/view/map/parkSizes.ts';
import { metersPerPixel } from '../lib/view/map/bubbles.ts';
import { mapSymbols, type AnySymbol } from './mapSymbols.ts';
import type { BubbleItem, GreenParkDatum } from './deckLayers.ts';

export const PARK_LABEL_PX = 12;
/** The pinyin line under a park's label in English: smaller than the name, as on the main map (PINYIN_LABEL_PX). */
export const PARK_PINYIN_PX = 10;

export interface DetailInput {
  geo: MapGeography;
  areas: readonly AreaView[];
  greenParks: readonly GreenParkDatum[] | null;
  bubbles: readonly BubbleItem[] | null;
  mainZoom: number;
  side: number;
  /** A park's label: "高新区 45". */
  parkLabel: (name: string, n: number) => string;
  /**
   * A park name's pinyin, set under its label in English as the main map sets a county's ("Gāoxīnqū"; i18n.pinyin);
   * '' or absent: none (Chinese, or before pinyin-pro has arrived).
   */
  parkPinyin?: (name: string) => string;
}

export interface DetailLayout {
  fit: ReturnType<typeof detailZoom>;
  placed: PlacedSymbol<AreaView | GreenParkDatum | BubbleItem>[];
  /** Largest park count (the key's scale) and the largest circle's radius, px. */
  maxCount: number;
  maxR: number;
  /** Parks with a count outside the frame (江油, 梓潼, 盐亭, 芦溪), listed under the map at the same scale. */
  outside: PlacedSymbol<AreaView>[];
}

export function detailLayout(o: DetailInput): DetailLayout {
  const fit = detailZoom(o.side);
  const regions = regionIndex(o.geo.counties.features, (f) => f.properties.code, fit.zoom);
  const inFrame = (p: [number, number]) => {
    const [x, y] = mercatorPx(p, fit.zoom);
    return x >= fit.x0 && y >= fit.y0 && x <= fit.x0 + fit.w && y <= fit.y0 + fit.h;
  };
  const parks = o.areas.filter((a) => a.kind === 'park' && a.count !== undefined && a.count > 0);
  const maxCount = Math.max(0, ...parks.map((a) => a.count ?? 0));
  // In English each name has a pinyin row under it: the largest circle is a 17th of the side, not a 15th, to leave
  // the names that room (at 311 px, 1366×768, the 15th left 科创区's circle 3.7 px into its green park's).
  // The key is drawn from maxR, so it reads the circles either way.
  const romanised = parks.some((a) => (o.parkPinyin?.(a.name) ?? '') !== '');
  const maxR = Math.round(o.side / (romanised ? 17 : 15));
  const base = mapSymbols({ areas: [], showLabels: false, showChoropleth: false, greenParks: o.greenParks, bubbles: o.bubbles }, fit.zoom, (a) => !inFrame(a));
  const k = (lat: number) => metersPerPixel(fit.zoom, lat) / metersPerPixel(o.mainZoom, lat);
  for (const s of base) if (s.layer === 'bubbles') s.radiusPx = Math.max(2, s.radiusPx * k(s.anchor[1]));
  /** What a park's symbol is, in the frame or listed under it: its circle's radius includes the 1 px of its ring. */
  const parkHead = (a: AreaView, r: number) =>
    ({ key: `park:${a.id}`, layer: 'park-units', object: a, anchor: a.point, region: a.countyCode, radiusPx: r + 1 }) as const;
  const named: AnySymbol[] = parks
    .filter((a) => inFrame(a.point))
    .map((a) => {
      const r = parkRadius(a.count!, maxCount, maxR);
      // Name and count, and in English the pinyin on a smaller line under them: the box holds both rows.
      const { w, h, rows } = stackLines(
        [
          { text: o.parkLabel(a.name, a.count!), sizePx: PARK_LABEL_PX },
          { text: o.parkPinyin?.(a.name) ?? '', sizePx: PARK_PINYIN_PX },
        ],
        3,
      );
      // The circle's 2 px ring counts in its radius; the name sits just under it, or where a neighbour leaves room:
      // right, left, above.
      const circle = { kind: 'circle', dx: 0, dy: 0, r: r + 1 } as const;
      const box = (dx: number, dy: number) => ({ kind: 'box', dx, dy, w, h }) as const;
      const side = r + 3 + w / 2;
      return {
        ...parkHead(a, r),
        rows,
        extra: [box(0, r + 2 + h / 2)],
        alternatives: [
          [circle, box(side, 0)],
          [circle, box(-side, 0)],
          [circle, box(0, -(r + 2 + h / 2))],
        ],
      };
    });
  // County names are light: they make way for the parks, not the other way round.
  const names: AnySymbol[] = DETAIL_NAMES.flatMap((c) => {
    const a = o.areas.find((x) => x.id === c.code);
    if (!a) return [];
    const { w, h } = labelBox([a.name], PARK_LABEL_PX);
    return [
      {
        key: `label:${c.code}`,
        layer: 'labels',
        object: a,
        anchor: c.at,
        region: c.code,
        radiusPx: 0,
        extra: [{ kind: 'box', dx: 0, dy: 0, w, h }],
        weight: 0.3,
      },
    ];
  });
  const outside = parks
    .filter((a) => !inFrame(a.point))
    .map((a): PlacedSymbol<AreaView> => {
      return {
        ...parkHead(a, parkRadius(a.count!, maxCount, maxR)),
        position: a.point,
        x: 0,
        y: 0,
        parts: [],
        together: [],
      };
    });
  // The inset's edges as four immovable walls just outside it: a name that would be cut off by the edge counts as an
  // overlap, so the placement turns it inward.
  const T = 200;
  const wall = (key: string, cx: number, cy: number, w: number, h: number): AnySymbol => ({
    key: `wall:${key}`,
    layer: 'labels',
    object: o.areas[0]!,
    anchor: unmercatorPx(fit.x0 + cx, fit.y0 + cy, fit.zoom),
    region: '',
    radiusPx: 0,
    extra: [{ kind: 'box', dx: 0, dy: 0, w, h }],
    weight: Infinity,
  });
  const walls = o.areas.length
    ? [
        wall('w', -T / 2, fit.h / 2, T, fit.h + 2 * T),
        wall('e', fit.w + T / 2, fit.h / 2, T, fit.h + 2 * T),
        wall('n', fit.w / 2, -T / 2, fit.w, T),
        wall('s', fit.w / 2, fit.h + T / 2, fit.w, T),
      ]
    : [];
  const placed = placeSymbols([...walls, ...names, ...named, ...base], regions, fit.zoom).filter((p) => !p.key.startsWith('wall:'));
  for (const p of placed) p.together = p.together.filter((q) => !q.key.startsWith('wall:'));
  return { fit, placed, maxCount, maxR, outside };
}
