// Hover targets for the circles deckLayers.ts draws. Kept apart from deckLayers.ts, which imports deck.gl: the map
// needs the targets at once, while deck.gl itself is loaded only after the first choropleth.
import type { PickTarget } from '../lib/view/map/pick.ts';
import type { PlacedSymbol } from '../lib/view/map/symbols.ts';

/** Topmost first, as deck draws them: green parks over bubbles over park circles. */
const ORDER = ['green-parks', 'bubbles', 'park-units'] as const;

/**
 * What hover can hit: the placed circles where they are drawn, at the radius the placement gave them (px). Picking
 * is done on the CPU (src/lib/view/map/pick.ts), so every deck layer is pickable: false. The target's object is the
 * placed symbol, whose `together` lists the symbols it could not be separated from.
 */
export function pickTargets<T>(placed: readonly PlacedSymbol<T>[]): PickTarget<PlacedSymbol<T>>[] {
  return ORDER.flatMap((layer) => placed.filter((p) => p.layer === layer).map((p) => ({ layer, object: p, position: p.position, radiusPx: p.radiusPx })));
}
