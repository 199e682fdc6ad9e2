// View models of the two point layers, from the placed records.
import type { ListMeta } from '../lib/types.ts';
import { radiusFor, sizeLegend, type Bubble } from '../lib/view/map/bubbles.ts';
import { aggregateSteps, MAX_PROJECT_BUBBLES, type TotalInput, type Totals } from '../lib/view/map/bubbleTotals.ts';
import { eachRow, runAll, type Steps } from '../lib/aggregate/slices.ts';
import { greenParkLegend, greenParkSymbol, yearColors, type GreenParkLegendEntry } from '../lib/view/map/greenparks.ts';
import type { AppData, Placed } from './data.ts';
import type { BubbleDatum, GreenParkDatum, PlaceTotalDatum } from './deckLayers.ts';

export const GREEN_PARK_LIST = 'green-park';

/** Radius of the largest project's bubble: ~6 km reads at the whole-city zoom (≈ 7.5) without burying labels. */
export const MAX_BUBBLE_RADIUS_M = 6000;

/** A project with an amount, at its place; `place` and `source` are what a per-place total groups and cites. */
type ProjectItem = { id: string; anchor: [number, number]; investmentWan: number; datum: BubbleDatum; place: string; source: string; countyCode: string };
type BubbleItem = { id: string; anchor: [number, number]; investmentWan: number; datum: BubbleDatum | PlaceTotalDatum };

export interface BubbleModel {
  /** One per project, or one per place when `perPlace` is set. */
  bubbles: Bubble<BubbleItem>[];
  maxWan: number;
  /** Rows of the selected lists that have an investment column but no usable amount, or no place. */
  noAmount: number;
  unplaced: number;
  legend: { wan: number; radiusM: number }[];
  /** Set when the selection has more projects than `max`: the bubbles are per-place totals of `projects`. */
  perPlace: { projects: number; max: number } | null;
}

type Project = TotalInput & { id: string; investmentWan: number; placed: Placed; countyCode: string };

/** A list's projects with an amount and a place, and the rows left out (both counted for the legend's note). */
export interface ListProjects {
  projects: Project[];
  noAmount: number;
  unplaced: number;
}

const projectsCache = new WeakMap<readonly Placed[], ListProjects>();
const totalsCache = new WeakMap<readonly Project[], Totals<Project>>();

/**
 * One list's projects, kept per rows array (a list's rows are never edited in place): the bubbles of a selection are
 * built from its lists' projects, and a 1,000,000-row list's are made once, in slices (import/merge.ts prepareList).
 * One small object per project and no more; the datum a project bubble carries is added only when projects are
 * drawn one by one.
 */
export function* projectSteps(rows: readonly Placed[], places: Pick<AppData, 'counties' | 'parks'>): Steps<ListProjects> {
  const hit = projectsCache.get(rows);
  if (hit) return hit;
  const parkName = new Map(places.parks.map((p) => [p.id, p.name]));
  const countyName = new Map(places.counties.map((c) => [c.code, c.name]));
  const out: ListProjects = { projects: [], noAmount: 0, unplaced: 0 };
  yield* eachRow(rows.length, (i) => {
    const p = rows[i]!;
    const wan = p.record.investmentWan;
    if (!(wan !== undefined && wan > 0 && Number.isFinite(wan))) out.noAmount++;
    if (wan === undefined || !(wan > 0)) return;
    if (!p.point) return void out.unplaced++;
    const placedAt = (p.loc.parkId ? parkName.get(p.loc.parkId) : undefined) ?? p.loc.unit ?? countyName.get(p.loc.countyCode ?? '') ?? '';
    out.projects.push({
      id: p.record.id,
      anchor: p.point,
      investmentWan: wan,
      place: placedAt,
      source: p.record.docTitle,
      placed: p,
      countyCode: p.loc.countyCode ?? '',
    });
  });
  projectsCache.set(rows, out);
  return out;
}

/** Per-place totals of a projects array, kept per array (one list's, when one list is selected). */
export const totalsOf = (projects: readonly Project[]): Totals<Project> => runAll(totalsSteps(projects));

/** totalsOf as steps: an imported list's totals are made ahead in slices (src/app/import/merge.ts prepareList). */
export function* totalsSteps(projects: readonly Project[]): Steps<Totals<Project>> {
  let t = totalsCache.get(projects);
  if (!t) totalsCache.set(projects, (t = yield* aggregateSteps(projects)));
  return t;
}

/** `max`: the most projects drawn one by one (a parameter so tests need not build a thousand rows). */
export function bubbleModel(data: AppData, lists: readonly ListMeta[], max = MAX_PROJECT_BUBBLES): BubbleModel {
  const parts = lists.filter((l) => l.hasInvestment).map((l) => runAll(projectSteps(data.byList.get(l.id) ?? [], data)));
  // One list: its own (cached) array, so its totals are cached too.
  const projects = parts.length === 1 ? parts[0]!.projects : parts.flatMap((p) => p.projects);
  const unplaced = parts.reduce((n, p) => n + p.unplaced, 0);
  const noAmount = parts.reduce((n, p) => n + p.noAmount, 0);
  // Too many to draw one by one (and too many to read): one bubble per place, sized by the sum there. The whole
  // selection switches at once, so every bubble on the map means the same thing.
  const perPlace = projects.length > max;
  const drawn: BubbleItem[] = perPlace
    ? totalsOf(projects).totals.map((total) => ({
        id: total.id,
        anchor: total.anchor,
        investmentWan: total.investmentWan,
        datum: { total, placedAt: total.place, countyCode: total.items[0]?.countyCode ?? '' },
      }))
    : projects.map((x): ProjectItem => ({
        id: x.id,
        anchor: x.anchor,
        investmentWan: x.investmentWan,
        datum: { placed: x.placed, placedAt: x.place, countyCode: x.countyCode },
        place: x.place,
        source: x.source,
        countyCode: x.countyCode,
      }));
  // A loop, not Math.max(...): spreading 100,000 arguments overflows the call stack.
  let maxWan = 0;
  for (const i of drawn) if (i.investmentWan > maxWan) maxWan = i.investmentWan;
  // Each bubble starts on its place; where it is drawn is decided at the map's zoom with every other symbol
  // (src/lib/view/map/placement.ts, MapView), so it can stay inside its county.
  const bubbles = drawn.map((item) => ({ item, position: item.anchor, radiusM: radiusFor(item.investmentWan, maxWan, MAX_BUBBLE_RADIUS_M) }));
  return {
    bubbles,
    maxWan,
    noAmount,
    unplaced,
    legend: sizeLegend(maxWan, MAX_BUBBLE_RADIUS_M),
    perPlace: perPlace ? { projects: projects.length, max } : null,
  };
}

export interface GreenParkModel {
  data: GreenParkDatum[];
  legend: GreenParkLegendEntry[];
  unplaced: number;
  total: number;
}

export function greenParkModel(data: AppData): GreenParkModel {
  const rows = data.byList.get(GREEN_PARK_LIST) ?? [];
  const colors = yearColors(rows.map((p) => p.record));
  const placed = rows.filter((p) => p.point);
  return {
    data: placed.map((p) => ({ placed: p, symbol: greenParkSymbol(p.record, colors) })),
    legend: greenParkLegend(rows.map((p) => p.record)),
    unplaced: rows.length - placed.length,
    total: rows.length,
  };
}
