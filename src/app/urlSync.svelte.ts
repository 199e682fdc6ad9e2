// Keeps the view and the URL hash in step: a link opens the same view, state changes become history entries
// (camera moves replace the current entry instead of piling up), and back/forward walk through views.
import { decodeView, encodeView } from '../lib/link/viewLink.ts';
import { view } from './state/view.svelte.ts';
import { dataState } from './state/data.svelte.ts';

export function syncUrl(): void {
  let written = location.hash.replace(/^#/, '');
  const apply = () => {
    written = location.hash.replace(/^#/, '');
    const { view: v, notices } = decodeView(written);
    view.apply(v, notices);
  };
  apply();
  window.addEventListener('popstate', apply);
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
  });
}
