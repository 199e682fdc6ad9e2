// JSON array of objects → headers (union of keys, first-seen order) + one raw row per array element.
import { ReadError } from './errors.ts';
import { MAX_JSON_DEPTH } from './limits.ts';
import type { RawRow } from './table.ts';
import type { Key, Msg } from '../i18n/index.ts';

/** What a non-object element is, as a message key ('read.kind.string' …). */
const kindKey = (v: unknown): Key =>
  v === null
    ? 'read.kind.null'
    : Array.isArray(v)
      ? 'read.kind.array'
      : typeof v === 'number'
        ? 'read.kind.number'
        : typeof v === 'boolean'
          ? 'read.kind.boolean'
          : typeof v === 'object'
            ? 'read.kind.object'
            : 'read.kind.string';
const kindOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `a ${typeof v}`);

/**
 * JSON.parse messages differ between engines (they are the engine's English, not ours); keep only where it broke, as
 * line and column: the CLI's English tail and the message for the UI.
 */
function whereBroken(text: string, message: string): { text: string; msg: Msg } {
  const at = (line: number | string, column: number | string) => ({
    text: ` at line ${line}, column ${column}`,
    msg: { key: 'read.err.badJsonAt' as const, params: { line: Number(line), column: Number(column) } },
  });
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return at(lc[1]!, lc[2]!);
  const pos = /position (\d+)/.exec(message);
  if (pos) {
    const before = text.slice(0, Number(pos[1]));
    return at(before.split('\n').length, before.length - before.lastIndexOf('\n'));
  }
  if (/end of (JSON )?input|unterminated|Unexpected end/i.test(message)) return { text: ' at the end of the file', msg: { key: 'read.err.badJsonEnd' } };
  return { text: '', msg: { key: 'read.err.badJson' } };
}

const valueText = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

/**
 * Refuse nesting deeper than MAX_JSON_DEPTH before JSON.parse and JSON.stringify (valueText) see it: both recurse,
 * and 100,000 levels overflowed the stack ("Maximum call stack size exceeded", an internal error). One loop, no
 * recursion: brackets are counted outside strings; malformed text is left for JSON.parse to describe.
 */
export function assertJsonDepth(text: string, max = MAX_JSON_DEPTH): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: the next character is escaped, even a quote
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) {
        const before = text.slice(0, i);
        const line = before.split('\n').length;
        const column = i - before.lastIndexOf('\n');
        throw new ReadError('too-deep', `JSON nested more than ${max} levels deep (at line ${line}, column ${column}): a list is an array of objects`, {
          key: 'import.read.tooDeep',
          params: { max, line, column },
        });
      }
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
}

/** Parse. Elements that are not objects become rows with a problem (so they are counted), unless none is an object. */
export function parseJsonTable(text: string): { headers: string[]; rows: RawRow[] } {
  assertJsonDepth(text);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const where = whereBroken(text, (e as Error).message);
    throw new ReadError('bad-json', `malformed JSON${where.text}`, where.msg);
  }
  if (!Array.isArray(data)) {
    throw new ReadError('json-shape', `JSON must be an array of objects (one per row); this file's top level is ${kindOf(data)}`, {
      key: 'read.err.jsonTop',
      params: { kind: { key: kindKey(data) } },
    });
  }
  const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (data.length > 0 && !data.some(isObj)) {
    throw new ReadError('json-shape', `JSON must be an array of objects (one per row); its elements are ${kindOf(data[0])}`, {
      key: 'read.err.jsonElements',
      params: { kind: { key: kindKey(data[0]) } },
    });
  }
  const index = new Map<string, number>();
  for (const el of data) if (isObj(el)) for (const k of Object.keys(el)) if (!index.has(k)) index.set(k, index.size);
  const headers = [...index.keys()];
  const rows: RawRow[] = data.map((el, i) => {
    const cells = Array<string>(headers.length).fill('');
    if (!isObj(el)) return { line: i + 1, cells, problems: [{ key: 'read.notObject', params: { kind: { key: kindKey(el) } } }] };
    for (const [k, v] of Object.entries(el)) cells[index.get(k)!] = valueText(v);
    return { line: i + 1, cells };
  });
  return { headers, rows };
}
