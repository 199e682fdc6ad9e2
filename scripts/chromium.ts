// The one way this project starts a browser: Debian's Chromium (apt-get install chromium) through playwright-core,
// with the flags that make maplibre + deck.gl render headless (software WebGL). The e2e harness, npm run bench and
// scripts/screenshot.ts all launch through here, so a flag changed once applies to every picture and every timing.
// Playwright's own browser download does not work on these machines (../shared/FACTS.md); playwright-core only drives.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * SwiftShader for WebGL (there is no GPU); no sandbox (containers run as root); no background traffic, so nothing
 * leaves the machine that the tests did not ask for.
 */
export const CHROMIUM_ARGS = ['--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--no-sandbox', '--disable-background-networking'];

/** Launches headless Chromium; a missing browser fails with how to install it (never a silent skip). */
export async function launchChromium(opts: Omit<LaunchOptions, 'executablePath' | 'args'> = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install it with "apt-get install chromium" (or run npm test, whose pretest does) — e2e tests cannot run without it.`,
    );
  }
  return chromium.launch({ ...opts, executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}
