// Production bundle size, gzip, per chunk; "initial" = what index.html loads before any lazy import.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Chunk {
  file: string;
  bytes: number;
  gzipBytes: number;
  initial: boolean;
}

export function measureBundle(distDir: string): { chunks: Chunk[]; initialJsGzipKb: number; totalJsGzipKb: number } {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  // Entry script and the modulepreload links vite writes are fetched at once; everything else is lazy.
  const initialRefs = new Set([...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((m) => m[1]!));
  const chunks: Chunk[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else {
        const rel = full.slice(distDir.length + 1).replaceAll('\\', '/');
        const buf = readFileSync(full);
        chunks.push({ file: rel, bytes: buf.length, gzipBytes: gzipSync(buf, { level: 9 }).length, initial: initialRefs.has(rel) });
      }
    }
  };
  walk(join(distDir, 'assets'));
  chunks.sort((a, b) => b.gzipBytes - a.gzipBytes);
  const kb = (n: number) => Math.round((n / 1024) * 10) / 10;
  const js = chunks.filter((c) => /\.m?js$/.test(c.file));
  return {
    chunks,
    initialJsGzipKb: kb(js.filter((c) => c.initial).reduce((s, c) => s + c.gzipBytes, 0)),
    totalJsGzipKb: kb(js.reduce((s, c) => s + c.gzipBytes, 0)),
  };
}
