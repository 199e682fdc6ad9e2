// Where a located row puts its enterprise, as the map counts it: its park when the row is placed in one, else its
// county. One reading for the enterprise card's places (enterpriseCard.ts) and a callout's target
// (src/lib/story/calloutEnterprise.ts), so the card and the callout name the same place.
import type { ResolvedLocation } from '../registry/index.ts';

export interface RowPlace {
  /** The map's area id when parks are on their own: the park id, else the county code. */
  id: string;
  /** Park short name, or county name: how the map labels it. */
  unit: string;
  countyCode: string;
  county: string;
  parkId?: string;
}

/** The row's place, or undefined when it could not be placed (no county). */
export function placeOf(loc: ResolvedLocation): RowPlace | undefined {
  const code = loc.countyCode;
  if (!code) return undefined;
  return {
    id: loc.parkId ?? code,
    unit: loc.unit ?? loc.county ?? code,
    countyCode: code,
    county: loc.county ?? code,
    ...(loc.parkId ? { parkId: loc.parkId } : {}),
  };
}
