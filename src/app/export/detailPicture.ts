// The detail view of the main urban area as a picture for the PNG export and the printout: what DetailView.svelte
// shows on screen (the same layout, detailSymbols.ts), as a list of shapes and words in the inset's own pixels, so
// a canvas can paint it (drawDetail.ts) and a unit test can read it without one.
import type { AreaView } from '../../lib/view/areas.ts';
import type { MapGeography } from '../../lib/view/map/geo.ts';
import { mercatorPx } from '../../lib/view/map/regions.ts';
import { parkKey, parkRadius } from '../../lib/view/map/parkSizes.ts';
import type { Translate } from '../../lib/i18n/index.ts';
import { detailLayout, PARK_LABEL_PX } from '../detailSymbols.ts';
import type { BubbleItem, GreenParkDatum } from '../deckLayers.ts';

/**
 * The inset's layout side in an exported picture, px: the smallest the screen draws (detail.ts detailSide at
 * 1366×768), where its names were checked clear of each other; a picture scales it up rather than lay it out anew.
 */
export const DETAIL_LAYOUT_SIDE = 280;

/** What the detail view draws now (DetailView.svelte publishes it: state/detail.svelte.ts). */
export interface DetailSource {
  geo: MapGeography;
  areas: readonly AreaView[];
  countyColors: Readonly<Record<string, string>>;
  showChoropleth: boolean;
  greenParks: readonly GreenParkDatum[] | null;
  bubbles: readonly BubbleItem[] | null;
  /** Compared areas → their colours: a compared park's ring and county's border take its colour. */
  compared: ReadonlyMap<string, string>;
}

export interface PicCircle {
  x: number;
  y: number;
  r: number;
  fill: string;
  stroke: string;
  strokePx: number;
}

export interface PicText {
  x: number;
  y: number;
  text: string;
  /** Bold (a park's name and count) or plain (a county's name, a park's pinyin). */
  bold: boolean;
  /** Its own size, px, where it is not the labels' (a park's pinyin in English, drawn over the symbols with its name). */
  px?: number;
}

export interface DetailPicture {
  /** Side of the square the shapes are laid out in, px (the painter scales it to the box it is given). */
  side: number;
  labelPx: number;
  title: string;
  counties: { code: string; rings: [number, number][][]; fill: string; outline: string | null }[];
  circles: PicCircle[];
  texts: PicText[];
  /** Parks with a count outside the frame, listed under it at the same scale. */
  outsideTitle: string;
  /** `pinyin`: the name's, in English, set on a line of its own under the label (a long one would leave the column). */
  outside: { r: number; fill: string; label: string; pinyin?: string }[];
  /** The park circles' size key (area ∝ count): its title and circles. */
  keyTitle: string;
  key: { value: number; r: number }[];
}

/**
 * The detail view of `src` laid out in a square of `side` px, bubbles at the size they have on a main map drawn at
 * `mainZoom` (so the picture's one bubble key reads both maps).
 */
export function detailPicture(src: DetailSource, side: number, mainZoom: number, t: Translate, pinyin: (name: string) => string = () => ''): DetailPicture {
  const parkLabel = (name: string, n: number) => t('detail.parkLabel', { name, n });
  const layout = detailLayout({
    geo: src.geo,
    areas: src.areas,
    greenParks: src.greenParks,
    bubbles: src.bubbles,
    mainZoom,
    side,
    parkLabel,
    parkPinyin: pinyin,
  });
  const { fit } = layout;
  const local = (x: number, y: number): [number, number] => [x - fit.x0, y - fit.y0];
  const neutral = '#f4f2ec';

  const counties = src.geo.counties.features.map((f) => {
    const g = f.geometry;
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    const code = f.properties.code;
    return {
      code,
      rings: polys.flat().map((ring) => ring.map((p) => local(...mercatorPx(p, fit.zoom)))),
      fill: src.showChoropleth ? (src.countyColors[code] ?? neutral) : neutral,
      outline: src.compared.get(code) ?? null,
    };
  });

  // Painted in the screen's order: bubbles, green parks, then parks with their names on top.
  const circles: PicCircle[] = [];
  const texts: PicText[] = [];
  for (const p of layout.placed) {
    const [x, y] = local(p.x, p.y);
    if (p.layer === 'labels') texts.push({ x, y: y + 4, text: (p.object as AreaView).name, bold: false });
    else if (p.layer === 'bubbles') circles.push({ x, y, r: p.radiusPx, fill: 'rgba(217,95,2,0.47)', stroke: '#782d00', strokePx: 1 });
  }
  for (const p of layout.placed) {
    if (p.layer !== 'green-parks') continue;
    const [x, y] = local(p.x, p.y);
    const s = (p.object as GreenParkDatum).symbol;
    circles.push({ x, y, r: s.radiusPx, fill: s.filled ? s.color : '#ffffff', stroke: s.filled ? '#ffffff' : s.color, strokePx: s.strokePx });
  }
  for (const p of layout.placed) {
    if (p.layer !== 'park-units') continue;
    const a = p.object as AreaView;
    const [x, y] = local(p.x, p.y);
    const r = p.radiusPx - 1;
    circles.push({ x, y, r, fill: src.showChoropleth ? a.color : '#ffffff', stroke: src.compared.get(a.id) ?? '#e6550d', strokePx: 2 });
    const box = p.parts.find((q) => q.kind === 'box') ?? { dx: 0, dy: r + 2 + PARK_LABEL_PX / 2 };
    // The label's rows as the screen draws them: name and count, and in English the pinyin under them.
    const [head, romanised] = p.rows ?? [];
    texts.push({ x: x + box.dx, y: y + box.dy + (head?.dy ?? 0) + PARK_LABEL_PX * 0.36, text: parkLabel(a.name, a.count ?? 0), bold: true });
    if (romanised)
      texts.push({ x: x + box.dx, y: y + box.dy + romanised.dy + romanised.sizePx * 0.36, text: romanised.text, bold: false, px: romanised.sizePx });
  }

  return {
    side,
    labelPx: PARK_LABEL_PX,
    title: t('detail.title'),
    counties,
    circles,
    texts,
    outsideTitle: t('detail.outside'),
    outside: layout.outside.map((p) => ({
      r: p.radiusPx - 1,
      fill: src.showChoropleth ? p.object.color : '#ffffff',
      label: parkLabel(p.object.name, p.object.count ?? 0),
      ...(pinyin(p.object.name) ? { pinyin: pinyin(p.object.name) } : {}),
    })),
    keyTitle: t('detail.parkKey'),
    key: parkKey(layout.maxCount).map((value) => ({ value, r: parkRadius(value, layout.maxCount, layout.maxR) })),
  };
}

/**
 * The inset as one line of the PNG's `Keys` text: its title, its size key and every park it names (inside the frame,
 * then outside it), so a reader of the file's metadata finds what the inset shows.
 */
export function detailKeyLine(p: DetailPicture): string {
  const parks = [...p.texts.filter((x) => x.bold).map((x) => x.text), ...p.outside.map((o) => o.label)];
  // With parks folded into their counties (园区并入区县) the inset has no park circles, and so no size key.
  const key = p.key.length ? [`${p.keyTitle}: ${p.key.map((k) => k.value).join(' / ')}`] : [];
  return [p.title, ...key, ...parks].join(' | ');
}
