// Text metadata for an exported PNG: iTXt chunks (UTF-8, so Chinese titles survive) with the standard keywords
// (Title, Description, Source, Creation Time), inserted after IHDR. A slide moved elsewhere still says what it shows
// and where the numbers come from. Pure bytes: no canvas, no DOM.

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 as PNG chunks use it (ISO 3309), over the chunk type and data. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** One uncompressed iTXt chunk: keyword (Latin-1, 1–79 bytes), no language tag, UTF-8 text. */
export function itxtChunk(keyword: string, text: string): Uint8Array {
  if (!/^[\x20-\x7e]{1,79}$/.test(keyword)) throw new Error(`invalid PNG keyword: "${keyword}"`);
  const enc = new TextEncoder();
  // keyword \0, compression flag 0, method 0, empty language tag \0, empty translated keyword \0, text
  const data = new Uint8Array([...enc.encode(keyword), 0, 0, 0, 0, 0, ...enc.encode(text)]);
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(enc.encode('iTXt'), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** PNG signature (8 bytes) + IHDR chunk (4 length + 4 type + 13 data + 4 CRC). */
const AFTER_IHDR = 8 + 25;

/** The PNG with the texts added right after IHDR; entries with an empty text are left out. */
export function withPngText(png: Uint8Array, texts: Readonly<Record<string, string>>): Uint8Array<ArrayBuffer> {
  if (png.length < AFTER_IHDR || String.fromCharCode(...png.subarray(12, 16)) !== 'IHDR') throw new Error('not a PNG: IHDR not found');
  const chunks = Object.entries(texts)
    .filter(([, v]) => v)
    .map(([k, v]) => itxtChunk(k, v));
  const out = new Uint8Array(png.length + chunks.reduce((s, c) => s + c.length, 0));
  out.set(png.subarray(0, AFTER_IHDR), 0);
  let at = AFTER_IHDR;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  out.set(png.subarray(AFTER_IHDR), at);
  return out;
}

/** The iTXt texts of a PNG, keyword → text (for tests and for reading an export back). */
export function readPngText(png: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const dec = new TextDecoder();
  for (let at = 8; at + 12 <= png.length;) {
    const len = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    if (type === 'iTXt') {
      const data = png.subarray(at + 8, at + 8 + len);
      const k = data.indexOf(0);
      // Skip compression flag and method, then the language tag and translated keyword (each \0-terminated).
      const lang = data.indexOf(0, k + 3);
      const tk = data.indexOf(0, lang + 1);
      if (data[k + 1] === 0) out[dec.decode(data.subarray(0, k))] = dec.decode(data.subarray(tk + 1));
    }
    if (type === 'IEND') break;
    at += 12 + len;
  }
  return out;
}
