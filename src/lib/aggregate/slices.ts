// Work over a whole list written once as a generator that yields between slices of rows, then run either to the end
// at once (tests, small lists) or with a pause awaited at each yield, so a 1,000,000-row list is built in tasks of a
// few tens of ms and the page keeps drawing frames and taking input (issue 14: no main-thread task over 200 ms).

/** The steps of a piece of work: each `yield` is a point where the page may run other tasks. */
export type Steps<T> = Generator<void, T, void>;

/** Run every step now, in one task. */
export function runAll<T>(steps: Steps<T>): T {
  for (;;) {
    const s = steps.next();
    if (s.done) return s.value;
  }
}

/** Run the steps with `pause` awaited between them (a macrotask boundary in the page). */
export async function runSliced<T>(steps: Steps<T>, pause: () => Promise<unknown>): Promise<T> {
  for (;;) {
    const s = steps.next();
    if (s.done) return s.value;
    await pause();
  }
}

/** Rows per slice: ~10–30 ms of simple per-row work on the 2-core bench machine. */
export const SLICE = 20_000;

/** for (i of [0, n)) each(i), yielding every `slice` rows. */
export function* eachRow(n: number, each: (i: number) => void, slice = SLICE): Steps<void> {
  for (let from = 0; from < n; from += slice) {
    const to = Math.min(from + slice, n);
    for (let i = from; i < to; i++) each(i);
    if (to < n) yield;
  }
}
