// What an exported offline map carries ("导出离线地图", src/app/state/handover.svelte.ts): the view as its link, the
// user's imported lists in it and their story steps, with when and what was exported. It travels inside the one-file
// map as a JSON data block (<script type="application/json" id="handover">), which the page reads at start-up.
//
// The file may have been edited by hand on its way. Reading it never throws and never gives up on the whole: each
// field is checked on its own, a bad one is dropped with a notice naming it, and the rest still applies (as links do,
// src/lib/link/viewLink.ts).
import { z } from 'zod/mini';
import type { Msg } from '../i18n/index.ts';
import type { ImportedList } from '../import/types.ts';
import { StorySchema, type StoryFile } from '../story/format.ts';
import { fileStem } from '../present/fileName.ts';
import { HANDOVER_ID } from './blockId.ts';

export const HANDOVER_FORMAT = 'mianyang-policy-map/handover';
export const HANDOVER_VERSION = 1;
/** The id of the data block in the page. */
export { HANDOVER_ID };

export interface Handover {
  format: typeof HANDOVER_FORMAT;
  version: typeof HANDOVER_VERSION;
  /** ISO time of the export. */
  exportedAt: string;
  /** What the map showed (its title), for the page's banner and the file name. */
  title: string;
  /** The view's link, without "#": selection, counting, classes, layers, camera, drawer tab, language. */
  link: string;
  lists: ImportedList[];
  story: StoryFile | null;
}

// Only the fields the app reads from a list before anything else are checked here; the rows' own shape is what the
// import worker wrote, and a list whose rows are not even objects is refused as a whole.
const listSchema = z.looseObject({
  meta: z.looseObject({ id: z.string().check(z.regex(/^import-[A-Za-z0-9-]{1,80}$/)), name: z.string().check(z.maxLength(200)) }),
  headers: z.array(z.string()),
  rows: z.array(z.looseObject({ index: z.number(), cells: z.array(z.string()), geo: z.looseObject({ status: z.string() }), problems: z.array(z.unknown()) })),
  counts: z.looseObject({}),
});

const FIELDS = {
  exportedAt: z.iso.datetime(),
  title: z.string().check(z.maxLength(300)),
  link: z.string().check(z.maxLength(2000)),
  story: z.nullable(StorySchema),
};

export interface ReadHandover {
  /** The fields that could be read; a field left out was missing or dropped (see notices). */
  handover: Partial<Omit<Handover, 'format' | 'version'>> & { lists: ImportedList[] };
  notices: Msg[];
}

