// The map as a picture for the PNG export and the printout, drawn at the picture's own size and resolution (not a
// screen grab scaled up: a 2× export has twice the detail) and framed on what the person sees now — the map minus
// the panels over it — so a drawer that was open does not push Mianyang to one side of the slide.
import type { Map as MlMap } from 'maplibre-gl';
import type { MapboxOverlay } from '@deck.gl/mapbox';
import type { Msg } from '../lib/i18n/index.ts';

export interface CaptureSize {
  /** CSS pixels. */
  width: number;
  height: number;
  /** Device pixels per CSS pixel: the returned canvas is width·scale × height·scale. */
  scale: number;
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

/** The longest a capture may take before the map is put back and the export fails with a message. */
export const CAPTURE_DEADLINE_MS = 20_000;

const frame = () => new Promise<void>((ok) => requestAnimationFrame(() => ok()));

/**
 * Mutates the map for the capture — its container's size, its pixel ratio and its camera — and puts all three back
 * before it resolves or rejects, also when it fails or runs out of time. The map is never re-created (it must live
 * for the page's life; see MapView). Callers must not run two at once (MapView queues them): the second would
 * record the first one's temporary state as the state to restore.
 */
export async function captureMap(m: MlMap, overlay: MapboxOverlay | null, size: CaptureSize, deadlineMs = CAPTURE_DEADLINE_MS): Promise<HTMLCanvasElement> {
  const deadline = failAfter(m, deadlineMs);
  try {
    // A camera still easing (the drawer just opened, a search) would be recorded half-way and restored there.
    if (m.isMoving()) await Promise.race([new Promise<void>((ok) => m.once('moveend', () => ok())), deadline.promise]);
    const container = m.getContainer();
    const pad = m.getPadding();
    const w = container.clientWidth;
    const h = container.clientHeight;
    const nw = m.unproject([pad.left ?? 0, pad.top ?? 0]);
    const se = m.unproject([w - (pad.right ?? 0), h - (pad.bottom ?? 0)]);
    const saved = { style: container.style.cssText, center: m.getCenter(), zoom: m.getZoom(), padding: pad };
    try {
      Object.assign(container.style, { width: `${size.width}px`, height: `${size.height}px`, right: 'auto', bottom: 'auto' });
      m.setPixelRatio(size.scale);
      overlay?.setProps({ useDevicePixels: size.scale });
      m.resize();
      // setPadding, not fitBounds' absolutePadding: with duration 0 the latter left the old padding in place (6.17).
      m.setPadding({ top: 0, right: 0, bottom: 0, left: 0 });
      m.fitBounds(
        [
          [nw.lng, se.lat],
          [se.lng, nw.lat],
        ],
        { padding: 0, duration: 0 },
      );
      return await Promise.race([drawn(m, container, overlay, size), deadline.promise]);
    } finally {
      // Through the CSSOM: setAttribute('style') is an inline style the Content-Security-Policy blocks.
      container.style.cssText = saved.style;
      // null: follow devicePixelRatio again (browser zoom, another monitor), as before the capture; a number would
      // pin it. The typings say number, the documentation says "set this to null to disable the override".
      m.setPixelRatio(null as unknown as number);
      overlay?.setProps({ useDevicePixels: true });
      m.resize();
      m.jumpTo({ center: saved.center, zoom: saved.zoom, padding: saved.padding });
    }
  } finally {
    deadline.cancel();
  }
}

/** Waits until maplibre and deck.gl have both drawn the new size, then grabs them. */
async function drawn(m: MlMap, container: HTMLElement, overlay: MapboxOverlay | null, size: CaptureSize): Promise<HTMLCanvasElement> {
  await new Promise<void>((ok) => m.once('idle', () => ok()));
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
  return grab(m, container);
}

/** A promise that rejects after `ms`, or at once when the WebGL context is lost (nothing would be drawn again). */
function failAfter(m: MlMap, ms: number): { promise: Promise<never>; cancel: () => void } {
  let fail: (e: Error) => void = () => undefined;
  const promise = new Promise<never>((_, no) => (fail = no));
  // Callers race it; a rejection nobody awaits any more must not surface as an unhandled one.
  promise.catch(() => undefined);
  const t = setTimeout(() => fail(new CaptureFailed({ key: 'map.err.captureTimeout', params: { s: ms / 1000 } })), ms);
  const lost = () => fail(new CaptureFailed({ key: 'map.err.contextLost' }));
  m.once('webglcontextlost', lost);
  return {
    promise,
    cancel: () => {
      clearTimeout(t);
      m.off('webglcontextlost', lost);
    },
  };
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
