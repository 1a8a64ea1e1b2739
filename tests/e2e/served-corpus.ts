/**
 * A content folder built like the site, served with its headers and opened
 * in Chromium, for the tests of a file. Each corpus is built once per test
 * run, by the first file that asks for it; the files after it that ask for
 * the same corpus (by name) share that build. The server and the browser
 * are the file's own; the builds go when the run ends (global-setup.ts).
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launch } from './browser.ts';
import { buildSite } from './build.ts';
import { serveStatic, type StaticHost } from './static-server.ts';

export interface ServedSite {
  dist: string;
  readonly browser: Browser;
  readonly host: StaticHost;
  readonly origin: string;
  /** The URL of a path below the site's root. */
  at(path: string): string;
}

export interface ServedCorpus extends ServedSite {
  /** The corpus's folder: its content (where `content` writes it), the build, the cache. */
  work: string;
}

/**
 * A built folder served with its headers and opened in Chromium, for the
 * tests of a file; `prepare` runs first (it may build the folder).
 */
export function servedSite(dist: string, prepare: () => void = () => {}): ServedSite {
  let host: StaticHost | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    prepare();
    host = await serveStatic(dist);
    browser = await launch();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });
  return {
    dist,
    get browser() {
      return browser!;
    },
    get host() {
      return host!;
    },
    get origin() {
      return host!.origin;
    },
    at: (path) => `${host!.origin}/${path}`,
  };
}

/**
 * `content(work)` gives the content folder to build (it may write one below
 * `work` first); `env(work)` adds to the build's environment. Files that
 * share a corpus call this with the same name and functions (one module
 * defines them).
 */
export function servedCorpus(
  name: string,
  content: (work: string) => string,
  env: (work: string) => Record<string, string> = () => ({}),
): ServedCorpus {
  const work = join(inject('corporaDir'), name);
  const dist = join(work, 'dist');
  const site = servedSite(dist, () => {
    if (existsSync(dist)) return;
    // Built aside and moved in whole: a failed build leaves no dist/ a later file would take for done.
    const building = join(work, 'dist-building');
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    buildSite(building, { LAGEBILD_CONTENT: content(work), LAGEBILD_CACHE_DIR: join(work, 'cache'), ...env(work) });
    renameSync(building, dist);
  });
  return Object.assign(site, { work });
}
