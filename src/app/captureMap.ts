// The map as a picture for the PNG export and the printout, drawn at the picture's own size and resolution (not a
// screen grab scaled up: a 2× export has twice the detail) and framed on what the person sees now — the map minus
// the panels over it — so a drawer that was open does not push Mianyang to one side of the slide.
import type { Map as MlMap } from 'maplibre-gl';
import type { MapboxOverlay } from '@deck.gl/mapbox';

export interface CaptureSize {
  /** CSS pixels. */
  width: number;
  height: number;
  /** Device pixels per CSS pixel: the returned canvas is width·scale × height·scale. */
  scale: number;
}

const frame = () => new Promise<void>((ok) => requestAnimationFrame(() => ok()));

/**
 * Mutates the map for the capture — its container's size, its pixel ratio and its camera — and puts all three back
 * before it resolves or rejects. The map is never re-created (it must live for the page's life; see MapView).
 */
export async function captureMap(m: MlMap, overlay: MapboxOverlay | null, size: CaptureSize): Promise<HTMLCanvasElement> {
  const container = m.getContainer();
  const pad = m.getPadding();
  const w = container.clientWidth;
  const h = container.clientHeight;
  const nw = m.unproject([pad.left ?? 0, pad.top ?? 0]);
  const se = m.unproject([w - (pad.right ?? 0), h - (pad.bottom ?? 0)]);
  const saved = { style: container.getAttribute('style'), ratio: m.getPixelRatio(), center: m.getCenter(), zoom: m.getZoom(), padding: pad };
  try {
    Object.assign(container.style, { width: `${size.width}px`, height: `${size.height}px`, right: 'auto', bottom: 'auto' });
    m.setPixelRatio(size.scale);
    overlay?.setProps({ useDevicePixels: size.scale });
    m.resize();
    // setPadding, not fitBounds' absolutePadding: with duration 0 the latter left the old padding in place (6.17).
    m.setPadding({ top: 0, right: 0, bottom: 0, left: 0 });
    m.fitBounds([[nw.lng, se.lat], [se.lng, nw.lat]], { padding: 0, duration: 0 });
    await idle(m);
    // deck.gl resizes its canvas from a ResizeObserver and draws in its own animation loop: wait until it has the
    // new size, then a few frames for it to draw the new camera into it.
    const want = [Math.round(size.width * size.scale), Math.round(size.height * size.scale)];
    const deckCanvas = () => [...container.querySelectorAll('canvas')].find((c) => c !== m.getCanvas());
    for (let i = 0; i < 120 && overlay; i++) {
      const c = deckCanvas();
      if (c && c.width === want[0] && c.height === want[1]) break;
      await frame();
    }
    for (let i = 0; i < 3; i++) await frame();
    return await grab(m, container);
  } finally {
    if (saved.style === null) container.removeAttribute('style');
    else container.setAttribute('style', saved.style);
    m.setPixelRatio(saved.ratio);
    overlay?.setProps({ useDevicePixels: true });
    m.resize();
    m.jumpTo({ center: saved.center, zoom: saved.zoom, padding: saved.padding });
  }
}

/** Resolves when the map has drawn everything; rejects rather than leave an export button busy forever. */
function idle(m: MlMap, ms = 15_000): Promise<void> {
  return new Promise((ok, fail) => {
    const t = setTimeout(() => fail(new Error(`the map did not finish drawing at the export size within ${ms / 1000} s`)), ms);
    m.once('idle', () => {
      clearTimeout(t);
      ok();
    });
  });
}

/**
 * Both canvases into one, inside a render event while maplibre's drawing buffer is still valid (no
 * preserveDrawingBuffer, which would cost every frame); deck.gl's canvas preserves its buffer by default.
 */
function grab(m: MlMap, container: HTMLElement): Promise<HTMLCanvasElement> {
  return new Promise((ok) => {
    m.once('render', () => {
      const base = m.getCanvas();
      const out = document.createElement('canvas');
      out.width = base.width;
      out.height = base.height;
      const g = out.getContext('2d')!;
      for (const cv of container.querySelectorAll('canvas')) g.drawImage(cv, 0, 0, out.width, out.height);
      ok(out);
    });
    m.triggerRepaint();
  });
}
