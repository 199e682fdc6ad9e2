// What the code imports versus what package.json declares. Used by scripts/deps.test.ts; `npx tsx scripts/deps.ts`
// prints the problems. Parses with the TypeScript compiler (a dev dependency already) rather than regexes, so
// strings and comments that look like imports are not counted and `import type` is told apart from a value import.
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

export interface Use {
  /** Package name: `@scope/name` or `name`. */
  pkg: string;
  /** Erased at compile time (`import type`, `typeof import('x')`): needs the types only, never the package at runtime. */
  typeOnly: boolean;
  file: string;
}

export interface Manifest {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  scripts?: Record<string, string>;
}

/**
 * Declared packages that no import, tsconfig `types` entry, package.json script or peer requirement shows as used,
 * each with why it is kept. Empty today: the tools (typescript via tsc, svelte-check, vite, vitest, tsx) are found
 * as binaries of package.json scripts, @types/node through `node:` imports and tsconfig "types", @deck.gl/core as a
 * peer of @deck.gl/layers. A tool run only from a config file would need an entry here.
 */
export const USED_WITHOUT_IMPORT: Record<string, string> = {};

const CODE = /\.(?:[cm]?[jt]s|svelte)$/;
const BUILTINS = new Set(builtinModules);

/**
 * `@a/b/c?x` → `@a/b`, `d3/e` → `d3`; undefined for relative paths, Node built-ins and `virtual:` modules (made by a
 * vite plugin of this project, scripts/build/onefile.config.ts).
 */
export function packageOf(specifier: string): string | undefined {
  const s = specifier.replace(/[?#].*$/, '');
  if (s.startsWith('.') || s.startsWith('/') || s.startsWith('node:') || s.startsWith('virtual:')) return undefined;
  const parts = s.split('/');
  const name = s.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  return BUILTINS.has(name) ? undefined : name;
}

/** `@types/…` package that holds the types of `pkg` (`@a/b` → `@types/a__b`). */
export const typesPackageOf = (pkg: string): string => `@types/${pkg.startsWith('@') ? pkg.slice(1).replace('/', '__') : pkg}`;

const isNodeBuiltin = (specifier: string): boolean => specifier.startsWith('node:') || BUILTINS.has(specifier.split('/')[0]!);

/** The `<script>` blocks of a Svelte component (the markup imports nothing). */
function svelteScripts(text: string): string {
  return [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
}

/**
 * Every module specifier in one file, in source order: static and dynamic imports, re-exports, `require()`,
 * `require.resolve()` / `createRequire(…).resolve()`, and `import('x')` types. Node built-ins come back as `node:…`.
 */
export function specifiersOf(text: string, file: string): { specifier: string; typeOnly: boolean }[] {
  const svelte = file.endsWith('.svelte');
  const source = ts.createSourceFile(file, svelte ? svelteScripts(text) : text, ts.ScriptTarget.Latest, false, svelte ? ts.ScriptKind.TS : undefined);
  const out: { specifier: string; typeOnly: boolean }[] = [];
  const add = (node: ts.Node | undefined, typeOnly: boolean) => {
    if (node && ts.isStringLiteralLike(node)) out.push({ specifier: node.text, typeOnly });
  };
  const isRequire = (e: ts.Expression): boolean =>
    (ts.isIdentifier(e) && e.text === 'require') ||
    // require.resolve('x') and createRequire(import.meta.url).resolve('x')
    (ts.isPropertyAccessExpression(e) &&
      e.name.text === 'resolve' &&
      ((ts.isIdentifier(e.expression) && e.expression.text === 'require') ||
        (ts.isCallExpression(e.expression) && ts.isIdentifier(e.expression.expression) && e.expression.expression.text === 'createRequire')));
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      // Only `import type` is erased: under verbatimModuleSyntax `import { type A } from 'x'` still loads 'x'.
      add(node.moduleSpecifier, node.importClause?.isTypeOnly ?? false);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      add(node.moduleSpecifier, node.isTypeOnly);
    } else if (ts.isImportTypeNode(node)) {
      const arg = node.argument;
      if (ts.isLiteralTypeNode(arg)) add(arg.literal, true);
    } else if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || isRequire(node.expression))) {
      add(node.arguments[0], false);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  // Compiled components and rune modules (*.svelte, *.svelte.ts) import svelte/internal/client.
  if (svelte || /\.svelte\.[jt]s$/.test(file)) out.push({ specifier: 'svelte', typeOnly: false });
  return out;
}

/** Code files under `dir`, skipping node_modules and dot-folders (bench/.bare-dist is build output). */
export function codeFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...codeFiles(p));
    else if (CODE.test(e.name)) out.push(p);
  }
  return out.sort();
}

