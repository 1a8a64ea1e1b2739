/**
 * Link previews of every built page, read from the parsed DOM: unique title
 * and description, canonical URL, Open Graph and Twitter tags, JSON-LD that
 * parses, and a preview image of its own (1200×630 PNG) that exists in dist/.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { launch, openPage, url } from './browser.ts';
import { hasOwnPreview, previewImagePath } from '../../src/lib/format/urls.ts';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
const SITE = 'https://lagebild.example.org/';

function htmlPages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlPages(path);
    return name.endsWith('.html') ? [relative(DIST, path).replace(/index\.html$/, '')] : [];
  });
}

function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

interface Head {
  title: string;
  description: string | null;
  canonical: string | null;
  meta: Record<string, string[]>;
  jsonLd: string[];
}

const built = htmlPages(DIST).sort();
/** The embeds are parts of other sites' articles, not pages to share: they point search engines at the full page. */
const embeds = built.filter((path) => path.startsWith('einbetten/'));
const pages = built.filter((path) => !embeds.includes(path));
const heads = new Map<string, Head>();
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
  const { context, page } = await openPage(browser, { javaScriptEnabled: false });
  for (const path of built) {
    await page.goto(url(path));
    heads.set(
      path,
      await page.evaluate(() => {
        const meta: Record<string, string[]> = {};
        for (const m of document.querySelectorAll('head meta[property], head meta[name]')) {
          const key = m.getAttribute('property') ?? m.getAttribute('name')!;
          (meta[key] ??= []).push(m.getAttribute('content') ?? '');
        }
        return {
          title: document.title,
          description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? null,
          canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
          meta,
          jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ''),
        };
      }),
    );
  }
  await context.close();
});
afterAll(async () => browser?.close());

const one = (head: Head, key: string) => {
  expect(head.meta[key], key).toHaveLength(1);
  return head.meta[key]![0]!;
};

