import { describe, expect, it } from 'vitest';
import { DeferredWorker } from './deferredWorker.ts';

/** A stand-in Worker that records what reaches it. */
class FakeWorker {
  posted: [unknown, Transferable[]][] = [];
  terminated = false;
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: unknown) => void) | null = null;
  constructor(readonly url: string) {}
  postMessage(m: unknown, t: Transferable[] = []) {
    this.posted.push([m, t]);
  }
  terminate() {
    this.terminated = true;
  }
}

function deferred() {
  let resolve!: (u: string) => void, reject!: (e: Error) => void;
  const url = new Promise<string>((res, rej) => ((resolve = res), (reject = rej)));
  const made: FakeWorker[] = [];
  const w = new DeferredWorker(url, (u) => {
    const f = new FakeWorker(u);
    made.push(f);
    return f as unknown as Worker;
  });
  return { w, made, resolve, reject };
}

describe('DeferredWorker', () => {
  it('posts what was sent before the script existed, in order and with its transfer list, then passes through', async () => {
    const { w, made, resolve } = deferred();
    const buf = new ArrayBuffer(8);
    w.postMessage({ type: 'read' }, [buf]);
    w.postMessage({ type: 'import' });
    expect(made).toHaveLength(0);
    resolve('blob:worker');
    await Promise.resolve();
    expect(made[0]!.url).toBe('blob:worker');
    expect(made[0]!.posted).toEqual([
      [{ type: 'read' }, [buf]],
      [{ type: 'import' }, []],
    ]);
    w.postMessage({ type: 'cancel' });
    expect(made[0]!.posted.at(-1)).toEqual([{ type: 'cancel' }, []]);
  });

  it('reaches the handlers set on it, including ones set before the worker started', async () => {
    const { w, made, resolve } = deferred();
    const got: unknown[] = [];
    w.onmessage = (e) => got.push(e.data);
    resolve('blob:w');
    await Promise.resolve();
    made[0]!.onmessage!({ data: 'progress' } as MessageEvent);
    w.onmessage = (e) => got.push(['later', e.data]);
    made[0]!.onmessage!({ data: 'done' } as MessageEvent);
    expect(got).toEqual(['progress', ['later', 'done']]);
  });

  it('terminated before its script exists, it never starts; a script that cannot be made is an error event', async () => {
    const a = deferred();
    a.w.postMessage('x');
    a.w.terminate();
    a.resolve('blob:a');
    await Promise.resolve();
    expect(a.made).toHaveLength(0);

    const b = deferred();
    const errors: string[] = [];
    b.w.onerror = (e) => errors.push(e.message);
    b.reject(new Error('DecompressionStream failed'));
    await Promise.resolve().then(() => undefined);
    expect(errors).toEqual(['DecompressionStream failed']);
  });
});
