// Classification of per-area values for the choropleth and its legend.
// Zero is its own class (a county with no designations is a finding, not a gap) and "no data" is another,
// so the positive classes only ever hold values > 0. Pure: runs in Node tests and in the browser alike.
import { ckmeans, quantileSorted } from 'simple-statistics';
import { rampColor } from './ramps.ts';
import type { Msg, Translate } from '../i18n/index.ts';

/** In the picker's order; their names are UI strings (method.* in src/lib/i18n). The link accepts exactly these. */
export const METHODS = ['nice', 'quantile', 'equal', 'jenks', 'custom'] as const;
export type Method = (typeof METHODS)[number];

/** In the picker's order; names are scheme.* in src/lib/i18n. */
export const SCHEMES = ['YlGnBu', 'Blues', 'viridis'] as const;
export type Scheme = (typeof SCHEMES)[number];

/**
 * How many classes a person may ask for, in the picker and in a link alike: at least 2 (one class says nothing beyond
 * zero and no data), at most 7 (more sequential shades are not told apart on the map).
 */
export const CLASS_COUNT = { min: 2, max: 7 } as const;

/** A typed class count brought into CLASS_COUNT; `fallback` when it is not a number at all. */
export function clampClassCount(n: number, fallback: number): number {
  if (!Number.isFinite(n)) return fallback;
  return Math.min(CLASS_COUNT.max, Math.max(CLASS_COUNT.min, Math.round(n)));
}

/** Colour-blind-safe sequential schemes (ColorBrewer YlGnBu/Blues, viridis), d3-scale-chromatic's (ramps.ts). */
const INTERPOLATORS: Record<Scheme, (t: number) => string> = {
  YlGnBu: (t) => rampColor('YlGnBu', t),
  Blues: (t) => rampColor('Blues', t),
  viridis: (t) => rampColor('viridis', 1 - t), // reversed so that "more" is darker, like the other two
};

/** Cream for zero and mid grey for no data: both are off every scheme's ramp, and far from each other. */
export const ZERO_COLOR = '#f6f1e1';
export const NO_DATA_COLOR = '#b9b9b9';

export interface ClassBin {
  /** Inclusive lower bound. */
  from: number;
  /** Inclusive upper bound: the largest value that falls into the class (the data's max for the last class). */
  to: number;
  count: number;
  color: string;
  label: string;
}

/** Why the classes are shaky: too few non-zero areas for the method, or too few areas for k classes. */
export interface ClassWarning {
  kind: 'quantile' | 'jenks' | 'few';
  /** Non-zero areas ('quantile', 'jenks') or all areas with a value ('few'). */
  n: number;
  k: number;
}

export interface Classification {
  method: Method;
  /** Breaks fixed from outside (a story's), not computed by the method. */
  locked: boolean;
  /** Lower bounds of the positive classes, ascending (thresholds[0] = smallest positive value). */
  thresholds: number[];
  bins: ClassBin[];
  zero: { count: number; color: string; label: string };
  noData: { count: number; color: string; label: string };
  /** Set when the method is shaky for this many areas; the legend prints it (warningText). */
  warning?: ClassWarning;
  /**
   * Set when fewer classes came out than were asked for (not for custom or locked bounds): the values have only
   * `distinct` different positive counts, or breaks merged. The class-count control says so (classNotes).
   */
  fewer?: { k: number; got: number; distinct: number };
  /** Custom bounds above the largest count `max`: no area can fall in them, so they make no class (classNotes). */
  unusedCustom?: { values: number[]; max: number };
}

export interface ClassifyOptions {
  method?: Method;
  /** Wanted number of positive classes (default 5); fewer when there are fewer distinct values. */
  k?: number;
  /** Lower bounds for method 'custom' (values ≤ 0 ignored). */
  custom?: number[];
  /**
   * Fixed lower bounds that override the method, kept even when no value reaches a class, with colours by position
   * in the full set: a story locks these so a colour means the same count on every slide.
   */
  locked?: number[];
  scheme?: Scheme;
}

/** d3 interpolators return "rgb(r, g, b)" or "#rrggbb"; one form keeps styles and golden tests stable. */
export function toHex(color: string): string {
  const m = /^rgb\((\d+), ?(\d+), ?(\d+)\)$/.exec(color);
  if (!m) return color.toLowerCase();
  return '#' + [m[1], m[2], m[3]].map((x) => Number(x).toString(16).padStart(2, '0')).join('');
}

