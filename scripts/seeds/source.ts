// Where the source documents (the seeds) are, and whether the checks that read them run. Shared by common.ts, which
// reads them, vite.config.ts, which leaves those checks out of a clone that has no documents, and
// scripts/source-documents.test.ts, which says so in one line (or fails, when REQUIRE_SEEDS is set).
import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Every test that reads the source documents lives here, so one pattern leaves them all out. */
export const SEED_TESTS = 'scripts/seeds/**/*.test.ts';

export interface SeedsGate {
  /** SEEDS_DIR, else ../shared/seeds beside the project (CI clones with shared/ beside it). */
  dir: string;
  present: boolean;
  /** REQUIRE_SEEDS is set (CI): absent documents are a failure, not a skip. */
  required: boolean;
  /** One line for the test output. */
  message: string;
}

export function seedsGate(env: Record<string, string | undefined> = process.env, root = ROOT): SeedsGate {
  // A relative SEEDS_DIR is relative to the working directory, as for any path given on a command line.
  const dir = env.SEEDS_DIR ? resolve(env.SEEDS_DIR) : resolve(root, '../shared/seeds');
  const present = existsSync(dir);
  // Any value but "" and "0" requires them: a CI that writes REQUIRE_SEEDS=true must not get a silent skip.
  const required = (env.REQUIRE_SEEDS ?? '') !== '' && env.REQUIRE_SEEDS !== '0';
  const shown = env.SEEDS_DIR ? `SEEDS_DIR=${dir}` : relative(root, dir);
  const hint = env.SEEDS_DIR ? '' : ' (set SEEDS_DIR)';
  const message = present
    ? `source documents found at ${shown}`
    : required
      ? `source documents absent but required (REQUIRE_SEEDS=${env.REQUIRE_SEEDS}): ${shown} not found${hint}`
      : `source documents absent: ${shown} not found${hint}; skipped the checks that read them (${SEED_TESTS})`;
  return { dir, present, required, message };
}
