/**
 * dist/ as a static host serves it: with the security headers of its
 * `_headers` file (pages.test.ts loads every page under them, without a CSP
 * violation, console error or request to another host); robots.txt, sitemap and feed
 * point at the configured site; the search finds what the article says.
 * And a sub-path build (BASE_PATH=/lagebild/) has no broken internal link.
 */
import { LinkChecker } from 'linkinator';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../src/lib/publish/security.ts';
import { openPage } from './browser.ts';
import { buildSite, ROOT } from './build.ts';
import { indexed } from './search-index.ts';
import { servedSite } from './served-corpus.ts';
import { serveStatic, type StaticHost } from './static-server.ts';

const DIST = join(ROOT, 'dist');
const SITE = 'https://lagebild.example.org/';

/** The <loc> URLs of a sitemap index and its sitemaps, read from the built files. */
function sitemapUrls(dist: string, site: string): string[] {
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  const local = (url: string) => join(dist, url.slice(site.length));
  return locs(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8')).flatMap((sitemap) =>
    locs(readFileSync(local(sitemap), 'utf8')),
  );
}

const served = servedSite(DIST);

describe('static hosting of dist/', () => {
  it('ships the security headers of src/lib/publish/security.ts in _headers', () => {
    expect(served.host.headers).toEqual(SECURITY_HEADERS);
    const csp = served.host.headers['Content-Security-Policy']!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toMatch(/https?:/);
  });

  it('has no inline script and no inline style in any page (only JSON-LD data)', () => {
    for (const url of [...sitemapUrls(DIST, SITE), `${SITE}404.html`]) {
      const file = join(DIST, url.slice(SITE.length), url.endsWith('/') ? 'index.html' : '');
      const html = readFileSync(file, 'utf8');
      for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
        // Scripts are files; the only inline <script> elements hold data (JSON-LD, the map's JSON), which never runs.
        const data = tag.includes('type="application/ld+json"') || tag.includes('type="application/json"');
        expect(tag.includes(' src=') || data, `${url}: ${tag}`).toBe(true);
      }
      expect(html, url).not.toMatch(/<style\b|\sstyle="/);
    }
  });

  it('points robots.txt at the sitemap, and the sitemap at every page but 404', () => {
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}sitemap-index.xml`);
    const urls = sitemapUrls(DIST, SITE);
    expect(urls).toEqual(
      expect.arrayContaining([
        SITE,
        `${SITE}artikel/kasachstan-unklarer-als-gedacht/`,
        `${SITE}zeitleiste/2022-01/`,
        `${SITE}suche/`,
      ]),
    );
    expect(urls.some((u) => u.includes('404'))).toBe(false);
  });

  it('has an RSS feed of the articles', () => {
    const rss = readFileSync(join(DIST, 'rss.xml'), 'utf8');
    expect(rss).toContain('<title>Krise in Kasachstan: Unklarer als gedacht</title>');
    expect(rss).toContain(`<link>${SITE}artikel/kasachstan-unklarer-als-gedacht/</link>`);
    // Published "2022-01": no invented day in this article's item.
    const item = /<item>(?:(?!<\/item>)[\s\S])*?Krise in Kasachstan: Unklarer als gedacht[\s\S]*?<\/item>/.exec(
      rss,
    )![0];
    expect(item).not.toContain('<pubDate>');
  });

  it('answers an unknown address with the 404 page, under the CSP', async () => {
    const { context, page, problems } = await openPage(served.browser, { origin: served.origin });
    const response = await page.goto(`${served.origin}/gibt-es-nicht/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Seite nicht gefunden');
    expect(problems.filter((p) => !p.includes('404'))).toEqual([]);
    await context.close();
  });
});

async function search(page: Page, term: string): Promise<{ status: string; links: string[]; events: string[] }> {
  await page.getByLabel('Suchbegriff').fill(term);
  await page.getByRole('button', { name: 'Suchen' }).click();
  await page.waitForFunction(() => /Treffer/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
  return {
    status: (await page.locator('[data-search-status]').textContent()) ?? '',
    links: await page
      .locator('.search__result-title a')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('href')!)),
    events: await page
      .locator('.search__event-title a')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('href')!)),
  };
}

