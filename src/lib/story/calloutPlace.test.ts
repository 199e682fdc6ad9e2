import { describe, expect, it } from 'vitest';
import { placeCallouts, type Box } from './calloutPlace.ts';

const bounds: Box = { x: 0, y: 0, width: 800, height: 600 };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('placeCallouts', () => {
  it('puts the box up and to the right of its place when nothing is there, the leader line ending on the box', () => {
    const [c] = placeCallouts([{ at: [400, 300], width: 100, height: 30 }], [], bounds);
    expect(c!.box).toEqual({ x: 440, y: 230, width: 100, height: 30 });
    expect(c!.line).toEqual([
      [400, 300],
      [440, 260],
    ]);
    expect(c!.overlap).toBe(0);
  });

  it('moves round a label in the way, and keeps clear of callouts placed before it', () => {
    const label: Box = { x: 420, y: 200, width: 200, height: 80 };
    const placed = placeCallouts(
      [
        { at: [400, 300], width: 100, height: 30 },
        { at: [400, 300], width: 100, height: 30 },
      ],
      [label],
      bounds,
    );
    for (const p of placed) {
      expect(p.overlap).toBe(0);
      expect(overlaps(p.box, label)).toBe(false);
    }
    expect(overlaps(placed[0]!.box, placed[1]!.box)).toBe(false);
  });

  it('stays inside the picture at its edge', () => {
    const [c] = placeCallouts([{ at: [790, 10], width: 100, height: 30 }], [], bounds);
    expect(c!.box.x).toBeGreaterThanOrEqual(0);
    expect(c!.box.x + c!.box.width).toBeLessThanOrEqual(800);
    expect(c!.box.y).toBeGreaterThanOrEqual(0);
  });

  it('when nowhere is clear, takes the place that covers least and says how much', () => {
    const wall: Box = { x: 0, y: 0, width: 800, height: 600 };
    const [c] = placeCallouts([{ at: [400, 300], width: 100, height: 30 }], [wall], bounds);
    expect(c!.overlap).toBe(3000);
  });
});
