// Typed promise API over the import worker. Reading cannot be interrupted inside readTable, so cancelling a read
// terminates the worker (a fresh one is started on the next call); cancelling a geocode asks the worker to stop
// between chunks, which keeps the table for another try.
import type { GeoCounts } from '../../lib/geocode-table.ts';
import type { Msg } from '../../lib/i18n/index.ts';
import type { ListInfo } from '../../lib/import/build.ts';
import type { ColumnMapping } from '../../lib/import/mapping.ts';
import type { ExportFormat, FromWorker, TableSummary, ToWorker } from '../../lib/import/protocol.ts';
import type { Lang } from '../../lib/i18n/index.ts';
import type { AppData } from '../data.ts';
import type { Fixes, ImportedList, ImportRow } from '../../lib/import/types.ts';
import { startImportWorker } from '../boot/variant.ts';

export class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

/** A failure the panel shows, as a message it says in the UI's language. */
export class ImportError extends Error {
  constructor(readonly msg: Msg) {
    super(msg.key);
    this.name = 'ImportError';
  }
}

type Pending = {
  resolve: (m: FromWorker) => void;
  reject: (e: Error) => void;
  onProgress?: (done: number, total: number, counts: GeoCounts) => void;
  /** Rows received with the progress messages, in order. */
  rows: ImportRow[];
  /** An export's worker has written done of total rows and wants the next chunk. */
  onExportProgress?: (done: number, total: number) => void;
};

/**
 * Rows per exportRows message: the page's cost per task is cloning them into the message. With 1,000,000 rows in the
 * page's heap a 5,000-row clone measured up to ~300 ms on a busy 2-core machine; 2,000 (the import's own chunk) keeps
 * it well under the 200 ms budget.
 */
export const EXPORT_CHUNK = 2000;

