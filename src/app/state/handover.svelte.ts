// Handing a map over as one file: "导出离线地图" writes the one-file map with the current view, the imported lists in
// it and the presenter's story steps inside (src/lib/handover/payload.ts); a page opened from such a file reads them
// back at start-up (main.ts) and stays read-only — nothing is written to the receiving browser's storage — until its
// user saves a copy. The one source of "is this a handed-over map, and may it write".
// The payload's and the story's validators (zod) are loaded when a page has a block to read or a map is exported:
// a page opened from the server has no block, and the first paint does without them.
import type { Handover } from '../../lib/handover/payload.ts';
import { HANDOVER_ID } from '../../lib/handover/blockId.ts';
import { encodeView } from '../../lib/link/encodeView.ts';
import type { Msg } from '../../lib/i18n/index.ts';
import type { ImportedList } from '../../lib/import/types.ts';
import { IMPORT_PLAN } from '../../lib/import/types.ts';
import type { StoryStep } from '../../lib/story/format.ts';
import { MAX_STEPS } from '../../lib/story/limits.ts';
import { oneFilePage } from '../boot/variant.ts';
import { OneFileMissing } from '../boot/oneFileMissing.ts';
import { saveBlob } from '../export/downloadCsv.ts';
import { dataState } from './data.svelte.ts';
import { story } from './story.svelte.ts';
import { translate } from '../../lib/i18n/index.ts';

/** What a received file said about itself, for the page's banner. */
export interface Received {
  exportedAt?: string;
  title?: string;
  lists: number;
  /** Rows in those lists. */
  rows: number;
  steps: number;
  /** Fields of the file that could not be read (hand-edited), each named. */
  notices: Msg[];
}

export class HandoverState {
  /** Set when this page was opened from an exported file. */
  received = $state.raw<Received | null>(null);
  /** A received map writes nothing to this browser (lists, fixes, story) until the user saves a copy. */
  readOnly = $state(false);
  busy = $state(false);
  /** Rows written so far while an export runs (a list of 100,000 rows takes a few seconds). */
  progress = $state.raw<{ done: number; total: number } | null>(null);

