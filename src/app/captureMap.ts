// The map as a picture for the PNG export and the printout, drawn at the picture's own size and resolution (not a
// screen grab scaled up: a 2× export has twice the detail) and framed on what the person sees now — the map minus
// the panels over it — so a drawer that was open does not push Mianyang to one side of the slide.
//
// It is drawn by a second, hidden map (made by the first capture, kept for the next): the live map is never resized
// or moved, so an audience watching the screen sees nothing change while a slide is exported (resizing the live map
// blanked it for 1.6–8 s in software WebGL). The hidden map takes the live map's style as it is now (getStyle carries
// the colours set by setPaintProperty) and a copy of deck.gl's layers.
import { Map as MlMap } from 'maplibre-gl';
import type { Layer } from '@deck.gl/core';
import type { MapboxOverlay } from '@deck.gl/mapbox';
import type { Msg } from '../lib/i18n/index.ts';
import type { Box } from '../lib/story/calloutPlace.ts';
import { drawnLabelBoxes } from '../lib/story/calloutAvoid.ts';
import { FONT_STACK } from '../lib/view/fontStack.ts';
import type { LabelDatum } from './labelRowsLayer.ts';

export interface CaptureSize {
  /** CSS pixels. */
  width: number;
  height: number;
  /** Device pixels per CSS pixel: the returned canvas is width·scale × height·scale. */
  scale: number;
  /**
   * Map labels are drawn at least this many times their screen size (a slide is read from the back of a room; the
   * printout keeps the screen size). @default 1
   */
  labelScale?: number;
  /** Places (lng, lat) to be located in the picture: callouts and their leader lines are drawn over it. */
  project?: readonly (readonly [number, number])[];
}

/** A capture: the picture and what an export needs to draw keys and callouts over it. */
export interface MapPicture {
  canvas: HTMLCanvasElement;
  /** The picture's zoom (the bubble-size key is drawn at the picture's scale, not the screen's). */
  zoom: number;
  /** Ids of the deck.gl layers drawn with something in them ('bubbles', 'green-parks', 'park-units', 'labels'). */
  layers: string[];
  /** CaptureSize.project, in the picture's CSS pixels. */
  points: [number, number][];
  /**
   * How many times larger than on screen the county labels are drawn (labelScale over the screen's own scale): a
   * label's placed box grows by this much in the picture.
   */
  labelGrowth: number;
  /**
   * Each row of every map label where the picture draws it (its label's key — `label:<county code>` — and its box in
   * the picture's CSS pixels, as wide as its text measures at the drawn size): what callouts keep clear of.
   */
  labels: { key: string; box: Box }[];
}

/** The capture did not finish in time (the map never finished drawing, or its WebGL context was lost). */
export class CaptureFailed extends Error {
  constructor(readonly reason: Msg) {
    super(reason.key);
    this.name = 'CaptureFailed';
  }
}

/** What an export or print button says when a capture fails, in the UI language (a Msg) or as the error's text. */
export function captureError(e: unknown): Msg | string {
  return e instanceof CaptureFailed ? e.reason : e instanceof Error ? e.message : String(e);
}

/** The longest a capture may take before the export fails with a message. */
export const CAPTURE_DEADLINE_MS = 20_000;
/** The longest the first capture may take to make the hidden map, before its drawing starts. */
export const CREATE_DEADLINE_MS = 120_000;

const frame = () => new Promise<void>((ok) => requestAnimationFrame(() => ok()));

/** The hidden map and its overlay, made by the first capture and kept for the next ones (see captureMap). */
interface Stage {
  map: MlMap;
  host: HTMLDivElement;
  overlay: MapboxOverlay | null;
  lost: boolean;
  /** Whose capture fails when the hidden map's WebGL context is lost (the one under way). */
  onLost: (e: Error) => void;
  /** Nothing drawn yet: its first drawing compiles deck.gl's shaders too, and has the making's budget. */
  fresh: boolean;
}
const stages = new WeakMap<MlMap, Stage>();

/**
 * Draws what `m` shows inside its padding (the part not under a panel) into a new canvas of `size`. Reads the live
 * map and overlay; changes neither. Callers must not run two at once (MapView queues them): they share one hidden
 * map. That map is made by the first capture and kept, as the live one is (a map re-created per capture paid its
 * style, worker and shaders again: a deck of six slides took six times as long), unless its WebGL context is lost.
 */