/** Package uses of each file; `@types/node` is the package behind `node:` imports. */
export function usesOf(text: string, file: string): Use[] {
  return specifiersOf(text, file).flatMap(({ specifier, typeOnly }) => {
    if (isNodeBuiltin(specifier)) return [{ pkg: '@types/node', typeOnly: true, file }];
    const pkg = packageOf(specifier);
    return pkg ? [{ pkg, typeOnly, file }] : [];
  });
}

/** Binaries that package.json scripts run, each with whether the script runs shipped code (src/…). */
export function scriptBins(scripts: Record<string, string>): { bin: string; runtime: boolean }[] {
  const out: { bin: string; runtime: boolean }[] = [];
  for (const cmd of Object.values(scripts))
    for (const part of cmd.split(/&&|\|\||[;|]/)) {
      const words = part
        .trim()
        .split(/\s+/)
        .filter((w) => !/^\w+=/.test(w));
      if (words[0] === 'npx') words.shift();
      // `tsx src/cli/summary.ts` runs a CLI: its runner is needed wherever the CLI is.
      const runtime = words.slice(1).some((w) => w.startsWith('src/'));
      if (words[0]) out.push({ bin: words[0], runtime });
      // `node --import tsx src/cli/geocode.ts`: the loader package is that runner (its bin has the package's name).
      words.forEach(
        (w, i) => /^--(import|require|loader)$/.test(w) && words[i + 1] && !/^[./]/.test(words[i + 1]!) && out.push({ bin: words[i + 1]!, runtime }),
      );
    }
  return out;
}

/** What a declared package brings besides its imports: the binaries it installs and the peers it needs beside it. */
export interface Installed {
  bins: string[];
  peers: string[];
}

/** `pkg` plus the declared peers it needs, transitively (@deck.gl/layers needs @deck.gl/core installed beside it). */
function withPeers(pkgs: Iterable<string>, installed: Record<string, Installed>): Set<string> {
  const out = new Set(pkgs);
  for (const p of out) for (const peer of installed[p]?.peers ?? []) if (peer in installed) out.add(peer);
  return out;
}

/** "a.ts" or "a.ts and 3 other files": one line per package, however many files import it. */
function where(files: string[]): string {
  const all = [...new Set(files)];
  return all.length === 1 ? all[0]! : `${all[0]} and ${all.length - 1} other files`;
}

/**
 * What is wrong with the manifest given the uses. `runtime` uses are from shipped code (browser bundle, CLIs);
 * `installed` describes each declared package.
 */
