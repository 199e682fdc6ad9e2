import { describe, expect, it } from 'vitest';
import samples from './ramps.json';
import { D3_INTERPOLATORS, hex, rampSamples } from '../../../scripts/ramp-samples.ts';
import { rampColor, type RampName } from './ramps.ts';

const channels = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));

describe('colour ramps', () => {
  it('ramps.json is what d3-scale-chromatic gives today (else: npx tsx scripts/build-ramps.ts)', () => {
    expect(samples).toEqual(rampSamples());
  });

  it.each(Object.keys(D3_INTERPOLATORS) as RampName[])('%s matches d3 within one unit per channel across the ramp', (name) => {
    let worst = 0;
    for (let i = 0; i <= 1000; i++) {
      const t = i / 1000;
      const ours = channels(rampColor(name, t));
      const d3 = channels(hex(D3_INTERPOLATORS[name](t)));
      worst = Math.max(worst, ...ours.map((v, c) => Math.abs(v - d3[c]!)));
    }
    expect(worst).toBeLessThanOrEqual(1);
  });

  it('clamps t outside [0, 1] and reads NaN as 0', () => {
    expect(rampColor('Blues', -1)).toBe(samples.Blues[0]);
    expect(rampColor('Blues', 2)).toBe(samples.Blues.at(-1));
    expect(rampColor('Blues', NaN)).toBe(samples.Blues[0]);
  });
});
