// The small, dependency-free half of enterprise search: keyboard movement in the result list and where the camera
// goes. Kept apart from search.ts so the page can use it without loading pinyin-pro (loaded on the first query).

/** The highlighted option after a key press in a list of `count` results (-1 = none); wraps around. */
export function moveActive(active: number, count: number, key: string): number {
  if (count === 0) return -1;
  if (key === 'ArrowDown') return (active + 1) % count;
  if (key === 'ArrowUp') return active <= 0 ? count - 1 : active - 1;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return active;
}

/**
 * Where to move the camera to show a chosen place: nowhere when the map shows the default fit (all of Mianyang is
 * in view, the outline is enough), else centre on it at no less than county zoom.
 */
export function cameraFor(point: readonly [number, number], camera: readonly [number, number, number] | null): [number, number, number] | null {
  if (camera === null) return null;
  return [point[0], point[1], Math.max(camera[2], 8)];
}
