// The label rows' pixel offsets follow sizeScale (deck.gl does not scale pixel offsets itself): the PNG export's copy
// of the layers (captureMap.ts raises sizeScale) and story mode keep a label's rows apart as the live map does.
import { describe, expect, it } from 'vitest';
import type { TextLayer } from '@deck.gl/layers';
import { LabelRowsLayer, type LabelDatum } from './labelRowsLayer.ts';
import { stackLines } from '../lib/view/map/labelRows.ts';
import type { AreaView } from '../lib/view/areas.ts';
import type { PlacedSymbol } from '../lib/view/map/symbols.ts';

const area = { id: '510703', name: '涪城区', kind: 'county', countyCode: '510703', point: [104.74, 31.46], count: 134, color: '#081d58' } as AreaView;
const { rows } = stackLines([
  { text: '涪城区', sizePx: 14 },
  { text: 'Fúchéngqū', sizePx: 10 },
  { text: '134', sizePx: 14 },
]);
const p = { object: area, position: [104.74, 31.46] } as unknown as PlacedSymbol<AreaView>;
const data: LabelDatum[] = rows.map((row) => ({ p, row }));

/** What the layer hands deck.gl's TextLayer for each row: its text, size and offset, at `sizeScale`. */
function drawn(sizeScale?: number) {
  const layer = new LabelRowsLayer({ id: 'labels', data, color: [25, 30, 35, 255], outline: [255, 255, 255, 230], ...(sizeScale ? { sizeScale } : {}) });
  const text = layer.renderLayers() as TextLayer<LabelDatum>;
  const props = text.props as unknown as {
    sizeScale: number;
    getText: (d: LabelDatum) => string;
    getSize: (d: LabelDatum) => number;
    getPixelOffset: (d: LabelDatum) => [number, number];
  };
  return { sizeScale: props.sizeScale, rows: data.map((d) => [props.getText(d), props.getSize(d), +props.getPixelOffset(d)[1].toFixed(2) || 0]) };
}

describe('LabelRowsLayer', () => {
  it('draws each row at its own size, offset from the centre by its place in the stack', () => {
    expect(drawn()).toEqual({
      sizeScale: 1,
      rows: [
        ['涪城区', 14, -13.2],
        ['Fúchéngqū', 10, 0],
        ['134', 14, 13.2],
      ],
    });
  });

  it('scales the offsets with sizeScale, as deck.gl scales the text', () => {
    expect(drawn(2)).toEqual({
      sizeScale: 2,
      rows: [
        ['涪城区', 14, -26.4],
        ['Fúchéngqū', 10, 0],
        ['134', 14, 26.4],
      ],
    });
  });

  it('is copied at a larger scale as captureMap.ts copies it (clone with sizeScale), the offsets following', () => {
    const layer = new LabelRowsLayer({ id: 'labels', data, color: [25, 30, 35, 255], outline: [255, 255, 255, 230] });
    const copy = layer.clone({ sizeScale: 1.6 });
    const text = copy.renderLayers() as TextLayer<LabelDatum>;
    const offset = (text.props as unknown as { getPixelOffset: (d: LabelDatum) => [number, number] }).getPixelOffset(data[0]!);
    expect(+offset[1].toFixed(2)).toBe(-21.12);
  });
});
