// Typed promise API over the import worker. Reading cannot be interrupted inside readTable, so cancelling a read
// terminates the worker (a fresh one is started on the next call); cancelling a geocode asks the worker to stop
// between chunks, which keeps the table for another try.
import type { GeoCounts } from '../../lib/geocode-table.ts';
import type { Msg } from '../../lib/i18n/index.ts';
import type { ListInfo } from '../../lib/import/build.ts';
import type { ColumnMapping } from '../../lib/import/mapping.ts';
import type { FromWorker, TableSummary, ToWorker } from '../../lib/import/protocol.ts';
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
};

export class ImportClient {
  private worker: Worker | undefined;
  private pending: Pending | undefined;
  private phase: 'idle' | 'read' | 'import' = 'idle';

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

  private send(msg: ToWorker, transfer: Transferable[], onProgress?: Pending['onProgress']): Promise<FromWorker> {
    if (this.pending) this.fail(new Cancelled());
    const w = this.ensure();
    this.phase = msg.type === 'import' ? 'import' : 'read';
    return new Promise<FromWorker>((resolve, reject) => {
      this.pending = { resolve, reject, rows: [], ...(onProgress ? { onProgress } : {}) };
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
      onProgress,
    );
    if (m.type !== 'done') throw new Error(`unexpected worker answer ${m.type}`);
    return { list: m.list, ...(m.saveError !== undefined ? { saveError: m.saveError } : {}) };
  }

  cancel(): void {
    if (!this.pending) return;
    if (this.phase === 'import') this.worker?.postMessage({ type: 'cancel' } satisfies ToWorker);
    else this.fail(new Cancelled());
  }

  dispose(): void {
    this.fail(new Cancelled());
  }
}
