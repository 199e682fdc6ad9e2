// Hover picking for the circles drawn over the map (green parks, investment bubbles, park units), on the CPU.
// deck.gl's own picking renders a picking pass and reads it back with a synchronous readPixels on every pointer
// move; under software WebGL (and on weak integrated GPUs) that stalled hover frames to ~150 ms at p95
// (npm run bench, browser.hover_frame_ms). A few dozen circles are cheaper to test by distance.
import { metersPerPixel } from './bubbles.ts';

export interface PickTarget<T = unknown> {
  layer: string;
  object: T;
  position: [number, number];
  /** Radius in metres (scales with zoom), or fixed pixels; the drawn circle is never under minPx. */
  radiusM?: number;
  radiusPx?: number;
  minPx?: number;
}

/**
 * The target under the pointer: the topmost layer first (targets are given topmost first), and within a layer the
 * circle whose centre is nearest. `project` maps [lng, lat] to screen pixels.
 */
export function pickAt<T>(
  targets: readonly PickTarget<T>[],
  point: { x: number; y: number },
  project: (lngLat: [number, number]) => [number, number],
  zoom: number,
): PickTarget<T> | undefined {
  let best: { t: PickTarget<T>; d: number } | undefined;
  for (const t of targets) {
    if (best && best.t.layer !== t.layer) break;
    const [x, y] = project(t.position);
    const px = t.radiusPx ?? (t.radiusM ?? 0) / metersPerPixel(zoom, t.position[1]);
    const r = Math.max(px, t.minPx ?? 0);
    const d = Math.hypot(point.x - x, point.y - y);
    if (d <= r && (!best || d < best.d)) best = { t, d };
  }
  return best?.t;
}
