// Rebuilds geo/ from the npm packages: `npx tsx scripts/build-geo.ts`. Deterministic: same packages → same bytes.
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBoundaries } from './geo/boundaries.ts';
import { loadTowns } from './geo/towns.ts';
import { buildParks } from './geo/parks.ts';
import { buildOutsideNames } from './geo/outside.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const geoDir = join(root, 'geo');
mkdirSync(geoDir, { recursive: true });

function write(name: string, text: string): void {
  writeFileSync(join(geoDir, name), text);
  console.log(`geo/${name}: ${Buffer.byteLength(text)} bytes`);
}

/** One array element per line: small diffs, still compact. */
const jsonLines = (rows: unknown[]): string => `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;

const b = buildBoundaries();
console.log(`arc points ${b.stats.simplifiedFrom} → ${b.stats.simplifiedTo} (minWeight ${b.stats.minWeight})`);
write('mianyang.topo.json', `${JSON.stringify(b.topology)}\n`);
write('counties.json', jsonLines(b.counties));

const towns = loadTowns(b.counties.map((c) => c.code));
write('towns.json', jsonLines(towns));

const seedsDir = join(root, '..', 'shared', 'seeds');
if (!existsSync(seedsDir)) console.warn(`note: ${seedsDir} missing; park sources are not re-checked against the seeds`);
const parks = buildParks(b, towns, existsSync(seedsDir) ? seedsDir : undefined);
write('parks.json', jsonLines(parks));

// The geocoder's Mianyang vocabulary, so outside names that collide with it are dropped at build time.
const mianyangNames = [
  ...b.counties.flatMap((c) => [c.name, ...c.aliases]),
  ...towns.flatMap((t) => [t.name, ...(t.aliases ?? [])]),
  ...parks.flatMap((p) => [p.name, p.fullName, ...p.aliases]),
];
const outside = buildOutsideNames(mianyangNames);
console.log(`outside names: ${outside.names.length}; dropped as parts of Mianyang names: ${outside.dropped.join(' ') || 'none'}`);
write('outside-names.json', `${JSON.stringify(outside.names)}\n`);
