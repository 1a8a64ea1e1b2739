/**
 * Browser tests run against the real site: `npm run build` (unless dist/ is
 * already built by the test run) and `astro preview` on a free local port.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findBrowser } from '../../scripts/find-browser.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitFor(url: string, child: ChildProcess, ms = 30_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`astro preview exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`astro preview did not answer at ${url} within ${ms} ms`);
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
    /** Where the test corpora are built, once per test run (tests/e2e/served-corpus.ts). */
    corporaDir: string;
  }
}

export default async function setup(project: TestProject) {
  const chromiumPath: string = findBrowser();
  if (process.env.LAGEBILD_SKIP_BUILD !== '1' || !existsSync(join(ROOT, 'dist', 'index.html'))) {
    // The same build as `npm run build` (and `npm test`): the site, then the search index;
    // under the far-east time zone that tests/e2e/timezone.test.ts expects of dist/.
    const build = spawnSync('npm', ['run', 'build'], {
      cwd: ROOT,
      env: { ...env, TZ: 'Pacific/Kiritimati' },
      stdio: 'inherit',
    });
    if (build.status !== 0) throw new Error('npm run build failed');
  }
  const port = await freePort();
  const preview = spawn(
    process.execPath,
    [ASTRO, 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: ROOT,
      env,
      stdio: 'ignore',
    },
  );
  const baseUrl = `http://127.0.0.1:${port}/`;
  await waitFor(baseUrl, preview);
  project.provide('baseUrl', baseUrl);
  project.provide('chromiumPath', chromiumPath);
  const corporaDir = mkdtempSync(join(tmpdir(), 'lagebild-corpora-'));
  project.provide('corporaDir', corporaDir);
  return () => {
    preview.kill();
    rmSync(corporaDir, { recursive: true, force: true });
  };
}
