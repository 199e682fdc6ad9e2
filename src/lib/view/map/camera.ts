// Where the camera goes to show a place the user chose (a search hit).

/**
 * Nowhere when the map shows the default fit (all of Mianyang is in view, the outline is enough), else centre on it
 * at no less than county zoom.
 */
export function cameraFor(point: readonly [number, number], camera: readonly [number, number, number] | null): [number, number, number] | null {
  if (camera === null) return null;
  return [point[0], point[1], Math.max(camera[2], 8)];
}
