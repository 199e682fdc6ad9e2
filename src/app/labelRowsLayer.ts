// Map labels drawn row by row: a county's name, its pinyin on a smaller line under it (English) and its count, each
// row its own text (one TextLayer text has one size) offset from the centre the placement gave the label's box
// (src/lib/view/map/labelRows.ts). The offsets are pixels, which deck.gl does not scale with `sizeScale`; this layer
// takes `sizeScale` itself and scales the offsets by it, so a copy at a larger scale (the PNG export's, captureMap.ts)
// keeps the rows apart as the live map does.
import { CompositeLayer, type DefaultProps } from '@deck.gl/core';
import { TextLayer } from '@deck.gl/layers';
import type { AreaView } from '../lib/view/areas.ts';
import type { LabelRow } from '../lib/view/map/labelRows.ts';
import type { PlacedSymbol } from '../lib/view/map/symbols.ts';
import { FONT_STACK } from '../lib/view/fontStack.ts';
import { bearingFontRenderer } from './glyphs.ts';

type Rgba = readonly [number, number, number, number];

/** One row of a label's text (at the unscaled size), with the placed symbol it belongs to. */
export interface LabelDatum {
  p: PlacedSymbol<AreaView>;
  row: LabelRow;
}

interface LabelRowsProps {
  data: readonly LabelDatum[];
  /** Scales every row and its offset: story mode's larger labels, the PNG export's. @default 1 */
  sizeScale: number;
  /** Text colour, RGBA. */
  color: Rgba;
  /** Halo colour, RGBA. */
  outline: Rgba;
  /** Halo width, as deck.gl's TextLayer outlineWidth (0–1 of the SDF's reach). @default 0.45 */
  outlineWidth: number;
}

export class LabelRowsLayer extends CompositeLayer<LabelRowsProps> {
  static override layerName = 'LabelRowsLayer';
  static override defaultProps: DefaultProps<LabelRowsProps> = {
    sizeScale: { type: 'number', value: 1, min: 0 },
    color: { type: 'color', value: [25, 30, 35, 255] },
    outline: { type: 'color', value: [255, 255, 255, 230] },
    outlineWidth: { type: 'number', value: 0.45, min: 0, max: 1 },
  };

  override renderLayers() {
    const { data, sizeScale, color, outline, outlineWidth } = this.props;
    return new TextLayer<LabelDatum>(
      {
        data,
        getPosition: (d) => d.p.position,
        getText: (d) => d.row.text,
        getSize: (d) => d.row.sizePx,
        // A uniform: changing it re-renders without recomputing the glyph attributes; the offsets follow it.
        sizeScale,
        getPixelOffset: (d) => [0, d.row.dy * sizeScale],
        updateTriggers: { getPixelOffset: sizeScale },
        // 'auto' collects exactly the characters in the data, so any Chinese name and the tone-marked letters of
        // its pinyin (ā é ǐ ò ǖ …) render without a glyph server; the atlas grows when the pinyin arrives.
        characterSet: 'auto',
        fontFamily: FONT_STACK,
        fontWeight: 600,
        getColor: [...color],
        fontSettings: { sdf: true, fontSize: 48, buffer: 8, radius: 12 },
        // Keeps each glyph's left side bearing, which deck.gl's own SDF renderer drops (glyphs.ts).
        _getFontRenderer: bearingFontRenderer,
        outlineWidth,
        outlineColor: [...outline],
        pickable: false,
      },
      this.getSubLayerProps({ id: 'text' }),
    );
  }
}
