// The deck.gl half of the map, loaded with import() after maplibre has drawn the first choropleth: deck.gl is about a
// third of the JavaScript and builds a second WebGL context, while the county fills are what a viewer needs first.
import { MapboxOverlay as DeckOverlay, type MapboxOverlayProps } from '@deck.gl/mapbox';

export { buildLayers } from './deckLayers.ts';

/**
 * deck.gl's overlay, minus one tab stop. Its event manager (mjolnir.js) makes deck's own canvas focusable for key
 * events that the overlay never uses (the map's keyboard is maplibre's), and removes its outline: an unnamed,
 * invisible stop after the map. tests/e2e/a11y.test.ts tabs through the page and finds none.
 */
export class MapboxOverlay extends DeckOverlay {
  constructor(props: MapboxOverlayProps) {
    super({
      ...props,
      onLoad: () => {
        this.getCanvas()?.setAttribute('tabindex', '-1');
        props.onLoad?.();
      },
    });
  }
}
