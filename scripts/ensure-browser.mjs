// pretest: the e2e tests need Debian's Chromium and CJK fonts; a fresh machine has neither.
// Install them when missing (we are root on these machines). Never skip: if this fails, the test run fails.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const hasFonts = () => {
  try {
    return execSync('fc-list :lang=zh family', { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return false;
  }
};

const missing = [];
if (!existsSync(CHROMIUM)) missing.push('chromium');
if (!hasFonts()) missing.push('fonts-noto-cjk');
if (missing.length === 0) {
  console.log(`ensure-browser: ${CHROMIUM} and CJK fonts present`);
} else {
  console.log(`ensure-browser: installing ${missing.join(' ')} …`);
  const sudo = process.getuid && process.getuid() !== 0 ? 'sudo ' : '';
  execSync(`${sudo}apt-get update -qq && DEBIAN_FRONTEND=noninteractive ${sudo}apt-get install -y -qq ${missing.join(' ')}`, {
    stdio: 'inherit',
  });
  if (!existsSync(CHROMIUM)) {
    console.error(`ensure-browser: ${CHROMIUM} still missing after apt-get install chromium`);
    process.exit(1);
  }
}