/** Where in a value zod found the first problem, as "lists[2].rows" — what the notice names. */
const pathOf = (field: string, issue: { path?: readonly PropertyKey[] } | undefined) =>
  [field, ...(issue?.path ?? []).map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))].join('').replace(/\.\[/g, '[');

/** Reads the data block's text. Never throws: broken JSON gives no fields and one notice. */
export function readHandover(text: string): ReadHandover {
  const out: ReadHandover = { handover: { lists: [] }, notices: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    out.notices.push({ key: 'handover.err.json', params: { error: e instanceof Error ? e.message : String(e) } });
    return out;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    out.notices.push({ key: 'handover.err.shape' });
    return out;
  }
  const o = raw as Record<string, unknown>;
  if (o.format !== HANDOVER_FORMAT || o.version !== HANDOVER_VERSION) {
    out.notices.push({ key: 'handover.err.version', params: { format: String(o.format), version: String(o.version) } });
  }
  for (const [field, schema] of Object.entries(FIELDS)) {
    if (!Object.hasOwn(o, field)) continue;
    const r = schema.safeParse(o[field]);
    if (r.success) (out.handover as Record<string, unknown>)[field] = r.data;
    else out.notices.push({ key: 'handover.err.field', params: { field: pathOf(field, r.error.issues[0]) } });
  }
  if (Object.hasOwn(o, 'lists')) {
    if (!Array.isArray(o.lists)) out.notices.push({ key: 'handover.err.field', params: { field: 'lists' } });
    else {
      const seen = new Set<string>();
      o.lists.forEach((l, i) => {
        const r = listSchema.safeParse(l);
        if (!r.success) return out.notices.push({ key: 'handover.err.field', params: { field: pathOf(`lists[${i}]`, r.error.issues[0]) } });
        const list = l as ImportedList;
        // Two lists under one id would make one of them unreachable: the first is kept.
        if (seen.has(list.meta.id)) return out.notices.push({ key: 'handover.err.duplicate', params: { id: list.meta.id } });
        seen.add(list.meta.id);
        out.handover.lists.push(list);
      });
    }
  }
  return out;
}

/** The opening tag of the data block. */
export const HANDOVER_OPEN = `<script type="application/json" id="${HANDOVER_ID}">`;
/** The closing tag of the data block, and the line break after it. */
export const HANDOVER_CLOSE = '</script>\n';

/**
 * The page split where the data block goes: the last thing in <body>, after every script (a block it already had is
 * taken out). The page's own script may contain the text of the block's tag or of "</head>" (it writes such blocks),
 * so the block is found and placed from the end of the page, never by the first match. The page's own script and
 * styles stay byte for byte as they were: its Content-Security-Policy allows them by their hashes.
 */
export function splitPage(html: string): { before: string; after: string } {
  let page = html;
  const at = page.lastIndexOf(HANDOVER_OPEN);
  if (at !== -1) {
    const end = page.indexOf('</script>', at);
    // Only a block that is the last thing before </body> is ours; anything else is text inside the page's script.
    if (end !== -1 && /^\s*<\/body>/.test(page.slice(end + 9))) page = page.slice(0, at).trimEnd() + page.slice(end + 9);
  }
  const body = page.lastIndexOf('</body>');
  if (body === -1) throw new Error('the page has no </body> to put the handover in');
  return { before: page.slice(0, body), after: page.slice(body) };
}

/** JSON text for inside the block: "<" as \u003c, so no string (a name such as "</script><script>…") can close it. */
const escape = (json: string) => json.replace(/</g, '\\u003c');
/** `{"a":1}` → `{"a":1` + `,` when the object had keys, ready for one more key. */
const open = (o: object) => {
  const j = JSON.stringify(o);
  return j === '{}' ? '{' : `${j.slice(0, -1)},`;
};

/**
 * Rows per part. A part's text (~0.5 KB a row) stays under V8's large-object size (~128 KB), so it is made and dropped
 * in the young generation; parts of 5,000 rows (~2.5 MB strings, twice with the escaping) went straight to the old
 * one, and collecting them made the export's longest tasks (232–254 ms, bigexport.handoverLongestTaskMs).
 */
const PART_ROWS = 200;

/**
 * The payload's JSON in parts of at most `chunk` rows, so a list of 100,000 rows is written a piece at a time and
 * the page can breathe between pieces (src/app/state/handover.svelte.ts). The parts joined are JSON that parses to
 * the payload; `rows` says how many list rows each part carries, for the progress line.
 */
export function* payloadParts(payload: Handover, chunk = PART_ROWS): Generator<{ text: string; rows: number }> {
  const { lists, ...rest } = payload;
  yield { text: escape(`${open(rest)}"lists":[`), rows: 0 };
  for (const [i, list] of lists.entries()) {
    const { rows, ...meta } = list;
    yield { text: escape(`${i ? ',' : ''}${open(meta)}"rows":[`), rows: 0 };
    for (let r = 0; r < rows.length; r += chunk) {
      const part = rows.slice(r, r + chunk);
      yield { text: escape(`${r ? ',' : ''}${JSON.stringify(part).slice(1, -1)}`), rows: part.length };
    }
    yield { text: ']}', rows: 0 };
  }
  yield { text: ']}', rows: 0 };
}

/**
 * The whole page with the payload as its data block (replacing one it had), in pieces: the page up to the block, the
 * payload's parts, the rest of the page. The app writes these into a Blob a piece at a time; embedHandover joins them.
 */
export function* handoverPage(html: string, payload: Handover, chunk?: number): Generator<{ text: string; rows: number }> {
  const { before, after } = splitPage(html);
  yield { text: before + HANDOVER_OPEN, rows: 0 };
  yield* payloadParts(payload, chunk);
  yield { text: HANDOVER_CLOSE + after, rows: 0 };
}

/** The page with the payload as its data block, in one string (small payloads, tests). */
export function embedHandover(html: string, payload: Handover): string {
  return [...handoverPage(html, payload)].map((p) => p.text).join('');
}

/** The file name: the map's title and the date, with what file systems refuse replaced. */
export function handoverFileName(title: string, exportedAt: string): string {
  return `绵阳产业政策地图-${fileStem(title)}-${exportedAt.slice(0, 10)}.html`;
}
