// The choropleth's colour schemes sampled from d3-scale-chromatic (Node only: scripts/build-ramps.ts and src/lib/classify/ramps.test.ts).
// The page interpolates between the samples (src/lib/classify/ramps.ts) and never loads d3.
import { interpolateBlues, interpolateViridis, interpolateYlGnBu } from 'd3-scale-chromatic';

/** Samples of a smooth ramp, at t = i / (SAMPLES − 1): 65 keep every channel within 1 of d3's (ramps.test.ts). */
export const SAMPLES = 65;
/**
 * d3's viridis is not smooth: it is a table of 256 colours, t picking one (floor(t·256)). It is kept whole, one
 * sample per step, and ramps.ts picks the same step: linear samples of a staircase missed it by up to 3 per channel.
 */
export const STEPS = 256;

export const D3_INTERPOLATORS = {
  YlGnBu: interpolateYlGnBu,
  Blues: interpolateBlues,
  viridis: interpolateViridis,
} as const;

export function rampSamples(): Record<keyof typeof D3_INTERPOLATORS, string[]> {
  const sample = (f: (t: number) => string) => Array.from({ length: SAMPLES }, (_, i) => hex(f(i / (SAMPLES - 1))));
  const steps = Array.from({ length: STEPS }, (_, i) => hex(interpolateViridis((i + 0.5) / STEPS)));
  return { YlGnBu: sample(interpolateYlGnBu), Blues: sample(interpolateBlues), viridis: steps };
}

/** d3's "rgb(r, g, b)" (or "#rrggbb", viridis) → "#rrggbb". */
export function hex(c: string): string {
  const m = /^rgb\((\d+), ?(\d+), ?(\d+)\)$/.exec(c);
  if (!m) return c.toLowerCase();
  return '#' + [m[1], m[2], m[3]].map((x) => Number(x).toString(16).padStart(2, '0')).join('');
}
