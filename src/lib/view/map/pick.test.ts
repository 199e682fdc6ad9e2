import { describe, expect, it } from 'vitest';
import { pickAt, type PickTarget } from './pick.ts';
import { metersPerPixel } from './bubbles.ts';

// A flat projection: 1° = 100 px, origin at [104, 31].
const project = ([lng, lat]: [number, number]): [number, number] => [(lng - 104) * 100, (lat - 31) * 100];

describe('pickAt', () => {
  const green: PickTarget<string> = { layer: 'green-parks', object: '四川绵阳安州工业园区', position: [104.5, 31.5], radiusPx: 8 };
  const bubbleNear: PickTarget<string> = { layer: 'bubbles', object: '注塑智能工厂新模式应用', position: [104.5, 31.5], radiusPx: 20 };
  const bubbleFar: PickTarget<string> = { layer: 'bubbles', object: '高可靠精密连接器智能工厂', position: [104.7, 31.5], radiusPx: 20 };

  it('prefers the topmost layer when circles overlap', () => {
    expect(pickAt([green, bubbleNear], { x: 52, y: 50 }, project, 8)?.object).toBe('四川绵阳安州工业园区');
  });
  it('falls through to a lower layer outside the top circle', () => {
    expect(pickAt([green, bubbleNear, bubbleFar], { x: 59, y: 50 }, project, 8)?.object).toBe('注塑智能工厂新模式应用');
  });
  it('picks the nearest centre within a layer and nothing outside every circle', () => {
    expect(pickAt([bubbleNear, bubbleFar], { x: 65, y: 50 }, project, 8)?.object).toBe('高可靠精密连接器智能工厂');
    expect(pickAt([bubbleNear, bubbleFar], { x: 60, y: 80 }, project, 8)).toBeUndefined();
  });
  it('converts metre radii at the zoom and latitude, and honours the minimum pixel size', () => {
    const mpp = metersPerPixel(8, 31.5);
    const t: PickTarget<string> = { layer: 'park-units', object: '高新区', position: [104.5, 31.5], radiusM: 10 * mpp, minPx: 9 };
    expect(pickAt([t], { x: 59.5, y: 50 }, project, 8)?.object).toBe('高新区');
    expect(pickAt([t], { x: 60.5, y: 50 }, project, 8)).toBeUndefined();
    const small: PickTarget<string> = { ...t, radiusM: 2 * mpp };
    expect(pickAt([small], { x: 58.9, y: 50 }, project, 8)?.object).toBe('高新区');
  });
});
