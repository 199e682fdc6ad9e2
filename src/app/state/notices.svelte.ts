// What the page tells the user outside any panel: the first failure (error banner) and small notices (a link
// parameter that fell back, an export that failed). Kept as messages, so they are worded in the current language.
import type { Msg } from '../../lib/i18n/index.ts';

export class NoticeState {
  /** The first failure, as a message (shown in the current language) or a final string. */
  error = $state<Msg | string | null>(null);
  notices = $state<(Msg | string)[]>([]);
  /** Called on a failure (the map bridge resolves its first-map promise, so nothing waits for a map that failed). */
  #onFail: (() => void)[] = [];

  fail(message: Msg | string): void {
    // Keep the first error: later ones are usually consequences of it.
    if (!this.error) this.error = message;
    for (const f of this.#onFail) f();
  }

  onFail(f: () => void): void {
    this.#onFail.push(f);
  }

  add(m: Msg | string): void {
    this.notices = [...this.notices, m];
  }

  /** Replace all notices (a view applied from a link reports on that link only). */
  set(ms: (Msg | string)[]): void {
    this.notices = ms;
  }

  dismiss(i: number): void {
    this.notices = this.notices.filter((_, j) => j !== i);
  }
}

export const notices = new NoticeState();