export async function captureMap(m: MlMap, overlay: MapboxOverlay | null, size: CaptureSize, deadlineMs = CAPTURE_DEADLINE_MS): Promise<MapPicture> {
  // Framed on what the person sees: the live map's visible box, less its padding (the panels over it).
  const live = m.getContainer();
  const pad = m.getPadding();
  const nw = m.unproject([pad.left ?? 0, pad.top ?? 0]);
  const se = m.unproject([live.clientWidth - (pad.right ?? 0), live.clientHeight - (pad.bottom ?? 0)]);
  const bounds: [[number, number], [number, number]] = [
    [nw.lng, se.lat],
    [se.lng, nw.lat],
  ];
  const layers = overlay ? deckLayers(overlay, size.labelScale ?? 1) : [];
  // Making the hidden map (its style, worker and shaders; the first capture only) took up to a minute in software
  // WebGL on two busy cores: it has a budget of its own, and the deadline counts the drawing alone.
  const making = failAfter(CREATE_DEADLINE_MS);
  let stage: Stage;
  try {
    stage = await Promise.race([stageFor(m, size, bounds, making.fail), making.promise]);
  } finally {
    making.cancel();
  }
  const deadline = failAfter(stage.fresh ? CREATE_DEADLINE_MS : deadlineMs);
  stage.onLost = deadline.fail;
  stage.fresh = false;
  try {
    const h = stage.map;
    if (layers.length && !stage.overlay) {
      const { MapboxOverlay } = await import('./deckOverlay.ts');
      stage.overlay = new MapboxOverlay({ interleaved: false, layers: [], useDevicePixels: size.scale });
      h.addControl(stage.overlay);
    }
    stage.overlay?.setProps({ layers, useDevicePixels: size.scale });
    const canvas = await Promise.race([drawn(h, stage.host, stage.overlay, size), deadline.promise]);
    return {
      canvas,
      zoom: h.getZoom(),
      layers: layers.filter((l) => Array.isArray(l.props.data) && l.props.data.length > 0).map((l) => l.id),
      points: (size.project ?? []).map((p) => {
        const q = h.project([p[0], p[1]]);
        return [q.x, q.y];
      }),
      labelGrowth: labelGrowth(overlay, size.labelScale ?? 1),
      labels: drawnLabels(layers, (p) => {
        const q = h.project([p[0], p[1]]);
        return [q.x, q.y];
      }),
    };
  } finally {
    deadline.cancel();
  }
}

/** The hidden map at the picture's size and pixel ratio, with the live map's style now, framed on `bounds`. */
async function stageFor(m: MlMap, size: CaptureSize, bounds: [[number, number], [number, number]], fail: (e: Error) => void): Promise<Stage> {
  let stage = stages.get(m);
  if (stage?.lost) {
    stage.map.remove();
    stage.host.remove();
    stage = undefined;
  }
  const sized = (host: HTMLElement) =>
    // Laid out (maplibre and deck.gl read its size) but off the screen. Through the CSSOM: a style attribute is an
    // inline style the Content-Security-Policy blocks.
    Object.assign(host.style, { position: 'fixed', left: '-100000px', top: '0', width: `${size.width}px`, height: `${size.height}px`, pointerEvents: 'none' });
  if (!stage) {
    const host = document.createElement('div');
    host.setAttribute('aria-hidden', 'true');
    sized(host);
    document.body.append(host);
    const map = new MlMap({
      container: host,
      style: m.getStyle(),
      bounds,
      fitBoundsOptions: { padding: 0 },
      pixelRatio: size.scale,
      interactive: false,
      attributionControl: false,
      fadeDuration: 0,
      // The picture is read after the last frame, outside maplibre's render event.
      canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true },
    });
    const created: Stage = { map, host, overlay: null, lost: false, onLost: fail, fresh: true };
    map.on('webglcontextlost', () => {
      created.lost = true;
      created.onLost(new CaptureFailed({ key: 'map.err.contextLost' }));
    });
    stages.set(m, created);
    await new Promise<void>((ok) => map.once('load', () => ok()));
    return created;
  }
  sized(stage.host);
  stage.map.setPixelRatio(size.scale);
  stage.map.resize();
  // diff: only what changed since the last capture (the colours, a layer's visibility) is applied.
  stage.map.setStyle(m.getStyle(), { diff: true });
  stage.map.fitBounds(bounds, { padding: 0, duration: 0 });
  return stage;
}

/**
 * deck.gl's layers as the live overlay has them now, copied (a layer belongs to one deck), with the labels' sizeScale
 * raised to at least `labelScale`. MapboxOverlay keeps its props private (`_props`, deck.gl 9.4): if a release renames
 * it, the capture fails with this message rather than print a map without its labels, parks and bubbles.
 */
function deckLayers(overlay: MapboxOverlay, labelScale: number): Layer[] {
  const layers = (overlay as unknown as { _props?: { layers?: Layer[] } })._props?.layers;
  if (!Array.isArray(layers)) throw new Error('deck.gl layers not found (MapboxOverlay._props.layers)');
  return layers.map((l) => {
    const s = (l.props as { sizeScale?: unknown }).sizeScale;
    return typeof s === 'number' ? l.clone({ sizeScale: Math.max(s, labelScale) } as never) : l.clone({});
  });
}