export function dependencyProblems(
  manifest: Manifest,
  uses: { runtime: Use[]; dev: Use[] },
  installed: Record<string, Installed>,
  allow: Record<string, string> = USED_WITHOUT_IMPORT,
): string[] {
  const deps = Object.keys(manifest.dependencies ?? {});
  const dev = Object.keys(manifest.devDependencies ?? {});
  const declared = new Set([...deps, ...dev]);
  const all = [...uses.runtime, ...uses.dev];
  const problems: string[] = [];
  // Not Map.groupBy: Node 20 (our floor, package.json engines) does not have it.
  const byPkg = (us: Use[]) => {
    const m = new Map<string, Use[]>();
    for (const u of us) m.set(u.pkg, [...(m.get(u.pkg) ?? []), u]);
    return m;
  };

  for (const p of deps) if (dev.includes(p)) problems.push(`${p}: in both dependencies and devDependencies`);
  const undeclared = all.filter((u) => !declared.has(u.pkg) && !(u.typeOnly && declared.has(typesPackageOf(u.pkg))));
  for (const [p, us] of byPkg(undeclared)) problems.push(`${p}: imported by ${where(us.map((u) => u.file))} but not declared in package.json`);
  const runtimeValue = uses.runtime.filter((u) => !u.typeOnly);
  for (const [p, us] of byPkg(runtimeValue.filter((u) => dev.includes(u.pkg) && !deps.includes(u.pkg))))
    problems.push(`${p}: loaded by shipped code (${where(us.map((u) => u.file))}), so it belongs in dependencies, not devDependencies`);

  const run = scriptBins(manifest.scripts ?? {});
  const binOwner = (bin: string) => Object.keys(installed).find((p) => installed[p]!.bins.includes(bin));
  const runtimeUsed = withPeers([...runtimeValue.map((u) => u.pkg), ...run.filter((r) => r.runtime).flatMap((r) => binOwner(r.bin) ?? [])], installed);
  const runners = new Map(run.filter((r) => r.runtime).map((r) => [binOwner(r.bin), r.bin]));
  for (const [owner, bin] of runners)
    if (owner && !deps.includes(owner)) problems.push(`${owner}: runs shipped code (\`${bin} src/…\` in package.json scripts), so it belongs in dependencies`);

  const used = withPeers([...all.flatMap((u) => [u.pkg, typesPackageOf(u.pkg)]), ...run.flatMap((r) => binOwner(r.bin) ?? [])], installed);
  for (const p of declared) if (!used.has(p) && !(p in allow)) problems.push(`${p}: declared, but nothing imports it, runs it or needs it as a peer`);
  // An unused package is reported once, as unused, not also as misplaced.
  for (const p of deps)
    if (!runtimeUsed.has(p) && used.has(p)) problems.push(`${p}: in dependencies, but shipped code (src/ outside tests) does not load it: devDependencies`);
  return problems;
}

const ROOT = resolve(import.meta.dirname, '..');

/** Scan the project: src/** minus tests is shipped; tests, scripts/, bench/, tests/ and the vite config are dev. */
export function scanProject(root = ROOT): { runtime: Use[]; dev: Use[] } {
  const rel = (f: string) => relative(root, f);
  const read = (f: string) => usesOf(readFileSync(f, 'utf8'), rel(f));
  const isTest = (f: string) => /\.test\.[jt]s$/.test(f);
  const src = codeFiles(join(root, 'src'));
  const devFiles = [...src.filter(isTest), ...['scripts', 'bench', 'tests'].flatMap((d) => codeFiles(join(root, d))), join(root, 'vite.config.ts')];
  const tsconfig = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8')) as { compilerOptions?: { types?: string[] } };
  // tsconfig "types": ["node", "vite/client"] loads @types/node and vite's client types into every file.
  const configTypes = (tsconfig.compilerOptions?.types ?? []).map((t): Use => ({ pkg: packageOf(t) ?? t, typeOnly: true, file: 'tsconfig.json' }));
  return { runtime: src.filter((f) => !isTest(f)).flatMap(read), dev: [...devFiles.flatMap(read), ...configTypes] };
}

/** Binaries and peers of each declared package, from its installed package.json. */
export function installedInfo(manifest: Manifest, root = ROOT): Record<string, Installed> {
  const out: Record<string, Installed> = {};
  for (const p of [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.devDependencies ?? {})]) {
    const m = JSON.parse(readFileSync(join(root, 'node_modules', p, 'package.json'), 'utf8')) as {
      bin?: string | Record<string, string>;
      peerDependencies?: Record<string, string>;
      peerDependenciesMeta?: Record<string, { optional?: boolean }>;
    };
    out[p] = {
      // A string "bin" installs one binary named after the package.
      bins: typeof m.bin === 'string' ? [p.replace(/^@[^/]+\//, '')] : Object.keys(m.bin ?? {}),
      peers: Object.keys(m.peerDependencies ?? {}).filter((q) => !m.peerDependenciesMeta?.[q]?.optional),
    };
  }
  return out;
}

export function checkProject(root = ROOT): string[] {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest;
  return dependencyProblems(manifest, scanProject(root), installedInfo(manifest, root));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const problems = checkProject();
  for (const p of problems) console.log(p);
  if (problems.length) process.exit(1);
  console.log('package.json declares exactly what is imported');
}
