// JSON inlined into the one-file map as data: URLs, without its layout. The data files keep the extractor's
// indentation on disk (they are compared byte for byte with a fresh extraction), and vite-plugin-singlefile inlines
// them as they are, in base64: records.json alone was 250 KB of the page's 4 MB budget, about a third of it spaces
// and newlines. Parsed and written back compact, each says the same thing in fewer bytes.

const JSON_DATA_URL = /data:application\/json;base64,([A-Za-z0-9+/=]+)/g;

/** `html` with every base64 JSON data: URL re-encoded from its compact form; a URL that does not parse is left. */
export function compactJsonDataUrls(html: string): string {
  return html.replace(JSON_DATA_URL, (url, b64: string) => {
    try {
      const compact = JSON.stringify(JSON.parse(Buffer.from(b64, 'base64').toString('utf8')));
      return `data:application/json;base64,${Buffer.from(compact, 'utf8').toString('base64')}`;
    } catch {
      return url;
    }
  });
}
