// An area id as the view uses it (selected area, comparison, a link's area=) is a county code or a park id, never a
// name: one lookup for the drawer's title, the link check and the targets panel's county.
import type { County, Park } from '../types.ts';

export type AreaRef = { kind: 'county'; county: County } | { kind: 'park'; park: Park };
/** A county (parks folded in or not) or a park shown on its own. */
export type AreaKind = AreaRef['kind'];

export function areaById(id: string, geo: { counties: readonly County[]; parks: readonly Park[] }): AreaRef | undefined {
  const county = geo.counties.find((c) => c.code === id);
  if (county) return { kind: 'county', county };
  const park = geo.parks.find((p) => p.id === id);
  return park ? { kind: 'park', park } : undefined;
}

/** The county an area lies in: itself for a county, its county for a park. */
export function countyCodeOf(id: string, geo: { counties: readonly County[]; parks: readonly Park[] }): string | undefined {
  const a = areaById(id, geo);
  return a?.kind === 'county' ? a.county.code : a?.park.countyCode;
}
