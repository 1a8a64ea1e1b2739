// Finds a Chromium for the browser tests, in this order: $CHROME_PATH,
// /usr/bin/chromium (Debian), Playwright's own download. Where none is found
// and apt-get is available with root rights, installs Debian's chromium.
// Otherwise stops with a message that says how to install one.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

function playwrightChromium() {
  try {
    return execFileSync(
      process.execPath,
      ['-e', "process.stdout.write(require('playwright-core').chromium.executablePath())"],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
  } catch {
    return undefined;
  }
}

function hasCommand(name) {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Returns the path of a Chromium executable, installing Debian's package if allowed. */
export function findBrowser({ install = true, log = console.error } = {}) {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(
      `CHROME_PATH is set to "${fromEnv}", but no file is there. Point it at a Chromium or Chrome executable, or unset it.`,
    );
  }
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  const own = playwrightChromium();
  if (own && existsSync(own)) return own;

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (install && isRoot && hasCommand('apt-get')) {
    log("No Chromium found: installing Debian's chromium with apt-get (about half a minute) …");
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  }
  throw new Error(
    'No Chromium found for the browser tests. Install one and run the tests again:\n' +
      '  Debian/Ubuntu:  sudo apt-get install -y chromium\n' +
      '  or set CHROME_PATH to a Chromium or Chrome executable.',
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    process.stdout.write(`${findBrowser()}\n`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
