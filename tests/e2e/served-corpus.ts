/**
 * A content folder built like the site, served with its headers and opened
 * in Chromium, for one test file: the build runs before its tests, and the
 * server, the browser and the folder are gone after them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch } from './browser.ts';
import { buildSite } from './build.ts';
import { serveStatic, type StaticHost } from './static-server.ts';

export interface ServedCorpus {
  /** The folder the test may write its content into. */
  work: string;
  dist: string;
  readonly browser: Browser;
  readonly origin: string;
  /** The URL of a path below the site's root. */
  at(path: string): string;
}

/**
 * `content(work)` gives the content folder to build (it may write one below
 * `work` first); `env(work)` adds to the build's environment.
 */
export function servedCorpus(
  name: string,
  content: (work: string) => string,
  env: (work: string) => Record<string, string> = () => ({}),
): ServedCorpus {
  const work = mkdtempSync(join(tmpdir(), `lagebild-e2e-${name}-`));
  let host: StaticHost | undefined;
  let browser: Browser | undefined;
  const site: ServedCorpus = {
    work,
    dist: join(work, 'dist'),
    get browser() {
      return browser!;
    },
    get origin() {
      return host!.origin;
    },
    at: (path) => `${host!.origin}/${path}`,
  };
  beforeAll(async () => {
    buildSite(site.dist, { LAGEBILD_CONTENT: content(work), LAGEBILD_CACHE_DIR: join(work, 'cache'), ...env(work) });
    host = await serveStatic(site.dist);
    browser = await launch();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await host?.close();
    rmSync(work, { recursive: true, force: true });
  });
  return site;
}
