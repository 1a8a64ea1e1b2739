import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, describe, expect, it } from 'vitest';
import {
  buildPreviewCache,
  fingerprintOf,
  PreviewCache,
  previewCacheIntegration,
  previewKey,
  pruneCache,
  type RenderBatch,
} from '../../src/lib/previews/preview-cache.ts';
import { renderPreview } from '../../src/lib/previews/preview-image.ts';
import { previewFingerprint, renderPreviews } from '../../src/lib/previews/preview-render.ts';
import type { PreviewPage } from '../../src/lib/previews/previews.ts';
import { ROOT } from './helpers.ts';

const INPUTS = {
  template: 'export function previewElement() { /* version 1 */ }',
  fonts: [new Uint8Array([1, 2, 3]), new Uint8Array([4, 5, 6])],
  satori: '0.63.2',
  resvg: '2.6.2',
  platform: 'linux-x64',
};
const FINGERPRINT = fingerprintOf(INPUTS);

const page = (title: string, detail?: string): PreviewPage => ({ path: `${title}/`, kind: 'event', title, detail });
const A = page('Ein Ereignis', '11. Januar 2022');
const B = page('Ein Ort');
const C = page('Ein Akteur', 'Person');
const D = page('Noch ein Ereignis');

/** A renderer that counts what it renders; the "PNG" is the title's bytes. */
function countingRenderer() {
  const rendered: string[] = [];
  const render: RenderBatch = async (pages, done) => {
    for (const [index, p] of pages.entries()) {
      rendered.push(p.title);
      done(index, new TextEncoder().encode(p.title));
    }
  };
  return { rendered, render };
}

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-preview-cache-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const entries = (dir: string) => readdirSync(dir).sort();
const text = (png: Uint8Array) => new TextDecoder().decode(png);

describe('the preview cache key', () => {
  const key = previewKey(A, FINGERPRINT);

  it('is the same for the same text and fingerprint, whatever the page’s path', () => {
    expect(previewKey({ ...A }, fingerprintOf({ ...INPUTS, fonts: INPUTS.fonts.map((f) => f.slice()) }))).toBe(key);
    expect(previewKey({ ...A, path: 'anderswo/' }, FINGERPRINT)).toBe(key);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with the text: kind, title, detail', () => {
    const variants = [
      { ...A, kind: 'place' as const },
      { ...A, title: 'Ein Ereignis.' },
      { ...A, detail: '12. Januar 2022' },
      { ...A, detail: undefined },
    ];
    const keys = variants.map((v) => previewKey(v, FINGERPRINT));
    expect(new Set([key, ...keys]).size).toBe(variants.length + 1);
  });

  it('changes with the template, a font, the satori or resvg version and the platform', () => {
    const variants = [
      { ...INPUTS, template: INPUTS.template.replace('version 1', 'version 2') },
      { ...INPUTS, fonts: [INPUTS.fonts[0]!, new Uint8Array([4, 5, 7])] },
      { ...INPUTS, fonts: [INPUTS.fonts[0]!] },
      { ...INPUTS, satori: '0.63.3' },
      { ...INPUTS, resvg: '2.6.3' },
      { ...INPUTS, platform: 'linux-arm64' },
    ];
    const keys = variants.map((v) => previewKey(A, fingerprintOf(v)));
    expect(new Set([key, ...keys]).size).toBe(variants.length + 1);
  });

  it('reads the installed template, fonts and library versions', () => {
    const version = (name: string) =>
      JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
    const fingerprint = previewFingerprint();
    expect(fingerprint.satori).toBe(version('satori'));
    expect(fingerprint.resvg).toBe(version('@resvg/resvg-js'));
    expect(fingerprint.template).toMatch(/^[0-9a-f]{64}$/);
    expect(previewFingerprint()).toEqual(fingerprint);
  });
});

