// JSON array of objects → headers (union of keys, first-seen order) + one raw row per array element.
import { ReadError } from './errors.ts';
import type { RawRow } from './table.ts';

const kindOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `a ${typeof v}`);

/** JSON.parse messages differ between engines; keep only where it broke, as line and column. */
function whereBroken(text: string, message: string): string {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return ` at line ${lc[1]}, column ${lc[2]}`;
  const pos = /position (\d+)/.exec(message);
  if (pos) {
    const before = text.slice(0, Number(pos[1]));
    const line = before.split('\n').length;
    return ` at line ${line}, column ${before.length - before.lastIndexOf('\n')}`;
  }
  if (/end of (JSON )?input|unterminated|Unexpected end/i.test(message)) return ' at the end of the file';
  return '';
}

const valueText = (v: unknown): string =>
  v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);

/** Parse. Elements that are not objects become rows with a problem (so they are counted), unless none is an object. */
export function parseJsonTable(text: string): { headers: string[]; rows: RawRow[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new ReadError('bad-json', `malformed JSON${whereBroken(text, (e as Error).message)}`);
  }
  if (!Array.isArray(data)) {
    throw new ReadError('json-shape', `JSON must be an array of objects (one per row); this file's top level is ${kindOf(data)}`);
  }
  const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (data.length > 0 && !data.some(isObj)) {
    throw new ReadError('json-shape', `JSON must be an array of objects (one per row); its elements are ${kindOf(data[0])}`);
  }
  const index = new Map<string, number>();
  for (const el of data) if (isObj(el)) for (const k of Object.keys(el)) if (!index.has(k)) index.set(k, index.size);
  const headers = [...index.keys()];
  const rows: RawRow[] = data.map((el, i) => {
    const cells = Array<string>(headers.length).fill('');
    if (!isObj(el)) return { line: i + 1, cells, problem: `element ${i + 1} is ${kindOf(el)}, not an object` };
    for (const [k, v] of Object.entries(el)) cells[index.get(k)!] = valueText(v);
    return { line: i + 1, cells };
  });
  return { headers, rows };
}