/** "#rrggbb" → [r, g, b] for deck.gl layers. */
export function toRgb(hex: string): [number, number, number] {
  const h = toHex(hex);
  return [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)];
}

const fmt = (v: number): string => (Number.isInteger(v) ? String(v) : String(Math.round(v * 100) / 100));

function lowerBounds(sorted: number[], method: Method, k: number, custom: number[]): number[] {
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  switch (method) {
    case 'quantile': {
      const b = [min];
      for (let i = 1; i < k; i++) b.push(quantileSorted(sorted, i / k));
      return b;
    }
    case 'equal': {
      const b = [min];
      for (let i = 1; i < k; i++) b.push(min + ((max - min) * i) / k);
      return b;
    }
    case 'jenks':
      // ckmeans is the optimal 1-D clustering (Wang & Song) — the exact form of Jenks natural breaks.
      return ckmeans(sorted, Math.min(k, new Set(sorted).size)).map((cluster) => cluster[0]!);
    case 'custom':
      return [min, ...custom.filter((c) => c > min && c <= max)];
    case 'nice': {
      // Natural breaks, each rounded DOWN to a round number (1, 2, 2.5, 5 × 10ⁿ): the classes follow the data's
      // clusters (these counts are skewed: one county often holds half of a list) but read like a human made them.
      // Rounding can merge two breaks (26 and 40 both → 25); then ask ckmeans for one more cluster, up to k + 3.
      let best = [min];
      for (let kk = k; kk <= k + 3; kk++) {
        const b = [...new Set([min, ...lowerBounds(sorted, 'jenks', kk, custom).slice(1).map(niceFloor)])].filter((x) => x >= min);
        if (b.length > k) break;
        best = b;
        if (b.length === k) break;
      }
      return best;
    }
  }
}

/** Largest 1, 2, 2.5, 5 × 10ⁿ at or below v (v ≥ 1); integers stay integers. */
export function niceFloor(v: number): number {
  if (v <= 0) return v;
  const e = 10 ** Math.floor(Math.log10(v));
  const m = [5, 2.5, 2, 1].find((x) => x * e <= v)!;
  const r = m * e;
  return Number.isInteger(v) && !Number.isInteger(r) ? Math.floor(r) : r;
}

