// The chosen enterprise's places as maplibre markers (DOM pins over the map): one per place its rows print or borrow.
// DOM, not a deck.gl layer: a pin must stay above the park circles and labels it points into, and it is named for a
// screen reader (role img, its label), which a canvas cannot be.
import { Marker, type Map as MlMap } from 'maplibre-gl';
import type { EnterpriseMark } from '../state/enterprise.svelte.ts';

const PIN = '#c0392b';
let shown: Marker[] = [];

/** Replaces the markers on `map` with `marks` (none removes them). Mutates the map's DOM. */
export function syncEnterpriseMarkers(map: MlMap | null, marks: readonly EnterpriseMark[]): void {
  for (const m of shown) m.remove();
  shown = [];
  if (!map) return;
  for (const mark of marks) {
    // maplibre's default pin, centred with its own offset: its tip (the centre of its shadow) on the point.
    const marker = new Marker({ color: PIN }).setLngLat(mark.point);
    const el = marker.getElement();
    // Set before addTo: maplibre keeps an aria-label it finds and adds only role="img".
    el.setAttribute('aria-label', mark.label);
    el.dataset.testid = 'enterprise-marker';
    // Above deck.gl's canvas (symbols, labels), which the overlay puts after maplibre's canvas container.
    el.style.zIndex = '3';
    marker.addTo(map);
    shown.push(marker);
  }
}
