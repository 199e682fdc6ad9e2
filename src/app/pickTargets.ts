// Hover targets for the circles deckLayers.ts draws. Kept apart from deckLayers.ts, which imports deck.gl: the map
// needs the targets at once, while deck.gl itself is loaded only after the first choropleth.
import type { OverlayInput } from './deckLayers.ts';
import { PARK_UNIT_MIN_PX, PARK_UNIT_RADIUS_M, parkUnitLayout, type PickTarget } from '../lib/view/map/pick.ts';

/**
 * What hover can hit, topmost layer first (deck draws later layers on top): the same circles buildLayers draws.
 * Picking is done on the CPU (src/lib/view/map/pick.ts), so every deck layer is pickable: false.
 */
export function pickTargets(o: OverlayInput): PickTarget[] {
  const t: PickTarget[] = [];
  for (const d of o.greenParks ?? [])
    if (d.placed.point) t.push({ layer: 'green-parks', object: d, position: d.placed.point, radiusPx: d.symbol.radiusPx + d.symbol.strokePx / 2 });
  for (const b of o.bubbles ?? []) t.push({ layer: 'bubbles', object: b, position: b.position, radiusM: b.radiusM, minPx: 2 });
  if (o.showChoropleth)
    for (const a of parkUnitLayout(o.areas))
      t.push({ layer: 'park-units', object: a, position: a.point, radiusM: PARK_UNIT_RADIUS_M, minPx: PARK_UNIT_MIN_PX });
  return t;
}
