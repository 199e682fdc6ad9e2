import { describe, expect, it } from 'vitest';
import { zipStore } from './zipStore.ts';
import { readZipDirectory } from '../read/zip.ts';
import { crc32 } from './pngText.ts';

describe('zipStore', () => {
  const slides = [
    { name: '01_政策覆盖全景.png', data: new Uint8Array([137, 80, 78, 71, 1, 2, 3]) },
    { name: '02_smart-factory.png', data: new Uint8Array(1000).fill(7) },
  ];

  it('writes a zip the app’s own reader lists: UTF-8 names, stored sizes, data at each local header', () => {
    const zip = zipStore(slides);
    const dir = readZipDirectory(zip);
    expect(dir.map((e) => [e.name, e.method, e.compressedSize, e.uncompressedSize])).toEqual([
      ['01_政策覆盖全景.png', 0, 7, 7],
      ['02_smart-factory.png', 0, 1000, 1000],
    ]);
    const v = new DataView(zip.buffer);
    for (const [i, e] of dir.entries()) {
      const at = e.localHeaderOffset;
      expect(v.getUint32(at, true)).toBe(0x04034b50);
      // The UTF-8 flag, and the CRC of the data as stored.
      expect(v.getUint16(at + 6, true)).toBe(0x0800);
      expect(v.getUint32(at + 14, true)).toBe(crc32(slides[i]!.data));
      const start = at + 30 + v.getUint16(at + 26, true);
      expect([...zip.subarray(start, start + e.compressedSize)]).toEqual([...slides[i]!.data]);
    }
  });

  it('an empty deck is an empty zip (the end record alone), and the inputs are not changed', () => {
    expect([...zipStore([])]).toEqual([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);
    const copy = slides.map((s) => [...s.data]);
    zipStore(slides);
    expect(slides.map((s) => [...s.data])).toEqual(copy);
  });
});