  /**
   * Reads the page's data block, if it has one. Called once at start-up, before the link is read: the file's view
   * becomes the page's hash unless the page was opened with a hash of its own (a link into the file wins).
   * Returns the carried lists for dataState.loadStored, or undefined when this is not a received map.
   */
  async receive(doc: Document = document): Promise<ImportedList[] | undefined> {
    const block = doc.getElementById(HANDOVER_ID);
    if (!block) return undefined;
    const [{ readHandover }, { readStory }] = await Promise.all([import('../../lib/handover/payload.ts'), import('../../lib/story/saved.ts')]);
    const { handover: h, notices } = readHandover(block.textContent ?? '');
    const steps = h.story ? readStory(JSON.stringify(h.story)).steps : [];
    if (h.link && !location.hash.replace(/^#/, '')) history.replaceState(null, '', `#${h.link}`);
    // The carried steps are the story editor's steps; this browser's own saved story is neither read nor replaced.
    story.setUserSteps(steps);
    this.readOnly = true;
    this.received = {
      ...(h.exportedAt !== undefined ? { exportedAt: h.exportedAt } : {}),
      ...(h.title !== undefined ? { title: h.title } : {}),
      lists: h.lists.length,
      rows: h.lists.reduce((n, l) => n + l.rows.length, 0),
      steps: steps.length,
      notices,
    };
    return h.lists;
  }

  /**
   * Downloads the one-file map at the current view. It carries the imported lists the view shows (one list, or all
   * of "我的名单"), or every imported list when `allLists`, and the story steps. Throws a HandoverError to say why not.
   */
  async export(opts: { allLists: boolean; view: Parameters<typeof encodeView>[0]; title: string; steps: readonly StoryStep[] }): Promise<string> {
    // The button waits for these (exportBlocked); a call that comes anyway is refused rather than hand over a view
    // that is about to change.
    const blocked = exportBlocked();
    if (blocked) throw new HandoverError(blocked);
    this.busy = true;
    try {
      const [
        { handoverFileName, payloadParts, splitPage, HANDOVER_CLOSE, HANDOVER_FORMAT, HANDOVER_OPEN, HANDOVER_VERSION },
        { splitPageBlob },
        { storyFile },
      ] = await Promise.all([import('../../lib/handover/payload.ts'), import('../../lib/handover/pageBlob.ts'), import('../../lib/story/saved.ts')]);
      let page: string | Blob;
      try {
        page = await oneFilePage();
      } catch (e) {
        throw new HandoverError(e instanceof OneFileMissing ? { key: 'handover.err.noFile' } : { key: 'handover.err.failed', params: { error: String(e) } });
      }
      const sel = opts.view.sel;
      const lists = dataState.imports.filter((l) => opts.allLists || sel === `list:${l.meta.id}` || sel === `plan:${IMPORT_PLAN}`);
      const exportedAt = new Date().toISOString();
      const payload: Handover = {
        format: HANDOVER_FORMAT,
        version: HANDOVER_VERSION,
        exportedAt,
        title: opts.title,
        link: encodeView(opts.view),
        lists,
        story: opts.steps.length ? storyFile(opts.steps, translate('zh', 'map.story.mine')) : null,
      };
      const name = handoverFileName(opts.title, exportedAt);
      // The page around the data block: the served page stays bytes (splitPageBlob decodes only its tail; decoding
      // all 4 MB took 0.47 s of main thread), a one-file page exports from its own text.
      const split = typeof page === 'string' ? ((p) => ({ before: [p.before], after: p.after }))(splitPage(page)) : await splitPageBlob(page);
      // The payload is written a piece at a time (payloadParts), with a macrotask between pieces every ~30 ms: the
      // page stays responsive and shows how far it has got, even for 100,000 rows. The text goes into a Blob every
      // ~1 MB: one Blob made of all the strings at the end encoded ~30 MB to UTF-8 in one task (~0.5 s for 100,000
      // rows), and strings kept for a whole stretch outlive the young generation. A Blob of Blobs copies no text.
      const total = lists.reduce((n, l) => n + l.rows.length, 0);
      const blobs: Blob[] = [new Blob([...split.before, HANDOVER_OPEN])];
      let pending: string[] = [];
      let pendingChars = 0;
      let done = 0;
      let since = performance.now();
      this.progress = { done, total };
      for (const p of payloadParts(payload)) {
        pending.push(p.text);
        pendingChars += p.text.length;
        done += p.rows;
        if (pendingChars > 1 << 20) {
          blobs.push(new Blob(pending));
          pending = [];
          pendingChars = 0;
        }
        if (performance.now() - since > 30) {
          this.progress = { done, total };
          await new Promise((r) => setTimeout(r, 0));
          since = performance.now();
        }
      }
      pending.push(HANDOVER_CLOSE + split.after);
      blobs.push(new Blob(pending));
      saveBlob(new Blob(blobs, { type: 'text/html;charset=utf-8' }), name);
      return name;
    } finally {
      this.busy = false;
      this.progress = null;
    }
  }

  /**
   * "保存到本浏览器": the carried lists go to this browser's storage and its own lists are read in beside them; the
   * carried steps follow this browser's own saved steps (up to the limit) and are saved by the story editor, which
   * writes again once the page is no longer read-only.
   */
  async saveCopy(): Promise<void> {
    const store = await import('../../platform/importStore.ts');
    for (const l of dataState.imports) await store.saveList($state.snapshot(l) as ImportedList);
    story.setUserSteps([...(await ownSavedSteps()), ...story.userSteps].slice(0, MAX_STEPS));
    this.readOnly = false;
    await dataState.loadStored();
  }
}

/**
 * Why the offline map cannot be exported yet, or null: a list being imported or merged would be missing from the
 * file or half in it. (A PNG being drawn does not hold it back: pictures are drawn by a hidden map, captureMap.ts.)
 */
export function exportBlocked(): Msg | null {
  return dataState.pending > 0 ? { key: 'handover.wait.import' } : null;
}

/** Why the offline map could not be exported, said in the UI's language. */
export class HandoverError extends Error {
  constructor(readonly msg: Msg) {
    super(msg.key);
    this.name = 'HandoverError';
  }
}

/** This browser's own saved story steps (read when a received map is saved as a copy). */
export async function ownSavedSteps(): Promise<StoryStep[]> {
  const { readStory, USER_STORY_KEY } = await import('../../lib/story/saved.ts');
  try {
    return readStory(localStorage.getItem(USER_STORY_KEY)).steps;
  } catch {
    return [];
  }
}

export const handover = new HandoverState();
