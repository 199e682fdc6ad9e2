// The choropleth's colour ramps, from samples of d3-scale-chromatic's (ramps.json, written by scripts/build-ramps.ts)
// interpolated linearly in RGB. Why not d3 itself: see scripts/build-ramps.ts; ramps.test.ts holds them to d3's.
import samples from './ramps.json';

export type RampName = keyof typeof samples;

const rgb = (h: string): [number, number, number] => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)];
const parsed = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, v.map(rgb)])) as Record<RampName, [number, number, number][]>;
const hex2 = (v: number) => Math.round(v).toString(16).padStart(2, '0');

/** Ramps kept as d3 keeps them, a table of steps (viridis, scripts/ramp-samples.ts): t picks a step, nothing is blended. */
const STEPPED: ReadonlySet<RampName> = new Set(['viridis']);

/** The ramp's colour at t ∈ [0, 1] (clamped) as "#rrggbb". */
export function rampColor(name: RampName, t: number): string {
  const s = parsed[name];
  const u = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0));
  if (STEPPED.has(name)) return samples[name][Math.min(s.length - 1, Math.floor(u * s.length))]!;
  const x = u * (s.length - 1);
  const i = Math.min(s.length - 2, Math.floor(x));
  const f = x - i;
  const a = s[i]!;
  const b = s[i + 1]!;
  return '#' + [0, 1, 2].map((c) => hex2(a[c]! + (b[c]! - a[c]!) * f)).join('');
}
