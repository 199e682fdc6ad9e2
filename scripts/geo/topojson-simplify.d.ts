// topojson-simplify ships no types; only the calls build-geo uses are declared.
declare module 'topojson-simplify' {
  import type { Topology } from 'topojson-specification';
  export function presimplify(topology: Topology, weight?: (triangle: number[][]) => number): Topology;
  export function simplify(topology: Topology, minWeight?: number): Topology;
  export function quantile(topology: Topology, p: number): number;
  export function sphericalTriangleArea(triangle: number[][]): number;
  export function filter(topology: Topology, filter?: (ring: unknown, interior: boolean) => boolean): Topology;
  export function filterWeight(topology: Topology, minWeight?: number, weight?: (ring: unknown) => number): (ring: unknown, interior: boolean) => boolean;
  export function sphericalRingArea(ring: number[][], interior: boolean): number;
  export function planarRingArea(ring: number[][]): number;
}
