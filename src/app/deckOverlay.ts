// The deck.gl half of the map, loaded with import() after maplibre has drawn the first choropleth: deck.gl is about a
// third of the JavaScript and builds a second WebGL context, while the county fills are what a viewer needs first.
export { MapboxOverlay } from '@deck.gl/mapbox';
export { buildLayers } from './deckLayers.ts';
