// A Worker that can be handed out before its script exists. The one-file map keeps its import worker gzipped (it
// inflates it when the first import starts: DecompressionStream is asynchronous), while the import client wants a
// Worker at once. Messages posted meanwhile wait in order, with their transfer lists; handlers set meanwhile are the
// ones the worker's events reach. Only what src/app/import/client.ts uses of a Worker is here.

/** The part of an error event the import client reads. */
export interface WorkerFailure {
  message: string;
  preventDefault(): void;
}

export class DeferredWorker {
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: WorkerFailure) => void) | null = null;
  private real: Worker | undefined;
  private queue: [unknown, Transferable[]][] = [];
  private ended = false;

  /** url: the worker's script, when it exists; make: how a worker is started from it (a classic one, in the page). */
  constructor(url: Promise<string>, make: (url: string) => Worker) {
    url.then(
      (u) => {
        if (this.ended) return;
        const w = make(u);
        w.onmessage = (e) => this.onmessage?.(e);
        w.onerror = (e) => this.onerror?.(e);
        for (const [m, t] of this.queue) w.postMessage(m, t);
        this.queue = [];
        this.real = w;
      },
      (e: unknown) => {
        if (!this.ended) this.onerror?.({ message: e instanceof Error ? e.message : String(e), preventDefault() {} });
      },
    );
  }

  postMessage(message: unknown, transfer: Transferable[] = []): void {
    if (this.real) this.real.postMessage(message, transfer);
    else if (!this.ended) this.queue.push([message, transfer]);
  }

  terminate(): void {
    this.ended = true;
    this.queue = [];
    this.real?.terminate();
  }
}
