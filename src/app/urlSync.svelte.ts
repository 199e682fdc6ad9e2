// Keeps the view and the URL hash in step: a link opens the same view, state changes become history entries
// (camera moves replace the current entry instead of piling up), and back/forward walk through views.
import type { AppState } from './state.svelte.ts';
import { decodeView, encodeView } from '../lib/view/url.ts';

export function syncUrl(app: AppState): void {
  let written = location.hash.replace(/^#/, '');
  const apply = () => {
    written = location.hash.replace(/^#/, '');
    const { view, notices } = decodeView(written);
    app.applyView(view, notices);
  };
  apply();
  window.addEventListener('popstate', apply);
  $effect.root(() => {
    $effect(() => {
      const s = encodeView(app.viewState());
      if (s === written) return;
      const withoutCam = (q: string) => q.replace(/(^|&)cam=[^&]*/, '');
      const cameraOnly = withoutCam(s) === withoutCam(written);
      const url = s ? `#${s}` : location.pathname + location.search;
      if (cameraOnly) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
      written = s;
    });
  });
}
