// Callouts over an exported map: each step's short notes pinned to a county, park or enterprise (a park folded into its county
// at the slide's scale: to the county, saying so), in a white box placed clear of
// the county labels and of each other (src/lib/story/calloutPlace.ts), with a leader line to the place.
import { CALLOUT_PAD, calloutSize, placeCallouts, type Box, type PlacedCallout } from '../../lib/story/calloutPlace.ts';
import { FONT_STACK } from '../../lib/view/fontStack.ts';
import { calloutText, type Callout } from '../../lib/story/format.ts';
import type { AreaView } from '../../lib/view/areas.ts';
import type { Lang } from '../../lib/i18n/index.ts';
import type { Park } from '../../lib/types.ts';
import { loadGeography } from '../data.ts';
import { i18n } from '../state/i18n.svelte.ts';
import { dataState } from '../state/data.svelte.ts';
import { enterpriseTarget, type EnterpriseTarget } from '../../lib/story/calloutEnterprise.ts';

const INK = '#1d2428';
const TEXT_PX = 20;

/**
 * Draws `texts` for the places `at` (picture px, inside `map`), keeping clear of `avoid`, each leader line clear of
 * its place's own label (`own`, where the place has one). Returns where they went.
 */
export function drawCallouts(
  g: CanvasRenderingContext2D,
  texts: readonly string[],
  at: readonly [number, number][],
  avoid: readonly Box[],
  map: Box,
  own: readonly (Box | undefined)[] = [],
): PlacedCallout[] {
  g.font = `600 ${TEXT_PX}px ${FONT_STACK}`;
  const items = texts.map((text, i) => ({ at: at[i]!, ...calloutSize(g.measureText(text).width, TEXT_PX), ...(own[i] ? { own: own[i] } : {}) }));
  const placed = placeCallouts(items, avoid, map);
  g.save();
  placed.forEach((p, i) => {
    // A white casing under the ink: the line reads over the darkest class colour too.
    for (const [colour, width] of [
      ['#ffffff', 5],
      [INK, 2],
    ] as const) {
      g.strokeStyle = colour;
      g.lineWidth = width;
      g.beginPath();
      g.moveTo(...p.line[0]);
      g.lineTo(...p.line[1]);
      g.stroke();
    }
    g.beginPath();
    g.arc(p.line[0][0], p.line[0][1], 4, 0, 2 * Math.PI);
    g.fillStyle = INK;
    g.fill();
    g.fillStyle = '#ffffff';
    g.fillRect(p.box.x, p.box.y, p.box.width, p.box.height);
    g.strokeRect(p.box.x, p.box.y, p.box.width, p.box.height);
    g.fillStyle = INK;
    g.textBaseline = 'middle';
    g.fillText(texts[i]!, p.box.x + CALLOUT_PAD, p.box.y + p.box.height / 2);
  });
  g.restore();
  return placed;
}

/** A callout where it goes: the area it points at (its id: a county's label is never crossed by its line), its point, its words. */
export interface ResolvedCallout {
  id: string;
  at: [number, number];
  text: string;
}

/** A park of the gazetteer: what a callout pinned to it needs when the slide folds parks into their counties. */
export type ParkHome = Pick<Park, 'id' | 'name' | 'countyCode'>;

/**
 * A step's callouts with the point of the area each is pinned to, in `lang`. A callout to an enterprise is pinned to
 * its place (`enterprise(key)`, src/lib/story/calloutEnterprise.ts: its park, else its county; of several, the one
 * most of its rows print). A callout to a park the slide folds into its county (parks not shown on their own) points
 * at that county and says so (`folded` words the note); one whose place is not on the map at all, or whose enterprise
 * the data no longer knows or cannot place, is left out and counted, so the caller can say so.
 */
export function resolveCallouts(
  callouts: readonly Callout[] | undefined,
  areas: readonly Pick<AreaView, 'id' | 'point' | 'name'>[],
  parks: readonly ParkHome[],
  lang: Lang,
  folded: (text: string, park: string, county: string) => string,
  enterprise: (key: string) => EnterpriseTarget | undefined = () => undefined,
): { callouts: ResolvedCallout[]; missing: number } {
  const out: ResolvedCallout[] = [];
  let missing = 0;
  for (const c of callouts ?? []) {
    const id = c.enterprise !== undefined ? enterprise(c.enterprise)?.places[0]?.id : c.at;
    const a = id !== undefined ? areas.find((x) => x.id === id) : undefined;
    if (a) {
      out.push({ id: a.id, at: a.point, text: calloutText(c, lang) });
      continue;
    }
    const park = id !== undefined ? parks.find((p) => p.id === id) : undefined;
    const county = park && areas.find((x) => x.id === park.countyCode);
    if (park && county) out.push({ id: county.id, at: county.point, text: folded(calloutText(c, lang), park.name, county.name) });
    else missing++;
  }
  return { callouts: out, missing };
}

/** resolveCallouts for the map as it is now: the data's enterprises, the gazetteer's parks, the UI language and its words for a fold. */
export function stepCallouts(callouts: readonly Callout[] | undefined, areas: readonly Pick<AreaView, 'id' | 'point' | 'name'>[]) {
  const placed = dataState.data?.placed ?? [];
  return resolveCallouts(
    callouts,
    areas,
    loadGeography().parks,
    i18n.lang,
    (text, park, county) => i18n.t('present.calloutFolded', { text, park, county }),
    (key) => enterpriseTarget(placed, key),
  );
}
