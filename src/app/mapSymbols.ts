// What the map draws over the counties, as symbols for the one placement (src/lib/view/map/placement.ts): park
// circles, green parks, investment bubbles and the county labels, sized in pixels at the map's zoom. The main map
// and the detail view (DetailView.svelte) build theirs here, so both place by the same rules.
import type { AreaView } from '../lib/view/areas.ts';
import { metersPerPixel } from '../lib/view/map/bubbles.ts';
import { type MapSymbol, type PlacedSymbol } from '../lib/view/map/symbols.ts';
import { stackLines, type LabelRow } from '../lib/view/map/labelRows.ts';
import type { Part } from '../lib/view/map/placement.ts';
import type { BubbleItem, GreenParkDatum } from './deckLayers.ts';

/** Park-unit circles on the main map: ~10 px at the whole-city zoom, never under 9 px. */
export const PARK_UNIT_RADIUS_M = 3500;
export const PARK_UNIT_MIN_PX = 9;
/** County label size (px) and its scale on stage: 14 px names become 22 px, about the story legend's text at 1080p. */
export const COUNTY_LABEL_PX = 14;
export const STORY_LABEL_SCALE = 1.6;
/** The pinyin line under a county's name in English: smaller than the name, which stays the label's head. */
export const PINYIN_LABEL_PX = 10;
/** County labels weigh this many symbols: circles make way for them rather than push them off their county. */
const LABEL_WEIGHT = 20;

export interface SymbolSources {
  areas: readonly AreaView[];
  showLabels: boolean;
  showChoropleth: boolean;
  greenParks: readonly GreenParkDatum[] | null;
  bubbles: readonly BubbleItem[] | null;
  onStage?: boolean;
  /** Place name → pinyin, in English once pinyin-pro has arrived (i18n.romaniser); none in Chinese. */
  pinyin?: ((name: string) => string) | null;
}

export type AnySymbol = MapSymbol<AreaView | GreenParkDatum | BubbleItem>;

/**
 * The county label: its name, its pinyin on a smaller line under it (English only), and its count when the choropleth
 * is shown. The rows at the unscaled size (the layer scales them, labelRowsLayer.ts), the box they take at `scale`
 * (1, or STORY_LABEL_SCALE on stage).
 */
export function countyLabel(a: AreaView, showChoropleth: boolean, pinyin: string, scale = 1): { rows: LabelRow[]; w: number; h: number } {
  const lines = (k: number) =>
    stackLines([
      { text: a.name, sizePx: COUNTY_LABEL_PX * k },
      { text: pinyin, sizePx: PINYIN_LABEL_PX * k },
      { text: showChoropleth && a.count !== undefined ? String(a.count) : '', sizePx: COUNTY_LABEL_PX * k },
    ]);
  const rows = lines(1);
  const { w, h } = scale === 1 ? rows : lines(scale);
  return { rows: rows.rows, w, h };
}

/**
 * Symbols of the main map at `zoom` (radii in px; bubbles keep their metres, so their key holds at every zoom).
 * `skip` drops the symbols the detail view draws instead (anchors in its frame); county labels always stay.
 */
export function mapSymbols(o: SymbolSources, zoom: number, skip: (anchor: [number, number]) => boolean = () => false): AnySymbol[] {
  const out: AnySymbol[] = [];
  const mpp = (lat: number) => metersPerPixel(zoom, lat);
  if (o.showLabels) {
    const scale = o.onStage ? STORY_LABEL_SCALE : 1;
    for (const a of o.areas) {
      if (a.kind !== 'county') continue;
      const { w, h, rows } = countyLabel(a, o.showChoropleth, o.pinyin?.(a.name) ?? '', scale);
      out.push({
        key: `label:${a.id}`,
        layer: 'labels',
        object: a,
        rows,
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

/** A placed symbol as the e2e tests read it (window.__mapSymbols): where it is, its parts, the text it draws. */
export interface SymbolReport {
  key: string;
  layer: string;
  position: [number, number];
  radiusPx: number;
  /** The circle and boxes it occupies, offsets (px) from its position. */
  parts: Part[];
  /** A label's rows of text, top to bottom ([] for a circle). */
  text: string[];
  together: string[];
}

export const symbolReport = (placed: readonly PlacedSymbol[]): SymbolReport[] =>
  placed.map((p) => ({
    key: p.key,
    layer: p.layer,
    position: p.position,
    radiusPx: p.radiusPx,
    parts: p.parts,
    text: (p.rows ?? []).map((r) => r.text),
    together: p.together.map((q) => q.key),
  }));
