/**
 * Every page of the built site, as a reader's browser sees it from a static
 * host that sends the site's `_headers` (static-server.ts): it loads under
 * the Content-Security-Policy without a violation, console error or request
 * to another host, speaks German and needs no sideways scrolling, at a phone
 * width (every page) and a desktop width (one page per template). axe checks each page template (the pages one
 * Astro page file renders) in the light and the dark colour scheme, on its
 * largest page with every folded part opened: the widths share the markup,
 * so the light scheme is checked at the phone width and the dark one at the
 * desktop width.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMBED_FOLDER, embedContentSecurityPolicy, SECURITY_HEADERS } from '../../src/lib/publish/security.ts';
import { axeViolations, openPage, type Watched } from './browser.ts';
import { servedSite } from './served-corpus.ts';

const DIST = join(import.meta.dirname, '..', '..', 'dist');

function htmlPages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlPages(path);
    return name.endsWith('.html') ? [relative(DIST, path).replace(/index\.html$/, '')] : [];
  });
}

const pages = htmlPages(DIST).sort();

/**
 * The template a page is rendered from, read from its path: "akteure/*" for
 * an actor's page, "artikel/N" for a page of the article list,
 * "zeitleiste/YYYY-MM" for a month of the timeline.
 */
function template(path: string): string {
  const [first, ...rest] = path.split('/').filter(Boolean);
  const segment = (part: string) => (/^\d+$/.test(part) ? 'N' : /^\d{4}-\d{2}$/.test(part) ? 'YYYY-MM' : '*');
  return [first ?? '', ...rest.map(segment)].join('/');
}

/** One page per template: the largest, which has the most to check. */
const size = (path: string) => statSync(join(DIST, path.endsWith('.html') ? path : `${path}index.html`)).size;
const templates = new Map<string, string>();
for (const path of pages) {
  const key = template(path);
  const chosen = templates.get(key);
  if (chosen === undefined || size(path) > size(chosen)) templates.set(key, path);
}
const site = servedSite(DIST);
const url = site.at;

describe('every page', () => {
  it('the site has the pages it links to', () => {
    expect(pages).toEqual(
      expect.arrayContaining(['', '404.html', 'artikel/', 'artikel/kasachstan-unklarer-als-gedacht/', 'karte/']),
    );
  });

  it('groups the pages by template for axe, each kind of page apart', () => {
    expect([...templates.keys()]).toEqual(
      expect.arrayContaining(['', '404.html', 'artikel/*', 'zeitleiste', 'zeitleiste/YYYY-MM', 'zeitleiste/*']),
    );
    expect(template('akteure/tokajew/')).toBe(template('akteure/putin/'));
    expect(template('artikel/2/')).not.toBe(template('artikel/kasachstan-unklarer-als-gedacht/'));
    expect(template('akteure/tokajew/seite/2/')).not.toBe(template('akteure/tokajew/'));
  });

  // Every page at the phone width, where a page runs out of room first; at the desktop width, which shares the
  // markup, one page per template (the largest), and what it loads after the load event.
  const visits: [number, string[]][] = [
    [390, pages],
    [1280, [...new Set(templates.values())].sort()],
  ];
  for (const [width, visited] of visits) {
    describe(`at ${width} px`, () => {
      // One tab per width goes from page to page, as a reader does (what it loaded stays cached).
      let tab: Watched;
      beforeAll(async () => {
        tab = await openPage(site.browser, { width, origin: site.origin });
      });
      afterAll(async () => tab?.context.close());

      for (const path of visited) {
        it(`/${path}: German, under the CSP, no errors, no other hosts, no sideways scrolling`, async () => {
          const { page, problems } = tab;
          problems.length = 0;
          const response = await page.goto(url(path));
          // Every file is served as it is, 404.html too; an unknown address gets 404 (below).
          expect(response?.status()).toBe(200);
          // The embeds may be framed by other sites (embed.test.ts); every other page refuses.
          expect(response?.headers()['content-security-policy']).toBe(
            path.startsWith(`${EMBED_FOLDER}/`)
              ? embedContentSecurityPolicy('*')
              : SECURITY_HEADERS['Content-Security-Policy'],
          );
          // Once per page, what it loads after the load event too (the map's data, the search index).
          if (width === 1280) await page.waitForLoadState('networkidle');
          expect(await page.getAttribute('html', 'lang')).toBe('de');
          expect(await page.title()).toMatch(/Lagebild/);
          expect(await page.locator('h1').count()).toBe(1);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow, 'no horizontal scrolling').toBeLessThanOrEqual(0);
          expect(problems).toEqual([]);
        });
      }
    });
  }

  for (const [key, path] of templates) {
    for (const [colorScheme, width] of [
      ['light', 390],
      ['dark', 1280],
    ] as const) {
      it(`template ${key || '(home)'}: /${path} in the ${colorScheme} scheme, every part opened, has no axe violations`, async () => {
        const { context, page, problems } = await openPage(site.browser, { width, colorScheme, origin: site.origin });
        await page.goto(url(path));
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        expect(await axeViolations(page)).toEqual([]);
        expect(problems).toEqual([]);
        await context.close();
      });
    }
  }

  it('an unknown address gets the German 404 page', async () => {
    const { context, page } = await openPage(site.browser, { origin: site.origin });
    const response = await page.goto(url('gibt-es-nicht/'));
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Seite nicht gefunden');
    await context.close();
  });
});
