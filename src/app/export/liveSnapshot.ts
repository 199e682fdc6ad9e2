// The live map as it is on screen, drawn into a 2D canvas at once (synchronously), cut to the city and a margin. For a print started from the browser's own menu (File → Print): its 'beforeprint' event cannot wait for the
// offscreen capture (captureMap.ts), and the live WebGL canvases print blank or cropped to the screen's shape.
import type { Map as MlMap } from 'maplibre-gl';
import type { MapboxOverlay } from '@deck.gl/mapbox';

/** What deck.gl's Deck offers to draw now (private in MapboxOverlay, deck.gl 9.4: `_deck`). */
interface DeckRedraw {
  redraw(reason?: string): void;
}

/** Space kept round the city in the picture, CSS px (MapView's FIT_MARGIN). */
const MARGIN = 30;

/**
 * The live map cut to `bounds` ([west, south, east, north]: Mianyang) and a margin round it, within the canvas. The
 * camera fits the city beside the panels, but may leave part of it under one (a narrow screen with the drawer
 * open): the canvas still has it, the panels are not in it.
 */
export function liveSnapshot(
  m: MlMap,
  overlay: MapboxOverlay | null,
  bounds: readonly [number, number, number, number],
): { canvas: HTMLCanvasElement; zoom: number } {
  // Both draw now, in this task: a WebGL canvas without preserveDrawingBuffer still holds this frame until the task
  // ends, so it can be copied before the page is composited again.
  m.redraw();
  (overlay as unknown as { _deck?: DeckRedraw } | null)?._deck?.redraw('print');
  const host = m.getContainer();
  const base = m.getCanvas();
  const k = base.width / Math.max(1, host.clientWidth);
  const nw = m.project([bounds[0], bounds[3]]);
  const se = m.project([bounds[2], bounds[1]]);
  const sx = Math.max(0, (nw.x - MARGIN) * k);
  const sy = Math.max(0, (nw.y - MARGIN) * k);
  const sw = Math.max(1, Math.min(base.width, (se.x + MARGIN) * k) - sx);
  const sh = Math.max(1, Math.min(base.height, (se.y + MARGIN) * k) - sy);
  const out = document.createElement('canvas');
  out.width = Math.round(sw);
  out.height = Math.round(sh);
  const g = out.getContext('2d')!;
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, out.width, out.height);
  // maplibre's canvas, then deck.gl's over it (overlaid mode: its own canvas in the same container).
  for (const c of host.querySelectorAll('canvas')) {
    const r = c.width / Math.max(1, c.clientWidth || host.clientWidth);
    g.drawImage(c, (sx / k) * r, (sy / k) * r, (sw / k) * r, (sh / k) * r, 0, 0, out.width, out.height);
  }
  return { canvas: out, zoom: m.getZoom() };
}
