// What the rest of the page needs from the map without touching maplibre: the panels covering it (camera framing),
// a capture of it at a picture's size (PNG export, print), the zoom the size key is drawn at, the tooltip, and when
// the first choropleth is on screen. MapView fills these in; nothing else writes them.
import { MapCovers } from '../mapCovers.svelte.ts';
import type { CaptureSize, MapPicture } from '../captureMap.ts';
import type { PlacedSymbol } from '../../lib/view/map/symbols.ts';
import { notices } from './notices.svelte.ts';

export interface Hover {
  x: number;
  y: number;
  lines: string[];
}

export class MapBridge {
  /** Panels over the map (drawer, story title/caption/legend): the camera frames Mianyang in what is left visible. */
  readonly covers = new MapCovers();
  /** Set by MapView: the map and its overlay drawn into one canvas at a given size (PNG export, print). */
  capture = $state.raw<((size: CaptureSize) => Promise<MapPicture>) | null>(null);
  /**
   * Set by MapView: the live map drawn now into a canvas, cut to the city and a margin (export/liveSnapshot.ts),
   * for a print from the browser's menu, which cannot wait for `capture`.
   */
  snapshot: (() => { canvas: HTMLCanvasElement; zoom: number }) | null = null;
  /** The map's zoom, which the bubble-size key depends on. */
  zoom = $state(7);
  /** Set by MapView: a [lng, lat] in px of the map's container, with the camera as it is at the moment of asking. */
  project = $state.raw<((lngLat: readonly [number, number]) => [number, number]) | null>(null);
  /**
   * Bumped by MapView on every camera move and resize: what is drawn over the map from `project` (the story's
   * callouts) reads it, so it is placed again as the map moves.
   */
  moved = $state(0);
  /** The main map's symbols where the placement put them and drew them (positions [lng, lat], parts in px). */
  symbols = $state.raw<readonly PlacedSymbol[]>([]);
  /** The tooltip under the pointer. */
  hover = $state.raw<Hover | null>(null);

  #firstMap: () => void = () => undefined;
  /**
   * Resolves once the first choropleth is on screen (MapView), or the map failed. Panels nobody needs in the first
   * second (import, table view) load after it, so their chunks are not parsed while maplibre builds its first frame.
   */
  readonly firstMap: Promise<void> = new Promise((ok) => (this.#firstMap = ok));
  firstMapDrawn(): void {
    this.#firstMap();
  }
}

export const mapBridge = new MapBridge();
// A map that failed draws nothing: the rest of the page must not wait for it.
notices.onFail(() => mapBridge.firstMapDrawn());
