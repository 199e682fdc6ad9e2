// Whole-buffer text decoding. Decoding once (never per chunk) is what keeps GBK characters intact: PapaParse's
// chunked file reading splits multi-byte characters at chunk edges (papaparse #751).
import { ReadError } from './errors.ts';

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be';
}

/** C0 controls except tab, LF, FF and CR, plus DEL: text tables do not contain them, binary files do. */
const isControl = (c: number) => (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f;

/**
 * Decode a whole text file. BOMs decide first (UTF-8, and UTF-16 as Excel's "Unicode text" export writes);
 * otherwise strict UTF-8, falling back to GB18030 (a superset of GBK/GB2312, what Chinese Excel saves CSV as).
 * Throws ReadError('binary') for NUL bytes or many control characters.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  assertText(bytes);
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (bom) {
    // ignoreBOM: true keeps the decoder from eating the BOM, so we strip exactly the 3 bytes we saw.
    return { text: decodeUtf8OrGb(bytes.subarray(3)).text, encoding: 'utf-8-bom' };
  }
  return decodeUtf8OrGb(bytes);
}

function decodeUtf8OrGb(bytes: Uint8Array): Decoded {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

/** Looks at the first 64 KiB: enough to tell a binary file, cheap on a 100 MB CSV. */
function assertText(bytes: Uint8Array): void {
  const n = Math.min(bytes.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = bytes[i]!;
    if (c === 0) throw new ReadError('binary', 'not a text table: the file contains NUL bytes (a binary file?)', { key: 'read.err.nul' });
    if (isControl(c)) control++;
  }
  if (control > 8 && control / n > 0.01) {
    throw new ReadError('binary', `not a text table: ${control} control characters in the first ${n} bytes (a binary file?)`, {
      key: 'read.err.control',
      params: { control, n },
    });
  }
}
