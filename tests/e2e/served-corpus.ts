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

export interface ServedCorpus {
  /** The corpus's folder: its content (where `content` writes it), the build, the cache. */
  work: string;
  dist: string;
  readonly browser: Browser;
  readonly origin: string;
  /** The URL of a path below the site's root. */
  at(path: string): string;
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
    if (!existsSync(site.dist)) {
      // Built aside and moved in whole: a failed build leaves no dist/ a later file would take for done.
      const building = join(work, 'dist-building');
      rmSync(work, { recursive: true, force: true });
      mkdirSync(work, { recursive: true });
      buildSite(building, { LAGEBILD_CONTENT: content(work), LAGEBILD_CACHE_DIR: join(work, 'cache'), ...env(work) });
      renameSync(building, site.dist);
    }
    host = await serveStatic(site.dist);
    browser = await launch();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });
  return site;
}
