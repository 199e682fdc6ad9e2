// A zip of files stored as they are (method 0, no compression): the slides of a story deck are PNGs, already
// deflated, so compressing them again gains nothing, and a writer this small needs no dependency. Pure bytes: no DOM.
// Names are UTF-8 (general-purpose flag bit 11), so Chinese slide titles survive in every modern unzip.
import { crc32 } from './pngText.ts';

export interface StoredFile {
  name: string;
  data: Uint8Array;
}

/** Fixed DOS date and time of 1980-01-01 00:00: the file's date says nothing a slide needs. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** The entries as one zip file (no ZIP64: at most 65,535 entries and 4 GiB, far above a deck of 30 slides). */
export function zipStore(entries: readonly StoredFile[]): Uint8Array<ArrayBuffer> {
  const enc = new TextEncoder();
  const names = entries.map((e) => enc.encode(e.name));
  const total = entries.reduce((s, e, i) => s + 30 + names[i]!.length + e.data.length + 46 + names[i]!.length, 0) + 22;
  if (entries.length > 0xffff || total > 0xffffffff) throw new Error(`zip too large: ${entries.length} entries, ${total} bytes`);
  const out = new Uint8Array(total);
  const v = new DataView(out.buffer);
  const central: { offset: number; crc: number }[] = [];
  let at = 0;
  entries.forEach((e, i) => {
    const name = names[i]!;
    const crc = crc32(e.data);
    central.push({ offset: at, crc });
    v.setUint32(at, 0x04034b50, true);
    header(v, at + 4, crc, e.data.length, name.length);
    out.set(name, at + 30);
    out.set(e.data, at + 30 + name.length);
    at += 30 + name.length + e.data.length;
  });
  const dirStart = at;
  entries.forEach((e, i) => {
    const name = names[i]!;
    v.setUint32(at, 0x02014b50, true);
    v.setUint16(at + 4, 20, true); // made by: version 2.0
    header(v, at + 6, central[i]!.crc, e.data.length, name.length);
    // extra, comment, disk, internal and external attributes: 0 (10 bytes from at + 32)
    v.setUint32(at + 42, central[i]!.offset, true);
    out.set(name, at + 46);
    at += 46 + name.length;
  });
  v.setUint32(at, 0x06054b50, true);
  v.setUint16(at + 8, entries.length, true);
  v.setUint16(at + 10, entries.length, true);
  v.setUint32(at + 12, at - dirStart, true);
  v.setUint32(at + 16, dirStart, true);
  return out;
}

/** The fields a local header and a central directory entry share, from "version needed" to the name's length. */
function header(v: DataView, at: number, crc: number, size: number, nameLength: number): void {
  v.setUint16(at, 20, true); // version needed: 2.0
  v.setUint16(at + 2, 0x0800, true); // UTF-8 names
  v.setUint16(at + 4, 0, true); // stored
  v.setUint16(at + 6, 0, true); // time
  v.setUint16(at + 8, DOS_DATE, true);
  v.setUint32(at + 10, crc, true);
  v.setUint32(at + 14, size, true);
  v.setUint32(at + 18, size, true);
  v.setUint16(at + 22, nameLength, true);
}
