// Keeps the view and the URL hash in step: a link opens the same view, state changes become history entries
// (camera moves replace the current entry instead of piling up), and back/forward walk through views.
import { encodeView } from '../lib/link/encodeView.ts';
import { DEFAULT_VIEW } from '../lib/link/viewState.ts';
import { view } from './state/view.svelte.ts';
import { dataState } from './state/data.svelte.ts';

/**
 * Reads the page's link into the view (resolved once it has), then keeps the two in step. Reading a link needs its
 * validator (viewLink.ts, zod): it is loaded only when there is a link to read. A page opened without a hash shows
 * the default view and loads it on the first back/forward to a view with a hash.
 */
export async function syncUrl(): Promise<void> {
  let written = location.hash.replace(/^#/, '');
  // Back/forward in quick succession: only the latest hash is applied, even if an earlier one's read finishes later.
  let reading = 0;
  const apply = async () => {
    const hash = location.hash.replace(/^#/, '');
    written = hash;
    const n = ++reading;
    const read = hash ? (await import('../lib/link/viewLink.ts')).decodeView(hash) : { view: structuredClone(DEFAULT_VIEW), notices: [] };
    if (n === reading) view.apply(read.view, read.notices);
  };
  await apply();
  window.addEventListener('popstate', () => void apply());
  $effect.root(() => {
    $effect(() => {
      const s = encodeView(view.toLink());
      if (s === written) return;
      const withoutCam = (q: string) => q.replace(/(^|&)cam=[^&]*/, '');
      const cameraOnly = withoutCam(s) === withoutCam(written);
      const url = s ? `#${s}` : location.pathname + location.search;
      if (cameraOnly) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
      written = s;
    });
    // A selected imported list that is gone (removed, or a link's list not among the stored ones) gives way.
    $effect(() => {
      void dataState.imports;
      void dataState.storedLoaded;
      view.dropMissingList();
    });
    // So does an open card whose enterprise no row names (a link's, once the stored lists are read; a removed list's).
    $effect(() => {
      void dataState.data;
      void dataState.storedLoaded;
      view.dropMissingEnterprise();
    });
  });
}
