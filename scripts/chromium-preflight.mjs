#!/usr/bin/env node
// Finds the Chromium the e2e tests drive before any test runs, so a machine without one is told
// at once instead of after ten minutes of failing specs. CHROMIUM_PATH first, then Debian's
// /usr/bin/chromium; missing both, root with apt installs Debian's package, anyone else is told
// what to install. Playwright's own browser downloads cannot work here and are never tried.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function fail(line) {
  console.error(`[chromium] ${line}`);
  process.exit(1);
}

const chosen = process.env.CHROMIUM_PATH;
if (chosen) {
  if (!executable(chosen))
    fail(
      `CHROMIUM_PATH=${chosen} is not an executable file: point it at Chromium, or unset it to use ${DEBIAN_CHROMIUM}.`,
    );
  process.exit(0);
}
if (executable(DEBIAN_CHROMIUM)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (!isRoot || !hasApt) {
  fail(
    `no Chromium for the e2e tests: install Debian's chromium (sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.`,
  );
}

console.log(`[chromium] ${DEBIAN_CHROMIUM} is missing: installing Debian's chromium with apt-get`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
const run = (args) =>
  spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env }).status === 0;
if (
  !run(['update']) ||
  !run(['install', '-y', '-o', 'DPkg::Lock::Timeout=120', 'chromium']) ||
  !executable(DEBIAN_CHROMIUM)
) {
  fail(
    `apt-get could not install chromium: install it by hand (apt-get install chromium) or set CHROMIUM_PATH.`,
  );
}
