import { describe, expect, it } from 'vitest';
import { crc32, itxtChunk, readPngText, withPngText } from './pngText.ts';

// The smallest valid PNG: 1×1 grey pixel (signature, IHDR, IDAT, IEND).
const TINY = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
const chunkTypes = (png: Uint8Array) => {
  const out: string[] = [];
  const v = new DataView(png.buffer, png.byteOffset, png.byteLength);
  for (let at = 8; at < png.length; at += 12 + v.getUint32(at)) out.push(String.fromCharCode(...png.subarray(at + 4, at + 8)));
  return out;
};

describe('PNG text metadata', () => {
  it('crc32 matches the PNG specification (the IEND chunk CRC is AE426082)', () => {
    expect(crc32(new TextEncoder().encode('IEND')).toString(16)).toBe('ae426082');
    expect(crc32(new TextEncoder().encode('123456789')).toString(16)).toBe('cbf43926');
  });

  it('adds UTF-8 iTXt chunks right after IHDR and reads them back exactly', () => {
    const out = withPngText(TINY, { Title: 'All lists (18)', Source: 'Source: 绵府办发〔2019〕5号 智能化 表3', Comment: '' });
    expect(chunkTypes(TINY)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(chunkTypes(out)).toEqual(['IHDR', 'iTXt', 'iTXt', 'IDAT', 'IEND']);
    expect(readPngText(out)).toEqual({ Title: 'All lists (18)', Source: 'Source: 绵府办发〔2019〕5号 智能化 表3' });
    // The original bytes are untouched, before and after the inserted chunks.
    expect([...out.subarray(0, 33)]).toEqual([...TINY.subarray(0, 33)]);
    expect([...out.subarray(out.length - (TINY.length - 33))]).toEqual([...TINY.subarray(33)]);
  });

  it('every chunk carries its CRC over type and data', () => {
    const c = itxtChunk('Title', '绵阳');
    const len = new DataView(c.buffer).getUint32(0);
    expect(len).toBe(5 + 5 + 6);
    expect(new DataView(c.buffer).getUint32(8 + len)).toBe(crc32(c.subarray(4, 8 + len)));
  });

  it('refuses a bad keyword and a file that is not a PNG', () => {
    expect(() => itxtChunk('标题', 'x')).toThrow('invalid PNG keyword: "标题"');
    expect(() => withPngText(new Uint8Array(40), { Title: 'x' })).toThrow('not a PNG: IHDR not found');
  });
});
