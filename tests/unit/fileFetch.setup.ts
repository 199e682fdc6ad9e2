// Unit tests (Node) load the app's data the way the page does, through fetch (src/app/data.ts). There the data
// files' URLs are file: URLs (import.meta.url is the module's path), which Node's fetch refuses; this answers them
// from disk, with a 404 for a missing file as a static server would. Every other URL goes to Node's own fetch.
import { readFile } from 'node:fs/promises';

const nodeFetch = globalThis.fetch;
globalThis.fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  if (!url.startsWith('file:')) return nodeFetch(input, init);
  try {
    return new Response(await readFile(new URL(url)), { status: 200 });
  } catch {
    return new Response('not found', { status: 404 });
  }
};

// The page fetches the drawer's and the import panel's Chinese strings after its first map (src/lib/i18n/later.zh.ts);
// tests word those panels' messages from the start, as the CLIs do after their own loadLang.
import { loadLang } from '../../src/lib/i18n/index.ts';
await loadLang('zh');