describe('the preview cache', () => {
  it('renders each missing image once, in one batch, and a hit never again', async () => {
    const dir = join(tempDir(), 'lagebild-og');
    const first = countingRenderer();
    const cold = new PreviewCache(dir, FINGERPRINT, first.render);
    await cold.prepare([A, B, C, { ...A, path: 'zweimal/' }]);
    expect(first.rendered).toEqual([A.title, B.title, C.title]);
    expect(cold.stats).toMatchObject({ rendered: 3, hits: 0 });
    expect(text(await cold.get(B))).toBe(B.title);
    expect(first.rendered).toHaveLength(3);

    // The next build: the same pages and one new; only the new one is rendered.
    const second = countingRenderer();
    const warm = new PreviewCache(dir, FINGERPRINT, second.render);
    await warm.prepare([A, B, C, D]);
    expect(second.rendered).toEqual([D.title]);
    expect(warm.stats).toMatchObject({ rendered: 1, hits: 3 });
    for (const p of [A, B, C, D]) expect(text(await warm.get(p))).toBe(p.title);
    expect(second.rendered).toHaveLength(1);

    // A changed title is a new image.
    const third = countingRenderer();
    await new PreviewCache(dir, FINGERPRINT, third.render).prepare([{ ...A, title: 'Ein neues Ereignis' }, B]);
    expect(third.rendered).toEqual(['Ein neues Ereignis']);

    // Another template: everything again.
    const fourth = countingRenderer();
    const other = fingerprintOf({ ...INPUTS, template: 'export function previewElement() {}' });
    await new PreviewCache(dir, other, fourth.render).prepare([A, B]);
    expect(fourth.rendered).toEqual([A.title, B.title]);
  });

  it('renders an image it was not prepared for, or that went missing, when asked for it', async () => {
    const dir = join(tempDir(), 'lagebild-og');
    const { rendered, render } = countingRenderer();
    const cache = new PreviewCache(dir, FINGERPRINT, render);
    expect(text(await cache.get(A))).toBe(A.title);
    expect(text(await cache.get(A))).toBe(A.title);
    expect(rendered).toEqual([A.title]);
    rmSync(join(dir, `${previewKey(A, FINGERPRINT)}.png`));
    expect(text(await cache.get(A))).toBe(A.title);
    expect(rendered).toEqual([A.title, A.title]);
  });

  it('prunes the entries a build did not use, and leftovers of interrupted writes', async () => {
    const dir = join(tempDir(), 'lagebild-og');
    await new PreviewCache(dir, FINGERPRINT, countingRenderer().render).prepare([A, B, C]);
    writeFileSync(join(dir, `${previewKey(B, FINGERPRINT)}.png.123.tmp`), 'half');
    const next = new PreviewCache(dir, FINGERPRINT, countingRenderer().render);
    await next.prepare([A, D]);
    expect(entries(dir)).toHaveLength(5);
    expect(pruneCache(dir, next.used)).toBe(3);
    expect(entries(dir)).toEqual(
      [previewKey(A, FINGERPRINT), previewKey(D, FINGERPRINT)].map((k) => `${k}.png`).sort(),
    );
    expect(pruneCache(join(dir, 'nicht-da'), next.used)).toBe(0);
  });
});

describe('the preview cache integration', () => {
  const logger = (lines: string[]) =>
    ({ info: (line: string) => lines.push(line) }) as unknown as AstroIntegrationLogger;

  it('opens the cache in lagebild-og/ of cacheDir for a build, and prunes it when the build is done', async () => {
    const cacheDir = tempDir();
    const integration = previewCacheIntegration();
    const hooks = integration.hooks as Required<typeof integration.hooks>;
    const fingerprint = () => FINGERPRINT;
    await hooks['astro:config:done']({ config: { cacheDir: pathToFileURL(`${cacheDir}/`) } } as never);
    expect(buildPreviewCache(fingerprint, countingRenderer().render)).toBeUndefined();

    const build = async (pages: PreviewPage[]) => {
      await hooks['astro:build:start']({} as never);
      const cache = buildPreviewCache(fingerprint, countingRenderer().render)!;
      expect(buildPreviewCache(fingerprint, countingRenderer().render)).toBe(cache);
      await cache.prepare(pages);
      const lines: string[] = [];
      await hooks['astro:build:done']({ logger: logger(lines) } as never);
      expect(buildPreviewCache(fingerprint, countingRenderer().render)).toBeUndefined();
      return { cache, lines };
    };
    const first = await build([A, B]);
    expect(first.cache.dir).toBe(join(cacheDir, 'lagebild-og'));
    expect(first.lines).toEqual([
      expect.stringMatching(/^preview images: 2 rendered, 0 from the cache, 0 unused removed/),
    ]);
    const second = await build([B, C]);
    expect(second.lines).toEqual([
      expect.stringMatching(/^preview images: 1 rendered, 1 from the cache, 1 unused removed/),
    ]);
    expect(entries(join(cacheDir, 'lagebild-og'))).toEqual(
      [previewKey(B, FINGERPRINT), previewKey(C, FINGERPRINT)].map((k) => `${k}.png`).sort(),
    );
    // An incremental build that copies every page asks for no image: the build's images stay, only others go.
    await hooks['astro:build:start']({} as never);
    buildPreviewCache(fingerprint, countingRenderer().render)!.keep([B]);
    const lines: string[] = [];
    await hooks['astro:build:done']({ logger: logger(lines) } as never);
    expect(lines).toEqual([expect.stringMatching(/^preview images: 0 rendered, 0 from the cache, 1 unused removed/)]);
    expect(entries(join(cacheDir, 'lagebild-og'))).toEqual([`${previewKey(B, FINGERPRINT)}.png`]);
  });
});

describe('rendering in worker threads', () => {
  it('gives the same bytes as rendering on the main thread', async () => {
    expect(existsSync(join(ROOT, 'src', 'lib', 'previews', 'preview-worker.ts'))).toBe(true);
    const pages = Array.from({ length: 32 }, (_, i) => page(`Ereignis Nummer ${i + 1}`, `${i + 1}. Januar 2022`));
    const images = new Map<number, Uint8Array>();
    await renderPreviews(pages, (index, png) => images.set(index, png), 2);
    expect([...images.keys()].sort((a, b) => a - b)).toEqual(pages.map((_, i) => i));
    for (const i of [0, 17, 31]) {
      expect(Buffer.from(images.get(i)!).equals(Buffer.from(await renderPreview(pages[i]!)))).toBe(true);
    }
  }, 60_000);

  it('stops with the page’s problem when a worker cannot render it', async () => {
    const pages = Array.from({ length: 32 }, (_, i) => page(`Ereignis ${i}`));
    pages[1] = { ...page('Tokio 東京'), path: 'ereignisse/tokio/' };
    await expect(renderPreviews(pages, () => {}, 2)).rejects.toThrow(
      'preview image of "ereignisse/tokio/": no bundled font draws "東京"',
    );
  }, 60_000);
});