/** Classify values (undefined = no data). Bins are never empty unless the method is 'custom'. */
export function classify(values: readonly (number | undefined)[], opts: ClassifyOptions = {}): Classification {
  const method = opts.method ?? 'nice';
  const k = Math.max(1, Math.floor(opts.k ?? 5));
  const interp = INTERPOLATORS[opts.scheme ?? 'YlGnBu'];
  const positive = values.filter((v): v is number => v !== undefined && Number.isFinite(v) && v > 0).sort((a, b) => a - b);
  const zeroCount = values.filter((v) => v === 0).length;
  const noDataCount = values.filter((v) => v === undefined || !Number.isFinite(v) || v < 0).length;
  const allInt = positive.every(Number.isInteger);

  let thresholds: number[] = [];
  if (opts.locked?.length) thresholds = [...new Set(opts.locked.filter((t) => t > 0))].sort((a, b) => a - b);
  else if (positive.length > 0) {
    const raw = lowerBounds(
      positive,
      method,
      k,
      [...(opts.custom ?? [])].sort((a, b) => a - b),
    );
    // Integer data with fractional breaks (quantile, equal) would print "2.4–3"; round bounds up instead.
    const rounded = allInt ? raw.map((b) => Math.ceil(b)) : raw;
    thresholds = [...new Set(rounded)].sort((a, b) => a - b);
    // Drop classes that no value reaches, except custom ones, which the user asked for explicitly.
    if (method !== 'custom') thresholds = thresholds.filter((t, i) => i === 0 || positive.some((v) => v >= t && v < (thresholds[i + 1] ?? Infinity)));
  }

  const n = thresholds.length;
  const bins: ClassBin[] = thresholds.map((from, i) => {
    const next = thresholds[i + 1];
    const inBin = positive.filter((v) => v >= from && (next === undefined || v < next));
    const to = next === undefined ? Math.max(from, positive[positive.length - 1] ?? from) : allInt ? next - 1 : next;
    const color = toHex(interp(n === 1 ? 0.6 : 0.2 + (0.8 * i) / (n - 1)));
    // A locked top class reads the same on every slide ("≥100"), not up to that slide's own largest count.
    const label =
      next === undefined && opts.locked?.length
        ? `≥${fmt(from)}`
        : next === undefined
          ? from === to
            ? fmt(from)
            : `${fmt(from)}–${fmt(to)}`
          : allInt
            ? from === to
              ? fmt(from)
              : `${fmt(from)}–${fmt(to)}`
            : `${fmt(from)}–<${fmt(next)}`;
    return { from, to, count: inBin.length, color, label };
  });

  const areas = positive.length + zeroCount;
  let warning: ClassWarning | undefined;
  if (method === 'quantile' && positive.length < 3 * k) warning = { kind: 'quantile', n: positive.length, k };
  else if (method === 'jenks' && positive.length < 4 * k) warning = { kind: 'jenks', n: positive.length, k };
  else if (areas > 0 && areas < 2 * k) warning = { kind: 'few', n: areas, k };

  const fewer = method !== 'custom' && !opts.locked?.length && positive.length > 0 && n < k ? { k, got: n, distinct: new Set(positive).size } : undefined;
  const max = positive[positive.length - 1];
  const above = method === 'custom' && !opts.locked?.length && max !== undefined ? (opts.custom ?? []).filter((c) => c > max) : [];
  const unusedCustom = above.length && max !== undefined ? { values: above, max } : undefined;

  return {
    method,
    locked: !!opts.locked?.length,
    ...(fewer ? { fewer } : {}),
    ...(unusedCustom ? { unusedCustom } : {}),
    thresholds,
    bins,
    zero: { count: zeroCount, color: ZERO_COLOR, label: '0' },
    noData: { count: noDataCount, color: NO_DATA_COLOR, label: '无数据' },
    ...(warning ? { warning } : {}),
  };
}

/** Index of the class a value falls in: -1 = zero, -2 = no data. */
export function classIndex(c: Classification, v: number | undefined): number {
  if (v === undefined || !Number.isFinite(v) || v < 0) return -2;
  if (v === 0) return -1;
  let idx = 0;
  for (let i = 0; i < c.thresholds.length; i++) if (v >= c.thresholds[i]!) idx = i;
  return idx;
}

export function colorOf(c: Classification, v: number | undefined): string {
  const i = classIndex(c, v);
  if (i === -2) return c.noData.color;
  if (i === -1) return c.zero.color;
  return c.bins[i]?.color ?? c.noData.color;
}

/** The method's name: "取整自然断点", or the story's locked breaks. */
export function methodText(c: Pick<Classification, 'method' | 'locked'>, t: Translate): string {
  return t(c.locked ? 'map.method.locked' : `method.${c.method}`);
}

/** One line for the legend: method and thresholds, e.g. "取整自然断点：1 | 5 | 10 | 25". */
export function describe(c: Classification, t: Translate): string {
  return t('map.method.line', { method: methodText(c, t), breaks: c.thresholds.length ? c.thresholds.map(fmt).join(' | ') : t('map.method.noPositive') });
}

/**
 * What the class controls did with what was typed, said next to them: fewer classes than asked, or custom bounds
 * that make no class. Never silent (issue 15).
 */
export function classNotes(c: Pick<Classification, 'fewer' | 'unusedCustom'>): Msg[] {
  const out: Msg[] = [];
  if (c.fewer) out.push({ key: 'map.classes.fewer', params: { k: c.fewer.k, got: c.fewer.got, distinct: c.fewer.distinct } });
  const u = c.unusedCustom;
  if (u) out.push({ key: 'map.classes.unusedCustom', params: { values: u.values.map(fmt).join('、'), max: fmt(u.max) } });
  return out;
}

/** The warning as the legend prints it, e.g. "只有 9 个区域，分 5 类意义有限". */
export function warningText(w: ClassWarning, t: Translate): string {
  return t(`map.warn.${w.kind}`, { n: w.n, k: w.k });
}
