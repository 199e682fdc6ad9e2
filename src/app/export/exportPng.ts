// PNG export at presentation resolution: the map (drawn offscreen at the picture's size, captureMap.ts) with a title,
// the key of every layer it shows, the counting rule, the data source line and the date drawn beside it — so a
// slide needs no editing.
import type { MapModel } from '../state/model.svelte.ts';
import type { MapBridge } from '../state/mapBridge.svelte.ts';
import type { LayerToggles } from '../state/view.svelte.ts';
import { i18n } from '../state/i18n.svelte.ts';
import { saveBlob } from './downloadCsv.ts';
import { fileStem, fileSubject } from '../../lib/present/fileName.ts';
import { exportText, wrapText, type ExportText } from '../../lib/present/exportText.ts';
import { exportKeys, type KeySection } from '../../lib/present/exportKeys.ts';
import { FONT_STACK } from '../../lib/view/fontStack.ts';
import { withPngText } from '../../lib/present/pngText.ts';
import { drawKeys, type KeyBox } from './drawKeys.ts';
import { detailShown } from '../state/detail.svelte.ts';
import { DETAIL_LAYOUT_SIDE, detailKeyLine, detailPicture } from './detailPicture.ts';
import { drawDetail, fitDetail } from './drawDetail.ts';
import { greenParkNames } from '../../lib/story/parkNames.ts';
import { drawCallouts, type ResolvedCallout } from './drawCallouts.ts';
import type { Box, PlacedCallout } from '../../lib/story/calloutPlace.ts';
import { AVOIDED_LAYERS, ownLabel, symbolBoxes } from '../../lib/story/calloutAvoid.ts';

export interface ExportOptions {
  width: number;
  height: number;
  /** Device pixels per CSS pixel: 2 doubles the resolution (3840×2160 for 1920×1080). */
  scale: number;
  /** Which layers are switched on (the choropleth's classes are keyed only when it is drawn). */
  layers: Pick<LayerToggles, 'choropleth'>;
  /** The slide's title instead of the view's (a story step's, in the UI language). */
  title?: string;
  /** A line or three under the title (a story step's caption). */
  caption?: string;
  /** A story step's callouts: short texts pinned to places ([lng, lat]), drawn with leader lines over the map. */
  callouts?: readonly ResolvedCallout[];
}

/** Where the slide's parts were drawn, in CSS pixels of the picture (tests read the keys' pixels from these). */
export interface PngLayout {
  map: KeyBox;
  keys: Record<string, KeyBox[]>;
  /** The detail view's square map, when the view has one. */
  detail: KeyBox | null;
  /** Each callout's box and leader line, in CSS pixels of the picture. */
  callouts: PlacedCallout[];
  /** Each map label row where the picture drew it (the capture's boxes), in CSS pixels of the picture. */
  labels: { key: string; box: Box }[];
}

/**
 * Map labels in the picture at least 18 px: the smallest label on the map is an 11 px park count (deckLayers.ts), and
 * a slide is read from across a room.
 */
const LABEL_SCALE = 18 / 11;
/** The detail view's names at 18 px too: its 12 px layout drawn 1.5× (smaller only where the column is short). */
const DETAIL_SCALE = 1.5;
const DETAIL_GAP = 24;

/** The export's words in the UI language (src/lib/present/exportText.ts). */
function composeText(model: MapModel, date = new Date().toISOString().slice(0, 10)): ExportText {
  return exportText(
    { title: model.title, rule: model.rule, asOf: model.asOf, lists: model.lists, classification: model.areas?.classification ?? null, date },
    i18n.t,
  );
}

/** What the bubbles are, under their size key (the side legend's line). */
function bubbleNote(model: MapModel): string {
  const b = model.bubbles;
  if (!b) return '';
  const head = b.perPlace
    ? i18n.t('map.legend.perPlace', { n: b.perPlace.projects, m: b.bubbles.length, max: b.perPlace.max })
    : i18n.t('map.legend.projects', { n: b.bubbles.length });
  return (
    head + (b.noAmount ? i18n.t('map.legend.noAmount', { n: b.noAmount }) : '') + (b.unplaced ? i18n.t('map.legend.bubblesUnplaced', { n: b.unplaced }) : '')
  );
}

