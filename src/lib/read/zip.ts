// Zip-bomb checks for XLSX, before exceljs (JSZip) inflates anything: the central directory's declared sizes first,
// then the real ones, counted while inflating as a stream. Pure (DecompressionStream exists in browsers, the import
// worker and Node 18+), so the CLI and the browser refuse the same files with the same message.
import { ReadError } from './errors.ts';
import { MAX_XLSX_INFLATED_BYTES, MAX_ZIP_RATIO, ZIP_RATIO_FLOOR } from './limits.ts';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else JSZip refuses on its own. */
  method: number;
  compressedSize: number;
  /** As declared by the central directory: a bomb may lie here, which inflateAndCount catches. */
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const CDH = 0x02014b50;
const LFH = 0x04034b50;
const MAX_32 = 0xffffffff;

const damaged = () =>
  new ReadError('bad-xlsx', 'not a readable .xlsx workbook: the zip container is damaged or holds no spreadsheet', { key: 'read.err.badXlsx' });

/** The entries of the central directory (with ZIP64 sizes when the 32-bit fields say 0xFFFFFFFF). */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is 22 bytes plus a comment of at most 65,535: search backwards from the end for its signature.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged();
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CDH) throw damaged();
    const nameLen = view.getUint16(at + 28, true);
    const extraLen = view.getUint16(at + 30, true);
    const commentLen = view.getUint16(at + 32, true);
    const entry: ZipEntry = {
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLen)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    };
    readZip64Sizes(view, at + 46 + nameLen, extraLen, entry);
    entries.push(entry);
    at += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** ZIP64 extra field (id 1): 8-byte values, present only for the fields that are 0xFFFFFFFF, in this order. */
function readZip64Sizes(view: DataView, from: number, length: number, e: ZipEntry): void {
  for (let p = from; p + 4 <= from + length;) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (id === 1) {
      let q = p + 4;
      const next = () => ((q += 8), Number(view.getBigUint64(q - 8, true)));
      if (e.uncompressedSize === MAX_32) e.uncompressedSize = next();
      if (e.compressedSize === MAX_32) e.compressedSize = next();
      if (e.localHeaderOffset === MAX_32) e.localHeaderOffset = next();
      return;
    }
    p += 4 + size;
  }
}

const MB = 1024 * 1024;
const mbText = (n: number) => String(Math.round(n / MB));

function bomb(detail: string, params: { size: string; max: string }): ReadError {
  return new ReadError(
    'zip-bomb',
    `the workbook would inflate to ${detail}, over the ${params.max} MB limit: refused as a possible zip bomb (save the sheet as CSV if it is real)`,
    { key: 'import.read.zipBomb', params },
  );
}

/** Refuse from the directory alone: total declared size over the limit, or one big entry with an absurd ratio. */
export function checkDeclaredSizes(entries: readonly ZipEntry[], limit = MAX_XLSX_INFLATED_BYTES): void {
  const total = entries.reduce((n, e) => n + e.uncompressedSize, 0);
  if (total > limit) throw bomb(`${mbText(total)} MB`, { size: mbText(total), max: mbText(limit) });
  for (const e of entries) {
    if (e.uncompressedSize > ZIP_RATIO_FLOOR && e.uncompressedSize > MAX_ZIP_RATIO * Math.max(e.compressedSize, 1)) {
      const ratio = Math.round(e.uncompressedSize / Math.max(e.compressedSize, 1));
      throw new ReadError(
        'zip-bomb',
        `${e.name} inflates ${ratio}:1 (${mbText(e.uncompressedSize)} MB from ${Math.ceil(e.compressedSize / 1024)} KB), more than ${MAX_ZIP_RATIO}:1: refused as a possible zip bomb`,
        { key: 'import.read.zipRatio', params: { name: e.name, ratio, max: MAX_ZIP_RATIO } },
      );
    }
  }
}

/** The entry's compressed bytes, located through its local header (whose name and extra lengths may differ). */
function dataOf(bytes: Uint8Array, e: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = e.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LFH) throw damaged();
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  return bytes.subarray(start, Math.min(bytes.length, start + e.compressedSize));
}

const kb = (n: number) => `${Math.ceil(n / 1024)} KB`;

/**
 * Inflate every deflated entry as a stream, keeping only a count, and refuse an entry the moment it inflates past
 * the size the directory declares for it. An honest zip declares exact sizes, so a directory that lies is caught
 * after one chunk, and what passes inflates to at most the declared total, which checkDeclaredSizes held under
 * the limit: the inflating here costs at most `limit` bytes of work and one chunk of memory. These are the byte
 * ranges JSZip will inflate (it also trusts the directory's compressed size). Returns the total inflated size.
 */
export async function inflateAndCount(bytes: Uint8Array, entries: readonly ZipEntry[], limit = MAX_XLSX_INFLATED_BYTES): Promise<number> {
  let total = 0;
  for (const e of entries) {
    if (e.method === 0) total += e.compressedSize;
    if (e.method !== 8) continue;
    const reader = new Blob([dataOf(bytes, e) as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
    let inflated = 0;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        inflated += value.byteLength;
        if (inflated > e.uncompressedSize) {
          await reader.cancel();
          throw new ReadError(
            'zip-bomb',
            `${e.name} inflates to more than the ${kb(e.uncompressedSize)} its zip directory declares: refused as a possible zip bomb`,
            { key: 'import.read.zipLies', params: { name: e.name, declared: kb(e.uncompressedSize) } },
          );
        }
        // Only reachable when the caller skipped checkDeclaredSizes or passed a smaller limit: kept so that this
        // function alone bounds the work.
        if (total + inflated > limit) {
          await reader.cancel();
          throw bomb(`more than ${mbText(limit)} MB`, { size: `> ${mbText(limit)}`, max: mbText(limit) });
        }
      }
    } catch (err) {
      if (err instanceof ReadError) throw err;
      throw damaged();
    }
    total += inflated;
  }
  return total;
}

/** Both checks, directory first (free), then the counted inflate. */
export async function assertNotZipBomb(bytes: Uint8Array, limit = MAX_XLSX_INFLATED_BYTES): Promise<void> {
  const entries = readZipDirectory(bytes);
  checkDeclaredSizes(entries, limit);
  await inflateAndCount(bytes, entries, limit);
}