describe('search', () => {
  it('finds »Serdjukow« in the article and his event, offline, under the CSP', async () => {
    const { context, page, problems } = await openPage(served.browser, { origin: served.origin });
    await page.goto(`${served.origin}/suche/`);
    const { status, links, events } = await search(page, 'Serdjukow');
    expect(status).toMatch(/^\d+ Treffer für »Serdjukow«/);
    expect(links).toContain('/artikel/kasachstan-unklarer-als-gedacht/');
    // His event is found in its month's entry and leads to that entry (no event page is in the index).
    expect(links.some((l) => /^\/zeitleiste\/\d{4}-\d{2}\//.test(l))).toBe(true);
    expect(links.filter((l) => l.startsWith('/ereignisse/'))).toEqual([]);
    expect(events).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\/zeitleiste\/2022-01\/(\d+\/)?#ereignis-serdjukow-dementi$/)]),
    );
    await expect(page.locator('.search__excerpt mark').first().textContent()).resolves.toMatch(/Serdjukow/);
    // The address keeps the term, so a search can be shared.
    expect(new URL(page.url()).searchParams.get('q')).toBe('Serdjukow');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('indexes the content, not the navigation, and says when nothing is found', async () => {
    const { context, page } = await openPage(served.browser, { origin: served.origin });
    await page.goto(`${served.origin}/suche/?q=Hauptnavigation`);
    await page.waitForFunction(() => /Treffer/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    await expect(page.locator('[data-search-status]').textContent()).resolves.toBe(
      'Keine Treffer für »Hauptnavigation«.',
    );
    // What the index holds of each page: the main content, without skip link, navigation, footer or share links.
    const contents = await indexed(page, served.origin, 'Serdjukow');
    expect(contents.length).toBeGreaterThan(1);
    for (const { url, content } of contents) {
      expect(content, url).not.toMatch(
        /Zum Inhalt springen|Die Artikeltexte stehen unverändert|Link zu dieser Seite|¶/,
      );
    }
    await context.close();
  });

  it('gives each result the page’s own title, without the badges of its heading', async () => {
    const { context, page } = await openPage(served.browser, { origin: served.origin });
    await page.goto(`${served.origin}/suche/`);
    const results = await indexed(page, served.origin, 'bewacht');
    expect(results.length).toBeGreaterThan(0);
    for (const { url, meta } of results) {
      const html = readFileSync(join(DIST, new URL(url, served.origin).pathname, 'index.html'), 'utf8');
      // The tab's title is »Titel – Lagebild«, shortened with »…« where too long: it begins the result's title.
      const tab = /<title>(.*?)<\/title>/.exec(html)![1]!.replaceAll('&amp;', '&');
      const tabTitle = tab.replace(/ – Lagebild$/, '').replace(/…$/, '');
      expect(meta.title, url).not.toMatch(/\sbewacht$/);
      expect(meta.title.startsWith(tabTitle), `${url}: ${meta.title} / ${tab}`).toBe(true);
    }
    await context.close();
  });

  it('lists each page once (not the per-article views of timeline and map) and shows every result on demand', async () => {
    const { context, page } = await openPage(served.browser, { origin: served.origin });
    await page.goto(`${served.origin}/suche/`);
    // »der« is on every German page: more hits than one screen shows.
    const { status, links } = await search(page, 'der');
    const total = Number(/^(\d+) Treffer/.exec(status)![1]);
    expect(new Set(links).size, 'one hit per page').toBe(links.length);
    // An article's own timeline or map (/zeitleiste/<slug>/, /karte/<slug>/) repeats what its month pages and the map show.
    expect(links.filter((l) => /^\/(zeitleiste|karte)\/(?!\d{4}-\d{2}\/)[^/]+\/$/.test(l))).toEqual([]);
    const more = page.getByRole('button', { name: 'Weitere Treffer zeigen' });
    expect(links.length).toBe(Math.min(total, 20));
    expect(await more.isVisible()).toBe(total > 20);
    if (total > 20) {
      expect(status).toContain(`${links.length} davon angezeigt`);
      await more.click();
      await page.waitForFunction((n) => document.querySelectorAll('.search__result').length > n, links.length);
      expect(await page.locator('.search__result').count()).toBe(Math.min(total, 40));
      // The keyboard goes on at the first new result.
      expect(await page.evaluate(() => document.activeElement?.closest('.search__result') !== null)).toBe(true);
    }
    await context.close();
  });

  it('shows a German message and links instead of the form without JavaScript', async () => {
    const { context, page } = await openPage(served.browser, { origin: served.origin, javaScriptEnabled: false });
    await page.goto(`${served.origin}/suche/`);
    await expect(page.locator('[data-search-nojs]').textContent()).resolves.toMatch(/Die Suche braucht JavaScript/);
    await expect(page.locator('form[role="search"]').isVisible()).resolves.toBe(false);
    await context.close();
  });
});

describe('a sub-path deployment (BASE_PATH=/lagebild/)', () => {
  let root: string;
  let sub: StaticHost | undefined;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'lagebild-subpath-'));
    const outDir = join(root, 'lagebild');
    mkdirSync(outDir);
    buildSite(outDir, {
      BASE_PATH: '/lagebild/',
      SITE_URL: 'https://example.org',
      LAGEBILD_CACHE_DIR: mkdtempSync(join(tmpdir(), 'lagebild-cache-')),
    });
  }, 180_000);
  afterAll(async () => {
    await sub?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('has no broken internal link or fragment (linkinator)', async () => {
    // One crawl per start page: linkinator recurses below a single start path.
    for (const path of ['/lagebild/', '/lagebild/404.html', '/lagebild/sitemap-index.xml']) {
      const result = await new LinkChecker().check({
        path,
        serverRoot: root,
        recurse: true,
        checkFragments: true,
        checkCss: true,
        directoryListing: false,
        linksToSkip: ['^https?://(?!localhost|127\\.0\\.0\\.1)'],
      });
      const broken = result.links
        .filter((l) => l.state === 'BROKEN')
        .map((l) => `${l.status} ${l.url} (on ${l.parent})`);
      expect(broken, path).toEqual([]);
      if (path === '/lagebild/') expect(result.links.filter((l) => l.state === 'OK').length).toBeGreaterThan(25);
    }
  }, 120_000);

  it('puts the base into canonical URLs, preview images, robots.txt and the search results', async () => {
    const out = join(root, 'lagebild');
    const article = readFileSync(join(out, 'artikel/kasachstan-unklarer-als-gedacht/index.html'), 'utf8');
    expect(article).toContain(
      '<link rel="canonical" href="https://example.org/lagebild/artikel/kasachstan-unklarer-als-gedacht/">',
    );
    expect(article).toContain('content="https://example.org/lagebild/og/artikel/kasachstan-unklarer-als-gedacht.png"');
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toContain(
      'Sitemap: https://example.org/lagebild/sitemap-index.xml',
    );
    sub = await serveStatic(root, '/lagebild/');
    const { context, page, problems } = await openPage(served.browser, { origin: sub.origin });
    await page.goto(`${sub.origin}/lagebild/suche/`);
    const { links } = await search(page, 'Serdjukow');
    expect(links).toContain('/lagebild/artikel/kasachstan-unklarer-als-gedacht/');
    expect(problems).toEqual([]);
    await context.close();
  });
});
