import { describe, expect, it } from 'vitest';
import { clipSegment, placeCallouts, type Box } from './calloutPlace.ts';

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

  it("never runs a county's leader line through the county's own label when the label sits between the box and the place", () => {
    // The placement moved 涪城区's label up and right of its point, onto the line to the first box tried.
    const label: Box = { x: 412, y: 268, width: 20, height: 20 };
    const item = { at: [400, 300] as [number, number], width: 100, height: 30 };
    const [blind] = placeCallouts([item], [label], bounds);
    // Without knowing the label is the county's own, the first box (up and right) is clear, but its line cuts the name.
    expect(blind!.box).toEqual({ x: 440, y: 230, width: 100, height: 30 });
    expect(clipSegment(...blind!.line, label)).not.toBeNull();
    const [c] = placeCallouts([{ ...item, own: label }], [label], bounds);
    expect(c!.overlap).toBe(0);
    expect(c!.crosses).toBe(false);
    expect(c!.line[0]).toEqual([400, 300]);
    expect(clipSegment(...c!.line, label)).toBeNull();
    expect(overlaps(c!.box, label)).toBe(false);
  });

  it('starts the line at the edge of the label when the place is under it (the callout points at the name)', () => {
    const label: Box = { x: 370, y: 280, width: 60, height: 40 };
    const [c] = placeCallouts([{ at: [400, 300], width: 100, height: 30, own: label }], [label], bounds);
    expect(c!.crosses).toBe(false);
    expect(overlaps(c!.box, label)).toBe(false);
    const [sx, sy] = c!.line[0];
    // On the label's edge, not inside it.
    expect(Math.min(Math.abs(sx - 370), Math.abs(sx - 430), Math.abs(sy - 280), Math.abs(sy - 320))).toBeLessThan(1e-9);
    const inside = clipSegment(...c!.line, label);
    expect(inside === null || inside[1] - inside[0] < 1e-9).toBe(true);
  });
});

describe('clipSegment', () => {
  it('gives the part of a segment inside a box, and null for one that misses it or only touches its edge', () => {
    const box: Box = { x: 10, y: 10, width: 10, height: 10 };
    expect(clipSegment([0, 15], [30, 15], box)).toEqual([1 / 3, 2 / 3]);
    expect(clipSegment([15, 15], [15, 40], box)).toEqual([0, 0.2]);
    expect(clipSegment([0, 0], [30, 0], box)).toBeNull();
    expect(clipSegment([0, 10], [30, 10], box)).toBeNull();
  });
});