export async function renderPng(model: MapModel, bridge: MapBridge, opts: ExportOptions): Promise<{ blob: Blob; layout: PngLayout }> {
  if (!bridge.capture) throw new Error(i18n.t('map.err.notReady'));
  const text = composeText(model);
  const title = opts.title ?? text.title;
  const side = 460;
  const pad = 32;
  const c = document.createElement('canvas');
  c.width = opts.width * opts.scale;
  c.height = opts.height * opts.scale;
  const g = c.getContext('2d')!;
  g.scale(opts.scale, opts.scale);
  // A long title (a story step's English one) shrinks to one line, down to 28 px, and only then wraps.
  let titlePx = 40;
  for (; titlePx > 28; titlePx -= 2) {
    g.font = `700 ${titlePx}px ${FONT_STACK}`;
    if (g.measureText(title).width <= opts.width - pad * 2) break;
  }
  g.font = `700 ${titlePx}px ${FONT_STACK}`;
  const titleLines = wrapText(title, opts.width - pad * 2, (s) => g.measureText(s).width).slice(0, 2);
  const titleBottom = pad + titleLines.length * Math.round(titlePx * 1.25);
  g.font = `22px ${FONT_STACK}`;
  const captionLines = opts.caption ? wrapText(opts.caption, opts.width - pad * 2, (s) => g.measureText(s).width).slice(0, 3) : [];
  const top = titleBottom + captionLines.length * 30 + 12;
  g.font = `18px ${FONT_STACK}`;
  const footLines = wrapText(text.foot, opts.width - pad * 2, (s) => g.measureText(s).width);
  const footTop = opts.height - pad - footLines.length * 24 - 8;
  // The map's area: left of the legend column, between the title and the source line.
  const map = { x: pad, y: top, width: opts.width - side - pad * 2, height: footTop - top - 8 };
  // The detail view of the main urban area, when the screen shows one: a column right of the map, at its foot (the
  // main map's frame says "detail at lower right"). Its height does not depend on the zoom: it is measured first.
  const detailSrc = detailShown.current;
  const detailK = detailSrc ? fitDetail(g, detailPicture(detailSrc, DETAIL_LAYOUT_SIDE, bridge.zoom, i18n.t, i18n.pinyin), map.height, DETAIL_SCALE, 0.8) : 0;
  if (detailSrc) map.width -= DETAIL_LAYOUT_SIDE * detailK + DETAIL_GAP;
  // Drawn at the export's own size and scale (captureMap.ts), so it fills the area at full resolution.
  // The callouts' places, and the circles they keep clear of where the live map placed them (the picture draws the
  // same placed layers), located in the picture; the labels are kept clear of where the picture itself drew them.
  const callouts = opts.callouts ?? [];
  const symbols = callouts.length ? bridge.symbols.filter((s) => AVOIDED_LAYERS.has(s.layer) && s.layer !== 'labels') : [];
  const project = [...callouts.map((c) => c.at), ...symbols.map((s) => s.position)];
  const shot = await bridge.capture({ width: map.width, height: map.height, scale: opts.scale, labelScale: LABEL_SCALE, project });
  const labels = shot.labels.map((l) => ({ key: l.key, box: { ...l.box, x: l.box.x + map.x, y: l.box.y + map.y } }));

  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, opts.width, opts.height);
  g.drawImage(shot.canvas, map.x, map.y, map.width, map.height);
  let placedCallouts: PlacedCallout[] = [];
  if (callouts.length) {
    const at = shot.points.map(([x, y]): [number, number] => [map.x + x, map.y + y]);
    // Each symbol's centre as the picture's projection put it (after the callouts' places).
    const circles = symbolBoxes(symbols, (_, i) => at[callouts.length + i]!, shot.labelGrowth);
    placedCallouts = drawCallouts(
      g,
      callouts.map((c) => c.text),
      at.slice(0, callouts.length),
      [...labels.map((l) => l.box), ...circles],
      map,
      callouts.map((c) => ownLabel(labels, c.id)),
    );
  }
  g.fillStyle = '#1d2428';
  g.font = `700 ${titlePx}px ${FONT_STACK}`;
  titleLines.forEach((line, i) => g.fillText(line, pad, pad + titlePx + i * Math.round(titlePx * 1.25)));
  g.font = `22px ${FONT_STACK}`;
  g.fillStyle = '#3a4449';
  captionLines.forEach((line, i) => g.fillText(line, pad, titleBottom + 24 + i * 30));

  const drawn = new Set(shot.layers);
  if (opts.layers.choropleth) drawn.add('classes');
  const sections: KeySection[] = exportKeys(
    {
      drawn,
      classes: text.rows,
      classTitle: text.legendTitle,
      greenParks: model.greenParks && { ...model.greenParks, names: greenParkNames(model.greenParks.data, i18n.t) },
      bubbles: model.bubbles ? { legend: model.bubbles.legend, note: bubbleNote(model) } : null,
      parkUnits: { note: i18n.t('map.legend.parkUnits') },
      // The picture's own scale: its zoom was fitted to the map area, not the screen's.
      zoom: shot.zoom,
      lat: model.centreLat,
      lang: i18n.lang,
    },
    i18n.t,
  );
  const keys = drawKeys(g, sections, text.rule, { x: opts.width - side, y: top, width: side - pad, height: footTop - top - 8 });
  // Bubbles in the inset at the picture's scale, so the one bubble key reads both maps.
  const detail = detailSrc ? detailPicture(detailSrc, DETAIL_LAYOUT_SIDE, shot.zoom, i18n.t, i18n.pinyin) : null;
  let detailFrame: KeyBox | null = null;
  if (detail) {
    const x = map.x + map.width + DETAIL_GAP;
    const h = drawDetail(g, detail, x, 0, detailK, false).height;
    detailFrame = drawDetail(g, detail, x, map.y + map.height - h, detailK, true).frame;
  }

  g.font = `18px ${FONT_STACK}`;
  g.fillStyle = '#3a4449';
  footLines.forEach((line, i) => g.fillText(line, pad, footTop + 24 * (i + 1)));
  const png = await new Promise<Blob>((ok, fail) => c.toBlob((b) => (b ? ok(b) : fail(new Error(i18n.t('map.err.pngEncode')))), 'image/png'));
  // The same words as metadata, so the file still says what it shows and where the numbers come from; Keys lists
  // the key of each layer drawn (its title and items), one per line.
  const bytes = withPngText(new Uint8Array(await png.arrayBuffer()), {
    Title: title,
    Description: text.description,
    Source: text.source,
    Keys: [
      ...sections.map((s) => [s.title, ...s.items.map((i) => i.text)].join(' | ')),
      ...(detail ? [detailKeyLine(detail)] : []),
      ...(callouts.length ? [[i18n.t('present.key.callouts'), ...callouts.map((c) => c.text)].join(' | ')] : []),
    ].join('\n'),
    'Creation Time': text.date,
  });
  return { blob: new Blob([bytes], { type: 'image/png' }), layout: { map, keys: keys.symbols, detail: detailFrame, callouts: placedCallouts, labels } };
}

/** `<list or plan>_<date>_<size>.png`: a folder of exports sorts by what they show, then when. */
export function pngFileName(model: MapModel, opts: Pick<ExportOptions, 'width' | 'height' | 'scale'>, date = new Date().toISOString().slice(0, 10)): string {
  return i18n.t('map.png.file', {
    title: fileStem(fileSubject(model.lists, i18n.t('controls.allLists'))),
    date,
    w: opts.width * opts.scale,
    h: opts.height * opts.scale,
  });
}

export async function downloadPng(model: MapModel, bridge: MapBridge, opts: ExportOptions): Promise<PngLayout> {
  const { blob, layout } = await renderPng(model, bridge, opts);
  saveBlob(blob, pngFileName(model, opts));
  return layout;
}
