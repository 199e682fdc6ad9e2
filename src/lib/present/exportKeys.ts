// The keys of a PNG export: one section per layer the picture actually shows (classes, green parks, investment
// bubbles, park circles), composed apart from the canvas so the words and symbol sizes can be checked exactly.
// src/app/export/drawKeys.ts draws them. A layer gets a section here once it is drawn; a section with no items is
// left out rather than printed as an empty heading.
import type { Translate } from '../i18n/index.ts';
import type { Lang } from '../i18n/index.ts';
import { formatWan } from '../view/format.ts';
import { metersPerPixel } from '../view/map/bubbles.ts';
import { greenParkLabel, type GreenParkLegendEntry } from '../view/map/greenparks.ts';

/** A filled rectangle (a class colour) or a circle as the map draws it (a park, a bubble), with its words. */
export type KeySymbol = { kind: 'swatch'; color: string } | { kind: 'circle'; radiusPx: number; fill: string; stroke: string; strokePx: number };

export interface KeyItem {
  symbol: KeySymbol;
  text: string;
}

/** The layer ids of src/app/deckLayers.ts a section keys ('classes' is the maplibre choropleth). */
export const KEY_SECTIONS = ['classes', 'park-units', 'green-parks', 'bubbles'] as const;
export type KeySectionId = (typeof KEY_SECTIONS)[number];

export interface KeySection {
  id: KeySectionId;
  title: string;
  items: KeyItem[];
  /** Bubble sizes sit side by side (circles of very different sizes read as a scale); other keys are one per row. */
  layout: 'rows' | 'row';
  /** A line under the items (how many projects the bubbles are, what the park circles are). */
  note?: string;
}

/** The on-screen bubble style (BubbleSizes.svelte, deckLayers.ts): translucent orange, dark brown rim. */
export const BUBBLE_STYLE = { fill: 'rgba(217,95,2,0.55)', stroke: '#782d00', strokePx: 1 } as const;
/** The park-unit circles' style in deckLayers.ts: the class colour inside an orange rim. */
export const PARK_UNIT_STROKE = '#e6550d';

export interface KeyInput {
  /** Which layers the picture shows (the capture reports them): only those get a key. */
  drawn: ReadonlySet<string>;
  /** Class rows already worded (exportText's rows), in legend order. */
  classes: readonly { text: string; color: string }[];
  /** Title of the class key: what the colours count. */
  classTitle: string;
  /**
   * `names`: the parks behind each legend row, keyed by its label (src/lib/story/parkNames.ts): the map names no
   * green park, so its key does.
   */
  greenParks: { total: number; legend: readonly GreenParkLegendEntry[]; names?: ReadonlyMap<string, readonly string[]> } | null;
  /** Bubble key sizes (BubbleModel.legend), drawn at the picture's scale: its zoom and the latitude measured at. */
  bubbles: { legend: readonly { wan: number; radiusM: number }[]; note: string } | null;
  /**
   * Park circles in "园区单列": a size key of their own once the map has one (the note alone until then). Supply
   * `items` to key their sizes; the section shows whenever the layer is drawn.
   */
  parkUnits?: { note: string; items?: readonly KeyItem[] } | null;
  zoom: number;
  lat: number;
  lang: Lang;
}

export function exportKeys(k: KeyInput, t: Translate): KeySection[] {
  const out: KeySection[] = [];
  if (k.classes.length && k.drawn.has('classes')) {
    out.push({
      id: 'classes',
      title: k.classTitle,
      layout: 'rows',
      items: k.classes.map((c) => ({ symbol: { kind: 'swatch', color: c.color }, text: c.text })),
    });
  }
  if (k.parkUnits && k.drawn.has('park-units')) {
    const items = k.parkUnits.items ?? [];
    out.push({ id: 'park-units', title: t('export.key.parkUnits'), layout: 'rows', items: [...items], note: k.parkUnits.note });
  }
  if (k.greenParks && k.greenParks.legend.length && k.drawn.has('green-parks')) {
    out.push({
      id: 'green-parks',
      title: t('legend.greenParks', { n: k.greenParks.total }),
      layout: 'rows',
      items: k.greenParks.legend.map((e) => ({
        symbol: {
          kind: 'circle',
          radiusPx: e.symbol.radiusPx,
          fill: e.symbol.filled ? e.symbol.color : '#ffffff',
          stroke: e.symbol.filled ? '#ffffff' : e.symbol.color,
          strokePx: e.symbol.strokePx,
        },
        text: greenParkRow(greenParkLabel(e.symbol, t), e.count, k.greenParks!.names, t),
      })),
    });
  }
  if (k.bubbles && k.bubbles.legend.length && k.drawn.has('bubbles')) {
    const mpp = metersPerPixel(k.zoom, k.lat);
    out.push({
      id: 'bubbles',
      title: t('legend.bubbles'),
      layout: 'row',
      // The map's own minimum radius is 2 px: a key circle is never drawn smaller than what it stands for.
      items: k.bubbles.legend.map((s) => ({
        symbol: { kind: 'circle', radiusPx: Math.max(2, s.radiusM / mpp), ...BUBBLE_STYLE },
        text: formatWan(s.wan, k.lang),
      })),
      note: k.bubbles.note,
    });
  }
  return out;
}

/** A green-park key row: its label and count, then the parks it stands for when they are known. */
function greenParkRow(label: string, n: number, names: ReadonlyMap<string, readonly string[]> | undefined, t: Translate): string {
  const parks = names?.get(label) ?? [];
  return parks.length ? t('present.key.named', { label, n, names: parks.join(t('map.png.listSep')) }) : t('export.key.count', { label, n });
}
