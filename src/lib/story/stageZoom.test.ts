import { describe, expect, it } from 'vitest';
import { labelsClear, stageZoom, type StageFrame } from './stageZoom.ts';

// 涪城区 and 江油市 label points (geo/: poles of inaccessibility), roughly; sizes of two-line stage labels.
const fucheng = { at: [104.74, 31.48] as const, width: 80, height: 52 };
const jiangyou = { at: [104.85, 31.85] as const, width: 80, height: 52 };
// A 1366×768 stage: a 130 px title along the top, a 150 px caption along the bottom, a 360 px legend on the right.
const frame: StageFrame = { width: 1366, height: 768, padding: { top: 160, right: 410, bottom: 180, left: 30 } };

describe('stageZoom', () => {
  it('keeps the slide zoom when every label is already clear of the panels', () => {
    expect(labelsClear([104.78, 31.6], 8, [fucheng, jiangyou], frame)).toBe(true);
    expect(stageZoom([104.78, 31.6], 8, [fucheng, jiangyou], frame)).toBe(8);
  });

  it('zooms out just enough when a label would sit under the title', () => {
    // Centred on 涪城区 at 8.6 (the shipped slide 2), 江油市 is ~200 px above the centre: under the 160 px title.
    expect(labelsClear([104.78, 31.47], 8.6, [fucheng, jiangyou], frame)).toBe(false);
    const z = stageZoom([104.78, 31.47], 8.6, [fucheng, jiangyou], frame);
    expect(z).toBeLessThan(8.6);
    expect(labelsClear([104.78, 31.47], z, [fucheng, jiangyou], frame)).toBe(true);
    // …and no more than needed: 0.05 less zoom-out is not clear.
    expect(labelsClear([104.78, 31.47], z + 0.05, [fucheng, jiangyou], frame)).toBe(false);
  });

  it('counts a label wholly off the map as clear (it is not shown), one half under a panel as not', () => {
    const far = { at: [106.5, 31.47] as const, width: 80, height: 52 };
    expect(labelsClear([104.78, 31.47], 8.6, [far], frame)).toBe(true);
    const underLegend = { at: [105.6, 31.47] as const, width: 80, height: 52 };
    expect(labelsClear([104.78, 31.47], 8.6, [underLegend], frame)).toBe(false);
  });
});