describe('link previews', () => {
  it('covers the pages of every kind', () => {
    expect(pages).toEqual(
      expect.arrayContaining(['', '404.html', 'artikel/kasachstan-unklarer-als-gedacht/', 'zeitleiste/2022-01/']),
    );
  });

  it('keeps the embeds out of search engines, each pointing at its full page', () => {
    expect(embeds.length).toBeGreaterThan(0);
    for (const path of embeds) {
      const head = heads.get(path)!;
      expect(head.title, path).toMatch(/Lagebild$/);
      expect(one(head, 'robots'), path).toBe('noindex');
      expect(head.canonical, path).toBe(`${SITE}${path.slice('einbetten/'.length)}`);
      expect(head.jsonLd, path).toEqual([]);
    }
  });

  for (const path of pages) {
    it(`/${path}: title, description, canonical, Open Graph, Twitter card, JSON-LD`, () => {
      const head = heads.get(path)!;
      expect(head.title).toMatch(/Lagebild$/);
      expect(head.description?.length).toBeGreaterThan(10);
      const pageUrl = path === '404.html' ? `${SITE}404.html` : `${SITE}${path}`;
      if (path === '404.html') expect(one(head, 'robots')).toBe('noindex');
      else expect(head.canonical).toBe(pageUrl);
      expect(one(head, 'og:url')).toBe(pageUrl);
      expect(one(head, 'og:locale')).toBe('de_DE');
      expect(one(head, 'og:site_name')).toBe('Lagebild');
      expect(one(head, 'og:title').length).toBeGreaterThan(3);
      expect(one(head, 'og:description')).toBe(head.description);
      expect(one(head, 'og:image:width')).toBe('1200');
      expect(one(head, 'og:image:height')).toBe('630');
      expect(one(head, 'twitter:card')).toBe('summary_large_image');
      expect(one(head, 'twitter:image')).toBe(one(head, 'og:image'));
      const isArticle = path.startsWith('artikel/') && path !== 'artikel/';
      expect(one(head, 'og:type')).toBe(isArticle ? 'article' : 'website');
      if (isArticle) expect(one(head, 'article:published_time')).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);

      const image = one(head, 'og:image');
      expect(image.startsWith(`${SITE}og/`), image).toBe(true);
      const file = join(DIST, image.slice(SITE.length));
      expect(existsSync(file), `${file} exists`).toBe(true);
      expect(pngSize(file)).toEqual({ width: 1200, height: 630 });

      expect(head.jsonLd).toHaveLength(1);
      const ld = JSON.parse(head.jsonLd[0]!);
      expect(ld['@context']).toBe('https://schema.org');
      expect(typeof ld['@type']).toBe('string');
      if (path !== '404.html') expect(ld.url).toBe(pageUrl);
    });
  }

  it('gives every page its own title and description, and its own preview image unless it shares one', () => {
    const all = pages.map((path) => heads.get(path)!);
    const unique = (values: (string | null)[]) => new Set(values).size;
    expect(unique(all.map((h) => h.title))).toBe(all.length);
    expect(unique(all.map((h) => h.description))).toBe(all.length);
    const image = (head: Head) => head.meta['og:image']![0]!;
    const entries = pages.map((path) => [path, heads.get(path)!] as const);
    const own = entries.filter(([path]) => hasOwnPreview(path)).map(([, head]) => image(head));
    expect(unique(own)).toBe(own.length);
    const hashes = own.map((url) =>
      createHash('sha256')
        .update(readFileSync(join(DIST, url.slice(SITE.length))))
        .digest('hex'),
    );
    expect(unique(hashes), 'the images differ').toBe(own.length);
    // An event page and an article's timeline and map share an image (docs/deploy.md), which is there; an
    // event at a place the map has shows that place's (its locator), the others the timeline's.
    const shared = entries.filter(([path]) => !hasOwnPreview(path));
    const placeImages = new Set(entries.filter(([path]) => path.startsWith('orte/')).map(([, head]) => image(head)));
    const atPlace = ([path, head]: (typeof entries)[number]) =>
      path.startsWith('ereignisse/') && placeImages.has(image(head));
    for (const [path, head] of shared) {
      const expected = atPlace([path, head]) ? image(head).slice(SITE.length) : previewImagePath(path);
      expect(image(head), path).toBe(`${SITE}${expected}`);
      expect(existsSync(join(DIST, expected)), path).toBe(true);
    }
  });

  it('describes the article as a NewsArticle with places, geo and Wikidata links', () => {
    const ld = JSON.parse(heads.get('artikel/kasachstan-unklarer-als-gedacht/')!.jsonLd[0]!);
    expect(ld).toMatchObject({ '@type': 'NewsArticle', headline: 'Krise in Kasachstan: Unklarer als gedacht' });
    const placesDir = join(import.meta.dirname, '..', '..', 'content', 'places');
    const regionNames = readdirSync(placesDir)
      .map((file) => parse(readFileSync(join(placesDir, file), 'utf8')) as { name: string; geoPrecision: number })
      .filter((p) => p.geoPrecision === 3)
      .map((p) => p.name);
    expect(ld.datePublished).toBe('2022-01');
    expect(ld.contentLocation.length).toBeGreaterThan(10);
    for (const place of ld.contentLocation) {
      expect(place['@type']).toBe('Place');
      // A point or a circle; only a place known to a region (a country or sea, drawn as its outline) may have none.
      if (place.geo) expect(['GeoCoordinates', 'GeoCircle']).toContain(place.geo['@type']);
      else expect(regionNames, place.name).toContain(place.name);
    }
    const sameAs = ld.mentions.map((m: { sameAs?: string }) => m.sameAs).filter(Boolean);
    expect(sameAs.length).toBeGreaterThan(0);
    for (const link of sameAs) expect(link).toMatch(/^https:\/\/www\.wikidata\.org\/wiki\/Q\d+$/);
    // Google's article rules ask for the publisher with a logo that exists.
    expect(ld.publisher).toMatchObject({ '@type': 'Organization', name: 'Lagebild', logo: { '@type': 'ImageObject' } });
    const logo = ld.publisher.logo.url as string;
    expect(logo.startsWith(SITE)).toBe(true);
    expect(
      readFileSync(join(DIST, logo.slice(SITE.length)))
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
  });
});