export class ImportClient {
  private worker: Worker | undefined;
  private pending: Pending | undefined;
  private phase: 'idle' | 'read' | 'import' | 'export' = 'idle';

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const w = startImportWorker();
    w.onmessage = (e: MessageEvent<FromWorker>) => {
      const m = e.data;
      const p = this.pending;
      if (!p) return;
      if (m.type === 'progress') {
        for (const r of m.rows) p.rows.push(r);
        return p.onProgress?.(m.done, m.total, m.counts);
      }
      if (m.type === 'exportProgress') return p.onExportProgress?.(m.done, m.total);
      this.pending = undefined;
      this.phase = 'idle';
      if (m.type === 'error') p.reject(new ImportError(m.message));
      else if (m.type === 'cancelled') p.reject(new Cancelled());
      else p.resolve(m.type === 'done' ? { ...m, list: { ...m.list, rows: p.rows } } : m);
    };
    w.onerror = (e) => {
      e.preventDefault();
      this.fail(new ImportError({ key: 'import.err.failed', params: { error: e.message || { key: 'import.err.worker' } } }));
    };
    return (this.worker = w);
  }

  private fail(err: Error): void {
    const p = this.pending;
    this.pending = undefined;
    this.phase = 'idle';
    this.worker?.terminate();
    this.worker = undefined;
    p?.reject(err);
  }

  private send(msg: ToWorker, transfer: Transferable[], more: Pick<Pending, 'onProgress' | 'onExportProgress'> = {}): Promise<FromWorker> {
    if (this.pending) this.fail(new Cancelled());
    const w = this.ensure();
    this.phase = msg.type === 'import' ? 'import' : msg.type === 'exportStart' || msg.type === 'saveStart' ? 'export' : 'read';
    return new Promise<FromWorker>((resolve, reject) => {
      this.pending = { resolve, reject, rows: [], ...more };
      w.postMessage(msg, transfer);
    });
  }

  /** The bytes are transferred (the caller's buffer is emptied). */
  async read(bytes: ArrayBuffer, fileName: string, sheet?: string): Promise<TableSummary> {
    const m = await this.send({ type: 'read', bytes, fileName, ...(sheet !== undefined ? { sheet } : {}) }, [bytes]);
    if (m.type !== 'table') throw new Error(`unexpected worker answer ${m.type}`);
    return m.summary;
  }

  /** The worker also stores the list in IndexedDB (unless store is false); saveError says when it could not. */
  async geocode(
    mapping: ColumnMapping,
    fixes: Fixes,
    info: ListInfo,
    onProgress: Pending['onProgress'],
    store = true,
  ): Promise<{ list: ImportedList; saveError?: string }> {
    // $state proxies cannot be cloned: send plain copies.
    const m = await this.send(
      { type: 'import', mapping: { ...mapping }, fixes: JSON.parse(JSON.stringify(fixes)) as Fixes, info: { ...info }, store },
      [],
      onProgress ? { onProgress } : {},
    );
    if (m.type !== 'done') throw new Error(`unexpected worker answer ${m.type}`);
    return { list: m.list, ...(m.saveError !== undefined ? { saveError: m.saveError } : {}) };
  }

  /**
   * The list as a file, written in the worker: the rows go over EXPORT_CHUNK at a time, at most two chunks unwritten,
   * so the page's main thread does one chunk's clone per task and never queues the whole list. onProgress: rows
   * written of all. cancel() ends it at once (the worker and its parts are dropped; nothing is downloaded).
   */
  async exportList(
    list: ImportedList,
    format: ExportFormat,
    lang: Lang,
    places: Pick<AppData, 'counties' | 'parks'>,
    onProgress: (done: number, total: number) => void,
  ): Promise<Blob> {
    const m = await this.sendList(
      list,
      (head, total) => ({ type: 'exportStart', format, list: head, total, lang, counties: [...places.counties], parks: [...places.parks] }),
      onProgress,
    );
    if (m.type !== 'exported') throw new Error(`unexpected worker answer ${m.type}`);
    return m.blob;
  }

  /**
   * Store the list in IndexedDB from the worker (its rows sent in chunks as for an export). Resolves when it is
   * stored; rejects with the reason when it could not be.
   */
  async saveList(list: ImportedList): Promise<void> {
    const m = await this.sendList(
      list,
      (head, total) => ({ type: 'saveStart', list: head, total }),
      () => {},
    );
    if (m.type !== 'saved') throw new Error(`unexpected worker answer ${m.type}`);
    if (m.error !== undefined) throw new Error(m.error);
  }

  /**
   * The list to the worker: `start` with the list's fields but no rows, then the rows EXPORT_CHUNK at a time, at most
   * two chunks unwritten, so the page's main thread does one chunk's clone per task and never queues the whole list.
   */
  private sendList(
    list: ImportedList,
    start: (head: ImportedList, total: number) => ToWorker,
    onProgress: (done: number, total: number) => void,
  ): Promise<FromWorker> {
    const total = list.rows.length;
    let sent = 0;
    let lastSent = false;
    // Called on every exportProgress: the one with done 0 asks for the first chunk; a list of no rows still gets its
    // one (empty) last chunk, which closes the file.
    const sendNext = () => {
      if (lastSent) return;
      const to = Math.min(sent + EXPORT_CHUNK, total);
      lastSent = to === total;
      this.worker?.postMessage({ type: 'exportRows', rows: list.rows.slice(sent, to), last: lastSent } satisfies ToWorker);
      sent = to;
    };
    const onExportProgress = (done: number, all: number) => {
      onProgress(done, all);
      // One chunk ahead: the worker writes chunk k while the page clones chunk k + 1, on two cores at once.
      if (done === 0) sendNext();
      sendNext();
    };
    // $state proxies cannot be cloned: plain copies of the list's fields, without its rows.
    const head: ImportedList = JSON.parse(JSON.stringify({ ...list, rows: [] })) as ImportedList;
    return this.send(start(head, total), [], { onExportProgress });
  }

  cancel(): void {
    if (!this.pending) return;
    // An export's parts are dropped with its worker: a cancelled export has nothing to keep.
    if (this.phase === 'import') this.worker?.postMessage({ type: 'cancel' } satisfies ToWorker);
    else this.fail(new Cancelled());
  }

  dispose(): void {
    this.fail(new Cancelled());
  }
}
