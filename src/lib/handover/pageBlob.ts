// The one-file page as the served app fetches it (a Blob of ~4 MB), split where the data block goes without decoding
// it: Response.text() of the page took 0.47 s on the bench machine, in two long tasks of 263 and 179 ms
// (bigexport.handoverLongestTaskMs, issue 14). The block goes before </body>, which is at the very end: only the tail
// is decoded and split (splitPage), and the rest of the page stays bytes, as a zero-copy slice of the Blob.
import { splitPage } from './payload.ts';

/** Bytes of the tail decoded: the end of the page (</body></html>) is a few dozen bytes; a served page has no block. */
export const TAIL_BYTES = 1 << 16;

/**
 * The page before the block (a Blob slice and the decoded part of the tail) and the text after it. A tail that does
 * not hold </body> (a page that is not the one-file map) is refused as splitPage refuses it. A page that already
 * carries a data block is a received file: that one exports from its own text (variant.onefile.ts), never from here.
 */
export async function splitPageBlob(page: Blob, tailBytes = TAIL_BYTES): Promise<{ before: (Blob | string)[]; after: string }> {
  const start = Math.max(0, page.size - tailBytes);
  const bytes = new Uint8Array(await page.slice(start).arrayBuffer());
  // The cut may fall inside a UTF-8 character: its continuation bytes (10xxxxxx) go with the untouched head.
  let skip = 0;
  while (start > 0 && skip < bytes.length && (bytes[skip]! & 0xc0) === 0x80) skip++;
  const { before, after } = splitPage(new TextDecoder().decode(bytes.subarray(skip)));
  return { before: [page.slice(0, start + skip), before], after };
}