/** How much deckLayers grows the county labels: the 'labels' layer's sizeScale raised to `labelScale`, over its own. */
function labelGrowth(overlay: MapboxOverlay | null, labelScale: number): number {
  const layers = (overlay as unknown as { _props?: { layers?: Layer[] } } | null)?._props?.layers ?? [];
  const s = (layers.find((l) => l.id === 'labels')?.props as { sizeScale?: unknown } | undefined)?.sizeScale;
  return typeof s === 'number' && s > 0 ? Math.max(s, labelScale) / s : 1;
}

/** The label layers' ids (deckLayers.ts: dark text with a white halo, and white text on the dark classes). */
const LABEL_LAYERS = new Set(['labels', 'labels-on-dark']);
let measureCtx: CanvasRenderingContext2D | null = null;

/** Every label row of `layers` (the copies the hidden map drew), located by `project` and measured at its drawn size. */
function drawnLabels(layers: readonly Layer[], project: (p: readonly [number, number]) => [number, number]): { key: string; box: Box }[] {
  measureCtx ??= document.createElement('canvas').getContext('2d');
  const ctx = measureCtx;
  const measure = (text: string, px: number) => {
    if (!ctx) return [...text].length * px;
    // The labels' own font and weight (labelRowsLayer.ts): deck.gl's atlas measures its glyphs the same way.
    ctx.font = `600 ${px}px ${FONT_STACK}`;
    return ctx.measureText(text).width;
  };
  return layers
    .filter((l) => LABEL_LAYERS.has(l.id))
    .flatMap((l) => {
      const { data, sizeScale } = l.props as unknown as { data: readonly LabelDatum[]; sizeScale: number };
      const rows = data.map((d) => ({ key: d.p.key, at: project(d.p.position), text: d.row.text, sizePx: d.row.sizePx, dy: d.row.dy }));
      return drawnLabelBoxes(rows, sizeScale, measure);
    });
}

/** Waits until maplibre and deck.gl have both drawn the hidden map at its size, then composes them. */
async function drawn(m: MlMap, host: HTMLElement, overlay: MapboxOverlay | null, size: CaptureSize): Promise<HTMLCanvasElement> {
  // Something changed (size, style, camera): wait for the frame that has drawn all of it.
  await new Promise<void>((ok) => {
    m.once('idle', () => ok());
    m.triggerRepaint();
  });
  const want = [Math.round(size.width * size.scale), Math.round(size.height * size.scale)];
  const deckCanvas = () => [...host.querySelectorAll('canvas')].find((c) => c !== m.getCanvas());
  if (overlay) {
    // deck.gl sizes its canvas from a ResizeObserver and draws in its own animation loop: wait for the size, then
    // until it has nothing left to draw.
    for (let i = 0; i < 600; i++) {
      const c = deckCanvas();
      if (c && c.width === want[0] && c.height === want[1] && deckDrawn(overlay)) break;
      await frame();
    }
  }
  await frame();
  const base = m.getCanvas();
  const out = document.createElement('canvas');
  out.width = base.width;
  out.height = base.height;
  const g = out.getContext('2d')!;
  for (const cv of host.querySelectorAll('canvas')) g.drawImage(cv, 0, 0, out.width, out.height);
  return out;
}

/** The part of deck.gl's Deck that says whether it has drawn everything (private in deck.gl 9.4; see MapView). */
interface DeckInside {
  isInitialized: boolean;
  needsRedraw(opts: { clearRedrawFlags: boolean }): string | false;
  layerManager: { needsUpdate(): string | false; getLayers(): { isLoaded: boolean }[] } | null;
}

function deckDrawn(overlay: MapboxOverlay): boolean {
  const d = (overlay as unknown as { _deck?: DeckInside })._deck;
  const layers = d?.layerManager;
  if (!d?.isInitialized || !layers) return false;
  return !d.needsRedraw({ clearRedrawFlags: false }) && !layers.needsUpdate() && layers.getLayers().every((l) => l.isLoaded);
}

/** A promise that rejects after `ms` (or when `fail` is called: the hidden map lost its WebGL context). */
function failAfter(ms: number): { promise: Promise<never>; fail: (e: Error) => void; cancel: () => void } {
  let fail: (e: Error) => void = () => undefined;
  const promise = new Promise<never>((_, no) => (fail = no));
  // Callers race it; a rejection nobody awaits any more must not surface as an unhandled one.
  promise.catch(() => undefined);
  const t = setTimeout(() => fail(new CaptureFailed({ key: 'map.err.captureTimeout', params: { s: ms / 1000 } })), ms);
  return { promise, fail: (e) => fail(e), cancel: () => clearTimeout(t) };
}
