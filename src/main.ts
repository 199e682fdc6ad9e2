import { mount } from 'svelte';
import { setWorkerUrl } from 'maplibre-gl';
import { maplibreWorkerUrl } from './app/boot/variant.ts';
import 'maplibre-gl/dist/maplibre-gl.css';
import './app/app.css';
import App from './app/App.svelte';
import { syncUrl } from './app/urlSync.svelte.ts';
import { geographyReady } from './app/data.ts';
import { dataState } from './app/state/data.svelte.ts';
import { notices } from './app/state/notices.svelte.ts';
import { mapBridge } from './app/state/mapBridge.svelte.ts';
import { handover } from './app/state/handover.svelte.ts';
import { exposeSnapshot } from './app/state/e2eSnapshot.ts';

performance.mark('app:main'); // the bundle is parsed and evaluated: the app's own code starts here
const workerUrl = maplibreWorkerUrl();
// The lists and their build-time places are fetched beside the boundaries (both preloaded by index.html), not after
// the map is mounted: neither waits for the other.
const dataLoaded = dataState.load();
// A page opened with a link reads it with zod (viewLink.ts), which the first paint does not otherwise load: fetched
// beside the data, so the link applies as soon as the lists are known (syncUrl) and the first frame shows its view.
if (location.hash.length > 1) void import('./lib/link/viewLink.ts');
// The boundaries first: the map cannot start without them. index.html preloads the file, so this waits for little
// more than its parse; mounting after it lets the map be created in the first render instead of after the whole UI
// has been mounted once (~0.5 s later on the bench machine). A failure is shown where the map would be (App.svelte).
await geographyReady().catch(() => undefined);
// Before the map is created (it is, once mounted): maplibre starts its workers with the map.
setWorkerUrl(await workerUrl);

const target = document.getElementById('app')!;
// A map handed over as a file carries its view, lists and story (src/app/state/handover.svelte.ts): read before the
// link is, so its view becomes the page's, and before the story editor mounts.
const carried = await handover.receive();
exposeSnapshot();
window.__mapReady = false;

// Errors outside the components (worker, async data) land in the page's error banner, never a blank page.
window.addEventListener('error', (e) => {
  // Benign browser notice, not an app failure.
  if (/ResizeObserver loop/.test(e.message)) return;
  notices.fail({ key: 'map.err.runtime', params: { error: e.message } });
});
window.addEventListener('unhandledrejection', (e) =>
  notices.fail({ key: 'map.err.runtime', params: { error: e.reason instanceof Error ? e.reason.message : String(e.reason) } }),
);

try {
  mount(App, { target });
  // The URL is read once the lists are known (a link may name one), then kept in step with the view. The lists kept
  // in this browser are read after that: a link naming one of them waits for them (ViewStore.dropMissingList).
  void dataLoaded.then(async () => {
    if (!dataState.data) return;
    await syncUrl();
    // After the first map: reading IndexedDB must not compete with maplibre's first frame.
    void mapBridge.firstMap.then(() => dataState.loadStored(carried && (async () => carried)));
  });
} catch (e) {
  target.textContent = `页面初始化失败：${e instanceof Error ? e.message : String(e)}`;
}
