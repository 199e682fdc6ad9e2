// The hovered county's outline, drawn as an SVG path over maplibre's canvas and under deck.gl's (which MapboxOverlay
// appends after the canvas container). Hovering used to set a feature-state, which redraws the whole map and then
// deck's overlay: 50–150 ms a frame in software WebGL (src/lib/view/map/outlinePath.ts says more). The selected
// county keeps its feature-state outline: it changes on a click, not on every pointer move.
import type { Map as MlMap } from 'maplibre-gl';
import type { Geometry } from 'geojson';
import { outlinePath } from '../lib/view/map/outlinePath.ts';

const SVG = 'http://www.w3.org/2000/svg';

export interface HoverOutline {
  /** Outline this county (its code), or none. */
  set(code: string | null): void;
  remove(): void;
}

export function hoverOutline(m: MlMap, geometryOf: (code: string) => Geometry | null | undefined, color: string): HoverOutline {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('data-testid', 'hover-outline');
  // Over the canvas, under nothing that takes the pointer: maplibre's handlers see every move as before.
  svg.style.cssText = 'position:absolute;inset:0;width:100%;height:100%;pointer-events:none;overflow:hidden';
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('fill', 'none');
  path.setAttribute('fill-rule', 'evenodd');
  path.setAttribute('stroke', color);
  path.setAttribute('stroke-width', '3');
  path.setAttribute('stroke-linejoin', 'round');
  svg.append(path);
  m.getCanvasContainer().append(svg);

  let code: string | null = null;
  const draw = () => {
    const g = code ? geometryOf(code) : null;
    path.setAttribute(
      'd',
      outlinePath(g ?? null, (ll) => {
        const p = m.project(ll);
        return [p.x, p.y];
      }),
    );
  };
  // The camera moves under a still pointer (wheel zoom, a story glide): the outline follows the county.
  const onMove = () => {
    if (code) draw();
  };
  m.on('move', onMove);
  return {
    set(next) {
      if (next === code) return;
      code = next;
      draw();
    },
    remove() {
      m.off('move', onMove);
      svg.remove();
    },
  };
}
