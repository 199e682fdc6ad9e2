// The areas of a comparison (2–4 districts or parks) outlined on the map, each in its own colour, the colour the
// comparison shows beside its name. Okabe–Ito hues, apart from the park circles' orange rim and the green-park
// colours' order, safe for the common colour-vision deficiencies.
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';

export const COMPARE_COLORS = ['#cc3311', '#0077bb', '#ee3377', '#009988'] as const;

/** Area id → its comparison colour, in the order the areas were added. */
export function compareColors(ids: readonly string[]): Map<string, string> {
  return new Map(ids.slice(0, COMPARE_COLORS.length).map((id, i) => [id, COMPARE_COLORS[i]!]));
}

export const COMPARE_LAYER_ID = 'county-compare';

/** The outline layer of the compared counties (the ids that are county codes), or null when none is compared. */
export function compareLayer(colors: ReadonlyMap<string, string>, countyCodes: ReadonlySet<string>): LayerSpecification | null {
  const pairs = [...colors].filter(([id]) => countyCodes.has(id));
  if (!pairs.length) return null;
  const color = ['match', ['get', 'code'], ...pairs.flat(), '#000'] as unknown as ExpressionSpecification;
  return {
    id: COMPARE_LAYER_ID,
    type: 'line',
    source: 'counties',
    filter: ['in', ['get', 'code'], ['literal', pairs.map(([id]) => id)]],
    paint: { 'line-color': color, 'line-width': 4 },
  };
}
