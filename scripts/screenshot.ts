// Re-creates docs/screenshot.png (the README's picture) from the built app in Debian's Chromium:
// npm run build && npx tsx scripts/screenshot.ts
import { resolve } from 'node:path';
import { serveStatic } from '../bench/static-server.ts';
import { launchChromium } from './chromium.ts';

const root = resolve(import.meta.dirname, '..');
const server = await serveStatic(resolve(root, 'dist'));
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 860 } });
  await page.goto(`${server.url}#sel=list%3Agreen-factory&area=510781&tab=district`);
  // Everything drawn: the map and its overlay are idle (window.__mapIdle, MapView.svelte), not a guessed delay.
  await page.waitForFunction(() => (window as unknown as { __mapReady?: boolean }).__mapReady === true, undefined, { timeout: 60_000 });
  await page.waitForFunction(() => (window as unknown as { __mapIdle?: () => boolean }).__mapIdle?.() === true, undefined, { timeout: 60_000, polling: 'raf' });
  await page.screenshot({ path: resolve(root, 'docs/screenshot.png') });
  console.log('wrote docs/screenshot.png');
} finally {
  await browser.close();
  await server.close();
}
