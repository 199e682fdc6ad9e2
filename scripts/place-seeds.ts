// Places the bundled records at build time: `npx tsx scripts/place-seeds.ts [outDir]` (the last step of `npm run data`,
// after extract-seeds and build-geo, whose output it reads). Writes data/placed.json: each record's registry key and
// location (printed, borrowed from the same enterprise elsewhere, or none, with conflicts and notes), so the page
// joins them to the records instead of running the registry and the geocoder at start-up.
// Deterministic: same records and geo/ → same bytes, which scripts/place-seeds.test.ts holds the committed file to.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DATA_DIR } from './extract-seeds.ts';
import { buildRegistry } from '../src/lib/registry/index.ts';
import { locateAll } from '../src/lib/aggregate/index.ts';
import { toSeedPlacements, type SeedPlacement } from '../src/lib/aggregate/seedPlacement.ts';
import type { ListMeta, SeedRecord } from '../src/lib/types.ts';

export const PLACED_FILE = 'placed.json';

/**
 * The placements of these records, exactly as the app would compute them at run time. The lists' plan names go into
 * the registry's notes, which cite rows as people do (智能化 表4 第10行, src/lib/cite.ts).
 */
export function placeSeeds(records: readonly SeedRecord[], lists: readonly ListMeta[]): SeedPlacement[] {
  return toSeedPlacements(locateAll(records, buildRegistry(records, undefined, planNamesOf(lists))));
}

export const planNamesOf = (lists: readonly ListMeta[]): Map<string, string> => new Map(lists.map((l) => [l.id, l.planName]));

/** One record per line: a diff shows which records moved when the registry or the gazetteer changes. */
export const renderPlaced = (placements: readonly SeedPlacement[]): string => `[\n${placements.map((p) => JSON.stringify(p)).join(',\n')}\n]\n`;

export const readRecords = (dataDir = DATA_DIR): SeedRecord[] => JSON.parse(readFileSync(join(dataDir, 'records.json'), 'utf8')) as SeedRecord[];
export const readLists = (dataDir = DATA_DIR): ListMeta[] => JSON.parse(readFileSync(join(dataDir, 'lists.json'), 'utf8')) as ListMeta[];

export function main(dataDir = DATA_DIR): void {
  const placements = placeSeeds(readRecords(dataDir), readLists(dataDir));
  writeFileSync(join(dataDir, PLACED_FILE), renderPlaced(placements), 'utf8');
  const by = (s: SeedPlacement['loc']['source']) => placements.filter((p) => p.loc.source === s).length;
  const conflicts = placements.filter((p) => p.loc.conflict).length;
  console.log(
    `${placements.length} records placed: ${by('printed')} printed, ${by('borrowed')} borrowed, ${by('none')} unplaced, ${conflicts} in conflict → ${join(dataDir, PLACED_FILE)}`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main(process.argv[2] ? resolve(process.argv[2]) : DATA_DIR);
