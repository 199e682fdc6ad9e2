import type { AppSnapshot } from './state/e2eSnapshot.ts';

declare global {
  interface Window {
    /** True after the first choropleth paint (map 'idle' after the data was set). For e2e tests. */
    __mapReady: boolean;
    /** performance.now() when __mapReady turned true (time to first choropleth, for bench/browser.ts). */
    __mapReadyAt?: number;
    /** Read-only snapshot of the app state for e2e tests. */
    readonly __appState: AppSnapshot;
    /** [lon, lat] → pixel position inside the map element. For e2e tests (hover checks). */
    __mapProject?: (lngLat: [number, number]) => [number, number];
    /** True while the camera is animating (tests wait for it to settle before measuring). */
    __mapMoving?: () => boolean;
    /** True while the map and its deck.gl overlay have drawn every change (MapView.svelte). Tests wait on it. */
    __mapIdle?: () => boolean;
    /** How long the last placement of the map's symbols took, ms (MapView.svelte). For npm run bench. */
    __placementMs?: number;
    /** How long the last placement of the detail view took, ms (DetailView.svelte). For npm run bench. */
    __detailMs?: number;
    /** The main map's placed symbols (positions, px radii, what each could not be separated from). For e2e tests. */
    __mapSymbols?: () => {
      key: string;
      layer: string;
      position: [number, number];
      radiusPx: number;
      /** The circle and label box as placed, px around the position (placement.ts Part). */
      parts: import('../lib/view/map/placement.ts').Part[];
      together: string[];
    }[];
  }
}
export {};
