// Rebuilds geo/ from the npm packages: `npx tsx scripts/build-geo.ts [outDir]`. Deterministic: same packages → same
// bytes, which scripts/build-geo.test.ts holds the committed geo/ to.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildBoundaries } from './geo/boundaries.ts';
import { loadTowns } from './geo/towns.ts';
import { buildFormerTowns } from './geo/former-towns.ts';
import { buildParks } from './geo/parks.ts';
import { buildOutsideNames } from './geo/outside.ts';
import { SEEDS_DIR } from './seeds/common.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const GEO_DIR = join(root, 'geo');

/** The generated files of geo/ (README.md is written by hand). */
export const GEO_FILES = ['mianyang.topo.json', 'counties.json', 'towns.json', 'former-towns.json', 'parks.json', 'outside-names.json'] as const;

/** One array element per line: small diffs, still compact. */
const jsonLines = (rows: unknown[]): string => `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;

/**
 * File name → exact content of every generated geo/ file, built in memory. `seedsDir`, when given, is where the park
 * citations are checked (a cite not on its seed line throws); the output does not depend on it.
 */
export function renderGeo(seedsDir?: string, log: (msg: string) => void = () => {}): Record<(typeof GEO_FILES)[number], string> {
  const b = buildBoundaries();
  log(`arc points ${b.stats.simplifiedFrom} → ${b.stats.simplifiedTo} (minWeight ${b.stats.minWeight})`);
  const towns = loadTowns(b.counties.map((c) => c.code));
  const parks = buildParks(b, towns, seedsDir);
  const former = buildFormerTowns(towns);
  log(`former town names: ${former.length} (${former.filter((f) => f.successor).length} with a known successor)`);
  // The geocoder's Mianyang vocabulary, so outside names that collide with it are dropped at build time.
  const mianyangNames = [
    ...b.counties.flatMap((c) => [c.name, ...c.aliases]),
    ...towns.flatMap((t) => [t.name, ...(t.aliases ?? [])]),
    ...parks.flatMap((p) => [p.name, p.fullName, ...p.aliases]),
  ];
  const outside = buildOutsideNames(mianyangNames);
  log(`outside names: ${outside.names.length}; dropped as parts of Mianyang names: ${outside.dropped.join(' ') || 'none'}`);
  return {
    'mianyang.topo.json': `${JSON.stringify(b.topology)}\n`,
    'counties.json': jsonLines(b.counties),
    'towns.json': jsonLines(towns),
    'former-towns.json': jsonLines(former),
    'parks.json': jsonLines(parks),
    'outside-names.json': `${JSON.stringify(outside.names)}\n`,
  };
}

export function main(outDir = GEO_DIR): void {
  if (!existsSync(SEEDS_DIR)) console.warn(`note: ${SEEDS_DIR} missing; park sources are not re-checked against the seeds`);
  const files = renderGeo(existsSync(SEEDS_DIR) ? SEEDS_DIR : undefined, console.log);
  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(join(outDir, name), text);
    console.log(`${join(outDir, name)}: ${Buffer.byteLength(text)} bytes`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv[2] ? resolve(process.argv[2]) : GEO_DIR);
}
