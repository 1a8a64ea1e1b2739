/**
 * Every page of the built site, as a reader's browser sees it: it loads
 * without console errors or requests to other hosts, speaks German, has no
 * accessibility violations, at a phone width and a desktop width.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launch, openPage, url } from './browser.ts';

const DIST = join(import.meta.dirname, '..', '..', 'dist');

function htmlPages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlPages(path);
    return name.endsWith('.html') ? [relative(DIST, path).replace(/index\.html$/, '')] : [];
  });
}

const pages = htmlPages(DIST).sort();
let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

describe('every page', () => {
  it('the site has the pages it links to', () => {
    expect(pages).toEqual(
      expect.arrayContaining(['', '404.html', 'artikel/', 'artikel/kasachstan-unklarer-als-gedacht/', 'karte/']),
    );
  });

  for (const path of pages) {
    for (const width of [390, 1280]) {
      it(`/${path} at ${width} px: German, no errors, no other hosts, no axe violations`, async () => {
        const { context, page, problems } = await openPage(browser, { width });
        const response = await page.goto(url(path));
        expect(response?.status()).toBe(path === '404.html' ? 200 : 200);
        expect(await page.getAttribute('html', 'lang')).toBe('de');
        expect(await page.title()).toMatch(/Lagebild/);
        expect(await page.locator('h1').count()).toBe(1);
        expect(await axeViolations(page)).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, 'no horizontal scrolling').toBeLessThanOrEqual(0);
        expect(problems).toEqual([]);
        await context.close();
      });
    }
  }

  it('an unknown address gets the German 404 page', async () => {
    const { context, page } = await openPage(browser);
    const response = await page.goto(url('gibt-es-nicht/'));
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Seite nicht gefunden');
    await context.close();
  });
});
