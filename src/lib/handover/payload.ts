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

export const HANDOVER_FORMAT = 'mianyang-policy-map/handover';
export const HANDOVER_VERSION = 1;
/** The id of the data block in the page. */
export const HANDOVER_ID = 'handover';

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

/**
 * The page with the payload as its data block, the last thing in <body> (replacing the block it already had). The
 * page's own script may contain the text of the block's tag or of "</head>" (it writes such blocks), so the block is
 * found and placed from the end of the page, after every script, never by the first match. "<" is written as \u003c
 * inside the JSON, so no string in a list (a name such as "</script><script>…") can close the block early, and the
 * block's tag never occurs inside it; JSON.parse reads it back. The page's own script and styles are left byte for
 * byte as they were: its Content-Security-Policy allows them by their hashes.
 */
export function embedHandover(html: string, payload: Handover): string {
  const open = `<script type="application/json" id="${HANDOVER_ID}">`;
  const json = JSON.stringify(payload).replace(/</g, '\\u003c');
  let page = html;
  const at = page.lastIndexOf(open);
  if (at !== -1) {
    const end = page.indexOf('</script>', at);
    // Only a block that is the last thing before </body> is ours; anything else is text inside the page's script.
    if (end !== -1 && /^\s*<\/body>/.test(page.slice(end + 9))) page = page.slice(0, at).trimEnd() + page.slice(end + 9);
  }
  const body = page.lastIndexOf('</body>');
  if (body === -1) throw new Error('the page has no </body> to put the handover in');
  return `${page.slice(0, body)}${open}${json}</script>\n${page.slice(body)}`;
}

/** The file name: the map's title and the date, with what file systems refuse replaced. */
export function handoverFileName(title: string, exportedAt: string): string {
  const safe =
    title
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_')
      .trim()
      .slice(0, 80) || 'map';
  return `绵阳产业政策地图-${safe}-${exportedAt.slice(0, 10)}.html`;
}
