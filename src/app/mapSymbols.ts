// What the map draws over the counties, as symbols for the one placement (src/lib/view/map/placement.ts): park
// circles, green parks, investment bubbles and the county labels, sized in pixels at the map's zoom. The main map
// and the detail view (DetailView.svelte) build theirs here, so both place by the same rules.
import type { AreaView } from '../lib/view/areas.ts';
import { metersPerPixel } from '../lib/view/map/bubbles.ts';
import { labelBox, type MapSymbol } from '../lib/view/map/symbols.ts';
import type { BubbleItem, GreenParkDatum } from './deckLayers.ts';

/** Park-unit circles on the main map: ~10 px at the whole-city zoom, never under 9 px. */
export const PARK_UNIT_RADIUS_M = 3500;
export const PARK_UNIT_MIN_PX = 9;
/** County label size (px) and its scale on stage: 14 px names become 22 px, about the story legend's text at 1080p. */
export const COUNTY_LABEL_PX = 14;
export const STORY_LABEL_SCALE = 1.6;
/** County labels weigh this many symbols: circles make way for them rather than push them off their county. */
const LABEL_WEIGHT = 20;

export interface SymbolSources {
  areas: readonly AreaView[];
  showLabels: boolean;
  showChoropleth: boolean;
  greenParks: readonly GreenParkDatum[] | null;
  bubbles: readonly BubbleItem[] | null;
  onStage?: boolean;
}

export type AnySymbol = MapSymbol<AreaView | GreenParkDatum | BubbleItem>;

/** The county label's lines: its name, and its count when the choropleth is shown. */
export const countyLabelLines = (a: AreaView, showChoropleth: boolean): string[] =>
  showChoropleth && a.count !== undefined ? [a.name, String(a.count)] : [a.name];

/**
 * Symbols of the main map at `zoom` (radii in px; bubbles keep their metres, so their key holds at every zoom).
 * `skip` drops the symbols the detail view draws instead (anchors in its frame); county labels always stay.
 */
export function mapSymbols(o: SymbolSources, zoom: number, skip: (anchor: [number, number]) => boolean = () => false): AnySymbol[] {
  const out: AnySymbol[] = [];
  const mpp = (lat: number) => metersPerPixel(zoom, lat);
  if (o.showLabels) {
    const size = COUNTY_LABEL_PX * (o.onStage ? STORY_LABEL_SCALE : 1);
    for (const a of o.areas) {
      if (a.kind !== 'county') continue;
      const { w, h } = labelBox(countyLabelLines(a, o.showChoropleth), size);
      out.push({
        key: `label:${a.id}`,
        layer: 'labels',
        object: a,
        anchor: a.point,
        region: a.id,
        radiusPx: 0,
        extra: [{ kind: 'box', dx: 0, dy: 0, w, h }],
        weight: LABEL_WEIGHT,
      });
    }
  }
  if (o.showChoropleth)
    for (const a of o.areas)
      if (a.kind === 'park' && !skip(a.point))
        out.push({
          key: `park:${a.id}`,
          layer: 'park-units',
          object: a,
          anchor: a.point,
          region: a.countyCode,
          radiusPx: Math.max(PARK_UNIT_MIN_PX, PARK_UNIT_RADIUS_M / mpp(a.point[1])) + 1,
        });
  for (const b of o.bubbles ?? [])
    if (!skip(b.item.anchor))
      out.push({
        key: `bubble:${b.item.id}`,
        layer: 'bubbles',
        object: b,
        anchor: b.item.anchor,
        region: b.item.datum.countyCode,
        radiusPx: Math.max(2, b.radiusM / mpp(b.item.anchor[1])),
      });
  for (const d of o.greenParks ?? [])
    if (d.placed.point && !skip(d.placed.point))
      out.push({
        key: `green:${d.placed.record.id}`,
        layer: 'green-parks',
        object: d,
        anchor: d.placed.point,
        region: d.placed.loc.countyCode ?? '',
        radiusPx: d.symbol.radiusPx + d.symbol.strokePx / 2,
      });
  return out;
}
