/**
 * The preview images are rendered once and kept: a persistent cache of PNG
 * files, one per key, in the folder `lagebild-og/` of Astro's cache folder
 * (`cacheDir`: `node_modules/.astro/` unless configured), where static hosts'
 * build caches keep it between builds.
 *
 * A key is a hash of everything that shapes an image: its text (kind and its
 * label, title, detail), the image size, the template's source, the font
 * files, the versions of satori and resvg, and the platform. Equal keys mean
 * equal bytes, so a build from the cache gives the same files as a build
 * without it.
 *
 * A build asks for all its images at once (`prepare`): the ones not in the
 * cache are rendered in one batch, the rest are read from their files. At
 * the end of the build the entries it did not use are removed (`pruneCache`).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { PreviewPage } from './previews.ts';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH, pageKindLabel } from '../publish/seo.ts';

/** The cache's folder inside Astro's cacheDir. */
const PREVIEW_CACHE_FOLDER = 'lagebild-og';

/** What shapes every image besides its text. */
export interface PreviewFingerprint {
  /** Hash of the template's source (src/lib/previews/preview-image.ts). */
  template: string;
  /** Hash of the font files. */
  fonts: string;
  /** Versions of the layout (satori) and rasteriser (resvg) libraries. */
  satori: string;
  resvg: string;
  /** Operating system and processor, for resvg's native binary. */
  platform: string;
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** The fingerprint of a template source, font files and library versions. */
export function fingerprintOf(inputs: {
  template: string;
  fonts: readonly Uint8Array[];
  satori: string;
  resvg: string;
  platform: string;
}): PreviewFingerprint {
  return {
    template: sha256(inputs.template),
    fonts: sha256(inputs.fonts.map(sha256).join(',')),
    satori: inputs.satori,
    resvg: inputs.resvg,
    platform: inputs.platform,
  };
}

/** The cache key of a page's image (a hex string, also its file name). */
export function previewKey(page: PreviewPage, fingerprint: PreviewFingerprint): string {
  const text = { kind: page.kind, label: pageKindLabel[page.kind], title: page.title, detail: page.detail ?? null };
  const locator = page.locator ?? null;
  const size = [PREVIEW_WIDTH, PREVIEW_HEIGHT];
  const { template, fonts, satori, resvg, platform } = fingerprint;
  return sha256(JSON.stringify({ text, locator, size, template, fonts, satori, resvg, platform }));
}

/**
 * Renders pages to PNG and hands over each image as soon as it is ready
 * (`done(index in pages, png)`, in any order).
 */
export type RenderBatch = (
  pages: readonly PreviewPage[],
  done: (index: number, png: Uint8Array<ArrayBuffer>) => void,
) => Promise<void>;

export class PreviewCache {
  /** The keys this build uses. */
  readonly used = new Set<string>();
  /**
   * The keys of every image the build has, also of those it does not ask for:
   * the incremental build copies an unchanged page's image from its own cache,
   * and that image's entry here stays for the next clean build.
   */
  readonly kept = new Set<string>();
  /** Images read from the cache and rendered, with the time spent in milliseconds. */
  readonly stats = { hits: 0, rendered: 0, ms: 0 };

  constructor(
    readonly dir: string,
    private readonly fingerprint: PreviewFingerprint,
    private readonly render: RenderBatch,
  ) {}

  private file(key: string): string {
    return join(this.dir, `${key}.png`);
  }

  /** Writes an entry whole or not at all: an interrupted build leaves no half image. */
  private store(key: string, png: Uint8Array): void {
    const temporary = `${this.file(key)}.${process.pid}.tmp`;
    writeFileSync(temporary, png);
    renameSync(temporary, this.file(key));
  }

  /** Marks the images of `pages` as the build's, whether or not it renders or reads them (see `kept`). */
  keep(pages: readonly PreviewPage[]): void {
    for (const page of pages) this.kept.add(previewKey(page, this.fingerprint));
  }

