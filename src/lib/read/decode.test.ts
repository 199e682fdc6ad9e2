import { describe, expect, it } from 'vitest';
import { decodeText } from './decode.ts';
import { ReadError } from './errors.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
// "涪城区,北川" in GBK, bytes as iconv -t gb18030 writes them.
const GBK = Uint8Array.from([0xb8, 0xa2, 0xb3, 0xc7, 0xc7, 0xf8, 0x2c, 0xb1, 0xb1, 0xb4, 0xa8]);

describe('decodeText', () => {
  it('reads UTF-8, and strips exactly one BOM', () => {
    expect(decodeText(utf8('属地,涪城区'))).toEqual({ text: '属地,涪城区', encoding: 'utf-8' });
    expect(decodeText(utf8('\uFEFF属地'))).toEqual({ text: '属地', encoding: 'utf-8-bom' });
    expect(decodeText(utf8('\uFEFF\uFEFF属地')).text).toBe('\uFEFF属地');
  });

  it('falls back to GB18030 when the bytes are not UTF-8', () => {
    expect(decodeText(GBK)).toEqual({ text: '涪城区,北川', encoding: 'gb18030' });
  });

  it('keeps a GBK character that would straddle a 64 KiB chunk edge intact (papaparse #751)', () => {
    const bytes = new Uint8Array(65535 + GBK.length);
    bytes.fill(0x61, 0, 65535); // 'a' × 65535, so 涪's two bytes sit at offsets 65535 and 65536
    bytes.set(GBK, 65535);
    const { text, encoding } = decodeText(bytes);
    expect(encoding).toBe('gb18030');
    expect(text.slice(65535)).toBe('涪城区,北川');
  });

  it('reads UTF-16LE and UTF-16BE with their BOMs (Excel "Unicode text")', () => {
    expect(decodeText(Uint8Array.from([0xff, 0xfe, 0x5e, 0x5c, 0x30, 0x57]))).toEqual({ text: '属地', encoding: 'utf-16le' });
    expect(decodeText(Uint8Array.from([0xfe, 0xff, 0x5c, 0x5e, 0x57, 0x30]))).toEqual({ text: '属地', encoding: 'utf-16be' });
  });

  it('rejects binary data with one message', () => {
    expect(() => decodeText(Uint8Array.from([0x50, 0x4b, 0x00, 0x01]))).toThrow(
      new ReadError('binary', 'not a text table: the file contains NUL bytes (a binary file?)', { key: 'read.err.nul' }),
    );
    const control = new Uint8Array(100).fill(0x01);
    expect(() => decodeText(control)).toThrow('not a text table: 100 control characters in the first 100 bytes (a binary file?)');
  });
});
