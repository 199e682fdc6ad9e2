// The chosen enterprise's places as pins over the map (DOM): one per place its rows print or borrow.
// DOM, not a deck.gl layer: a pin must stay above the park circles and labels it points into, and it is named for a
// screen reader (role img, its label), which a canvas cannot be. Not maplibre's Marker: importing it anywhere puts
// its code in the one maplibre chunk the first map loads (+4 KB gzip of first-load JS, npm run bench bundle), and a
// pin is an SVG moved with the camera.
import type { Map as MlMap } from 'maplibre-gl';
import type { EnterpriseMark } from '../state/enterprise.svelte.ts';

const PIN = '#c0392b';
const SVG = 'http://www.w3.org/2000/svg';
/** The pin's box; its tip is the middle of its bottom edge, on the point. */
export const PIN_SIZE = { width: 24, height: 36 } as const;

let shown: { el: HTMLElement; map: MlMap; place: () => void }[] = [];

function pinElement(label: string): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('role', 'img');
  el.setAttribute('aria-label', label);
  el.dataset.testid = 'enterprise-marker';
  // Above deck.gl's canvas (symbols, labels), which the overlay puts after maplibre's canvas container.
  el.style.cssText = `position:absolute;left:0;top:0;width:${PIN_SIZE.width}px;height:${PIN_SIZE.height}px;z-index:3`;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', String(PIN_SIZE.width));
  svg.setAttribute('height', String(PIN_SIZE.height));
  svg.setAttribute('viewBox', '0 0 24 36');
  svg.setAttribute('aria-hidden', 'true');
  const body = document.createElementNS(SVG, 'path');
  // A teardrop: round head, tip at (12, 36).
  body.setAttribute('d', 'M12 36C12 36 1 21.5 1 12a11 11 0 0 1 22 0c0 9.5-11 24-11 24z');
  body.setAttribute('fill', PIN);
  body.setAttribute('stroke', '#fff');
  body.setAttribute('stroke-width', '1.5');
  const dot = document.createElementNS(SVG, 'circle');
  dot.setAttribute('cx', '12');
  dot.setAttribute('cy', '12');
  dot.setAttribute('r', '4');
  dot.setAttribute('fill', '#fff');
  svg.append(body, dot);
  el.append(svg);
  return el;
}

/** Replaces the pins on `map` with `marks` (none removes them). Mutates the map's DOM. */
export function syncEnterpriseMarkers(map: MlMap | null, marks: readonly EnterpriseMark[]): void {
  for (const s of shown) {
    s.map.off('move', s.place);
    s.el.remove();
  }
  shown = [];
  if (!map) return;
  for (const mark of marks) {
    const el = pinElement(mark.label);
    const place = () => {
      const p = map.project(mark.point);
      el.style.transform = `translate(${p.x - PIN_SIZE.width / 2}px, ${p.y - PIN_SIZE.height}px)`;
    };
    place();
    map.on('move', place);
    map.getContainer().append(el);
    shown.push({ el, map, place });
  }
}