  /** Renders, in one batch, the images of `pages` that are not in the cache yet. */
  async prepare(pages: readonly PreviewPage[]): Promise<void> {
    const started = performance.now();
    mkdirSync(this.dir, { recursive: true });
    const present = new Set(readdirSync(this.dir));
    const misses = new Map<string, PreviewPage>();
    for (const page of pages) {
      const key = previewKey(page, this.fingerprint);
      if (this.used.has(key)) continue;
      this.used.add(key);
      if (present.has(`${key}.png`)) this.stats.hits++;
      else misses.set(key, page);
    }
    const keys = [...misses.keys()];
    await this.render([...misses.values()], (index, png) => this.store(keys[index]!, png));
    this.stats.rendered += keys.length;
    this.stats.ms += performance.now() - started;
  }

  /** A page's image: its cache entry, or rendered now when there is none. */
  async get(page: PreviewPage): Promise<Uint8Array<ArrayBuffer>> {
    const started = performance.now();
    const key = previewKey(page, this.fingerprint);
    const counted = this.used.has(key);
    this.used.add(key);
    let png: Uint8Array<ArrayBuffer> | undefined;
    try {
      png = readFileSync(this.file(key));
      if (!counted) this.stats.hits++;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      mkdirSync(this.dir, { recursive: true });
      await this.render([page], (_, rendered) => (png = rendered));
      this.store(key, png!);
      this.stats.rendered++;
    }
    this.stats.ms += performance.now() - started;
    return png!;
  }
}

/** Removes every file of the cache folder that is not the entry of a key in `used`; returns how many. */
export function pruneCache(dir: string, used: ReadonlySet<string>): number {
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    if (name.endsWith('.png') && used.has(name.slice(0, -'.png'.length))) continue;
    rmSync(join(dir, name), { recursive: true, force: true });
    removed++;
  }
  return removed;
}

/*
 * How the image endpoint finds the cache folder, and how the build learns
 * which entries it used. Astro's configuration (and so `cacheDir`) reaches
 * integrations, not endpoints. The integration below and the endpoint run in
 * the same process (Astro's default prerenderer imports the built pages into
 * the build's process), but from different bundles: each sees its own copy of
 * this module, and they share only the process. So the integration leaves a
 * small record on `globalThis`, under a registered symbol, when a build
 * starts: the cache folder; the endpoint opens its cache there and adds it to
 * the record; when the build is done the integration prunes the folder by the
 * cache's used keys. An environment variable or a virtual module would carry
 * the folder to the endpoint, but not the used keys back.
 * Without the record (`astro dev`, or pages prerendered elsewhere) there is no
 * cache and the endpoint renders each image on request.
 */
const BUILD: unique symbol = Symbol.for('lagebild.preview-cache');
interface BuildRecord {
  dir: string;
  cache?: PreviewCache;
}
const record = globalThis as { [BUILD]?: BuildRecord | undefined };

/** The cache of the running build (undefined outside `astro build`). */
export function buildPreviewCache(
  fingerprint: () => PreviewFingerprint,
  render: RenderBatch,
): PreviewCache | undefined {
  const build = record[BUILD];
  if (!build) return undefined;
  build.cache ??= new PreviewCache(build.dir, fingerprint(), render);
  return build.cache;
}

/** The integration that gives `astro build` its preview cache and prunes it when the build is done. */
export function previewCacheIntegration(): AstroIntegration {
  let dir: string | undefined;
  return {
    name: 'lagebild-preview-cache',
    hooks: {
      'astro:config:done': ({ config }) => {
        dir = join(fileURLToPath(config.cacheDir), PREVIEW_CACHE_FOLDER);
      },
      'astro:build:start': () => {
        if (dir) record[BUILD] = { dir };
      },
      'astro:build:done': ({ logger }) => {
        const build = record[BUILD];
        record[BUILD] = undefined;
        if (!build?.cache) return;
        const { hits, rendered, ms } = build.cache.stats;
        const removed = pruneCache(build.dir, new Set([...build.cache.used, ...build.cache.kept]));
        logger.info(
          `preview images: ${rendered} rendered, ${hits} from the cache, ${removed} unused removed ` +
            `(${(ms / 1000).toFixed(2)} s)`,
        );
      },
    },
  };
}
